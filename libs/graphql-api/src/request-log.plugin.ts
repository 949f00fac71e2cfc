import type { ApolloServerPlugin } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';
import { annotateRequest } from '@tuijin/logging';
import type { RequestContext } from './runtime';

const rootFields = (operation: OperationDefinitionNode): string[] =>
  operation.selectionSet.selections.flatMap((selection) => (selection.kind === 'Field' ? [selection.name.value] : []));

/**
 * Adds to each request's log line who asked, which operation it was and how it ended:
 * `ok`, `rejected` (answered with errors the client can act on: bad input, no access…)
 * or `failed` (an internal error). Never the variables: they carry passwords.
 */
export function requestLogPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const { user, actor } = contextValue;
      annotateRequest({ actor: user ? { ...actor, username: user.username } : actor });
      return {
        async didResolveOperation({ operation, operationName }) {
          annotateRequest({
            operation: operationName ?? null,
            operationType: operation?.operation,
            fields: operation ? rootFields(operation) : [],
          });
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = [
            ...new Set(errors.map((error) => String(error.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR'))),
          ];
          const outcome = codes.length === 0 ? 'ok' : codes.includes('INTERNAL_SERVER_ERROR') ? 'failed' : 'rejected';
          annotateRequest({ outcome, ...(codes.length > 0 ? { errors: codes } : {}) });
        },
      };
    },
  };
}
