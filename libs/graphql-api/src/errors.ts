import type { GraphQLFormattedError } from 'graphql';
import { ConcurrencyError } from '@tuijin/application';
import { DomainError } from '@tuijin/domain-kernel';
import { log } from '@tuijin/logging';

/** Codes the client may see as they are; everything else becomes a generic internal error. */
const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Turns any error into one a person can act on, with a stable `extensions.code`
 * and, for bad input, the `field` at fault. Internal errors are logged here and
 * reach the client only as "internal error": never a stack trace.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: { code: original.code, ...(original.field ? { field: original.field } : {}) },
    };
  }
  if (original instanceof ConcurrencyError) {
    return {
      ...base,
      message: 'Someone else changed this record at the same moment; reload it and try again',
      extensions: { code: 'CONFLICT' },
    };
  }
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  const field = formatted.extensions?.['field'];
  if (PUBLIC_CODES.has(code)) return { ...base, extensions: { code, ...(typeof field === 'string' ? { field } : {}) } };
  log().error({ err: original }, 'GraphQL request failed with an internal error');
  return {
    ...base,
    message: 'Internal error: the request could not be completed',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
