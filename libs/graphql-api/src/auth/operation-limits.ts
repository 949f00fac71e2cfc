import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  GraphQLError,
  Kind,
  typeFromAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { DomainError } from '@tuijin/domain-kernel';
import { MAX_PAGE_SIZE, requirePageSize } from '../pagination';
import type { RequestContext } from '../runtime';

export interface OperationLimits {
  maxDepth: number;
  maxCost: number;
}

export const DEFAULT_LIMITS: OperationLimits = { maxDepth: 12, maxCost: 20_000 };

const INTROSPECTION_ROLES = new Set(['CITY_ADMIN', 'DISTRICT_ADMIN', 'ANALYST']);

/** A refusal of the whole request before it runs: an HTTP error status with a GraphQL body. */
const refused = (code: string, message: string, status = 400, field?: string) =>
  new GraphQLError(message, { extensions: { code, http: { status }, ...(field ? { field } : {}) } });

type Fragments = Map<string, FragmentDefinitionNode>;

function depthOf(selection: SelectionSetNode | undefined, fragments: Fragments, seen = new Set<string>()): number {
  if (!selection) return 0;
  let deepest = 0;
  for (const node of selection.selections) {
    if (node.kind === Kind.FIELD) deepest = Math.max(deepest, 1 + depthOf(node.selectionSet, fragments, seen));
    else if (node.kind === Kind.INLINE_FRAGMENT)
      deepest = Math.max(deepest, depthOf(node.selectionSet, fragments, seen));
    else if (!seen.has(node.name.value)) {
      const fragment = fragments.get(node.name.value);
      deepest = Math.max(deepest, depthOf(fragment?.selectionSet, fragments, new Set([...seen, node.name.value])));
    }
  }
  return deepest;
}

/** How often a root field is asked for, aliases and fragments included. */
function countOf(
  field: string,
  selection: SelectionSetNode | undefined,
  fragments: Fragments,
  seen = new Set<string>(),
) {
  let count = 0;
  for (const node of selection?.selections ?? []) {
    if (node.kind === Kind.FIELD) count += node.name.value === field ? 1 : 0;
    else if (node.kind === Kind.INLINE_FRAGMENT) count += countOf(field, node.selectionSet, fragments, seen);
    else if (!seen.has(node.name.value)) {
      const fragment = fragments.get(node.name.value);
      count += countOf(field, fragment?.selectionSet, fragments, new Set([...seen, node.name.value]));
    }
  }
  return count;
}

const usesIntrospection = (document: DocumentNode): boolean => /\b__(schema|type)\b/.test(JSON.stringify(document));

/**
 * A list field costs its page size (`first`) times what each item costs. The page size is
 * checked first: a size out of range (a negative one would lower the total) is refused.
 */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  if (!('first' in args)) return undefined;
  // an explicit null asks for the field's default size: priced at the largest page
  const first = args['first'] === null ? MAX_PAGE_SIZE : requirePageSize(args['first']);
  return 1 + first * childComplexity;
};

/** The score trend assesses up to twelve months: priced as twelve assessments. */
const trendEstimator: ComplexityEstimator = ({ field, childComplexity }) =>
  field.name === 'scoreTrend' ? 1 + 12 * childComplexity : undefined;

/** What an operation's checks depend on in its document alone; Apollo reuses one parsed document per query text. */
interface Shape {
  depth: number;
  introspection: boolean;
  logins: number;
  /** The variables a cost can depend on: page sizes (Int) and @include/@skip conditions (Boolean). */
  costVariables: string[];
}

const shapes = new WeakMap<OperationDefinitionNode, Shape>();
function shapeOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): Shape {
  let shape = shapes.get(operation);
  if (!shape) {
    const fragments: Fragments = new Map(
      document.definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    );
    const costVariables = (operation.variableDefinitions ?? [])
      .filter((v) => {
        const type = typeFromAST(schema, v.type as never);
        return type !== undefined && ['Int', 'Boolean'].includes(getNamedType(type).name);
      })
      .map((v) => v.variable.name.value);
    shape = {
      depth: depthOf(operation.selectionSet, fragments),
      introspection: usesIntrospection(document),
      logins: operation.operation === 'mutation' ? countOf('login', operation.selectionSet, fragments) : 0,
      costVariables,
    };
    shapes.set(operation, shape);
  }
  return shape;
}

/**
 * Costs by operation and the values of the variables a cost depends on, so a client
 * repeating a query (a list page, a form submitted again and again) pays for the estimate
 * once, and a query sent again with a larger page or another @include condition is priced anew.
 */
const costs = new WeakMap<OperationDefinitionNode, Map<string, number>>();
function costOf(
  schema: GraphQLSchema,
  query: DocumentNode,
  operation: OperationDefinitionNode,
  shape: Shape,
  variables: Record<string, unknown>,
): number | undefined {
  const byVariables = costs.get(operation) ?? new Map<string, number>();
  costs.set(operation, byVariables);
  const key = JSON.stringify(shape.costVariables.map((name) => variables[name] ?? null));
  let cost = byVariables.get(key);
  if (cost === undefined) {
    cost = estimateCost(schema, query, operation.name?.value, variables);
    if (cost === undefined) return undefined;
    if (byVariables.size > 100) byVariables.clear();
    byVariables.set(key, cost);
  }
  return cost;
}

/** The operation's cost, or undefined when its variables are invalid: execution then reports them as bad input. */
function estimateCost(
  schema: GraphQLSchema,
  query: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
) {
  try {
    return getComplexity({
      schema,
      query,
      operationName,
      variables,
      estimators: [pageEstimator, trendEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (error) {
    if (error instanceof DomainError) throw refused(error.code, error.message, 400, error.field);
    return undefined;
  }
}

/**
 * Refuses, before execution, operations that are too deep or too costly, subscriptions,
 * more than one login in a request, and introspection by anyone but signed-in admins and analysts.
 */
export function operationLimitsPlugin(limits: OperationLimits = DEFAULT_LIMITS): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, request, contextValue, operation }) {
          if (!operation) return;
          if (operation.operation === 'subscription') {
            throw refused('BAD_REQUEST', 'Subscriptions are not offered: send a query or a mutation');
          }
          const shape = shapeOf(schema, document, operation);
          if (shape.introspection && !INTROSPECTION_ROLES.has(contextValue.user?.role ?? '')) {
            throw refused('FORBIDDEN', 'Introspection is open to signed-in admins and analysts', 403);
          }
          if (shape.logins > 1) {
            throw refused('BAD_REQUEST', `A request may sign in once: it asks for login ${shape.logins} times`);
          }
          if (shape.depth > limits.maxDepth) {
            throw refused(
              'QUERY_TOO_COMPLEX',
              `The query is ${shape.depth} levels deep; at most ${limits.maxDepth} are allowed`,
            );
          }
          const cost = costOf(schema, document, operation, shape, request.variables ?? {}) ?? 0;
          if (cost > limits.maxCost) {
            throw refused(
              'QUERY_TOO_COMPLEX',
              `The query would cost ${cost}; at most ${limits.maxCost} is allowed — ask for fewer rows or fields`,
            );
          }
        },
      };
    },
  };
}
