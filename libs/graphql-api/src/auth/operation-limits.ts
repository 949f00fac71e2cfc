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

/** The operation's cost, or 0 when its variables are invalid: execution then reports them as bad input. */
function costOf(
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
    return 0;
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
          if (usesIntrospection(document) && !INTROSPECTION_ROLES.has(contextValue.user?.role ?? '')) {
            throw new GraphQLError('Introspection is open to signed-in admins and analysts', {
              extensions: { code: 'FORBIDDEN' },
            });
          }
          const fragments = new Map(
            document.definitions
              .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
              .map((d) => [d.name.value, d]),
          );
          const depth = depthOf(operation?.selectionSet, fragments);
          if (depth > limits.maxDepth) {
            throw new GraphQLError(`The query is ${depth} levels deep; at most ${limits.maxDepth} are allowed`, {
              extensions: { code: 'QUERY_TOO_COMPLEX' },
            });
          }
          const cost = costOf(schema, document, request.operationName ?? undefined, request.variables ?? {});
          if (cost > limits.maxCost) {
            throw new GraphQLError(
              `The query would cost ${cost}; at most ${limits.maxCost} is allowed — ask for fewer rows or fields`,
              {
                extensions: { code: 'QUERY_TOO_COMPLEX' },
              },
            );
          }
        },
      };
    },
  };
}
