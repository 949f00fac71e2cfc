import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { RequestContext } from '../runtime';

export interface OperationLimits {
  maxDepth: number;
  maxCost: number;
}

export const DEFAULT_LIMITS: OperationLimits = { maxDepth: 12, maxCost: 20_000 };

const INTROSPECTION_ROLES = new Set(['CITY_ADMIN', 'DISTRICT_ADMIN', 'ANALYST']);

function depthOf(
  selection: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): number {
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

const usesIntrospection = (document: DocumentNode): boolean => /\b__(schema|type)\b/.test(JSON.stringify(document));

/** A list field costs its page size (`first`) times what each item costs. */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args['first'] === 'number' ? 1 + args['first'] * childComplexity : undefined;

/** Depth and introspection depend on the document alone; Apollo reuses one parsed document per query text. */
const shapes = new WeakMap<DocumentNode, { depth: number; introspection: boolean }>();
function shapeOf(document: DocumentNode, selection: SelectionSetNode | undefined) {
  let shape = shapes.get(document);
  if (!shape) {
    const fragments = new Map(
      document.definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    );
    shape = { depth: depthOf(selection, fragments), introspection: usesIntrospection(document) };
    shapes.set(document, shape);
  }
  return shape;
}

/**
 * Costs by document and the variables a cost can depend on: page sizes are numbers given
 * as arguments, so only number-valued variables count. A client repeating a query (a list
 * page, a form submitted again and again) pays for the estimate once.
 */
const costs = new WeakMap<DocumentNode, Map<string, number>>();
function costOf(
  schema: GraphQLSchema,
  query: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
) {
  const byVariables = costs.get(query) ?? new Map<string, number>();
  costs.set(query, byVariables);
  const numbers = Object.entries(variables).filter(([, value]) => typeof value === 'number');
  const key = `${operationName ?? ''}|${JSON.stringify(numbers)}`;
  let cost = byVariables.get(key);
  if (cost === undefined) {
    cost = estimateCost(schema, query, operationName, variables);
    if (cost === undefined) return 0;
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
      estimators: [pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch {
    return undefined;
  }
}

/**
 * Refuses, before execution, operations that are too deep or too costly, and
 * introspection by anyone but signed-in admins and analysts.
 */
export function operationLimitsPlugin(limits: OperationLimits = DEFAULT_LIMITS): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, request, contextValue, operation }) {
          const shape = shapeOf(document, operation?.selectionSet);
          if (shape.introspection && !INTROSPECTION_ROLES.has(contextValue.user?.role ?? '')) {
            throw new GraphQLError('Introspection is open to signed-in admins and analysts', {
              extensions: { code: 'FORBIDDEN' },
            });
          }
          if (shape.depth > limits.maxDepth) {
            throw new GraphQLError(`The query is ${shape.depth} levels deep; at most ${limits.maxDepth} are allowed`, {
              extensions: { code: 'QUERY_TOO_COMPLEX' },
            });
          }
          const cost = costOf(schema, document, request.operationName ?? undefined, request.variables ?? {});
          if (cost > limits.maxCost) {
            throw new GraphQLError(
              `The query would cost ${cost}; at most ${limits.maxCost} is allowed — ask for fewer rows or fields`,
              { extensions: { code: 'QUERY_TOO_COMPLEX' } },
            );
          }
        },
      };
    },
  };
}
