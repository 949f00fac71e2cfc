import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { ApiError, ErrorSource } from './api-error';

function fromFormatted(error: GraphQLFormattedError): ApiError {
  const code = error.extensions?.['code'];
  const field = error.extensions?.['field'];
  return {
    message: error.message,
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof field === 'string' ? { field } : {}),
  };
}

/** A non-2xx answer may still carry GraphQL errors in its body (a query the server cannot validate, say). */
function fromServerError(error: ServerError): ErrorSource {
  try {
    const body = JSON.parse(error.bodyText) as { errors?: GraphQLFormattedError[] };
    if (Array.isArray(body.errors) && body.errors.length > 0) return { kind: 'api', errors: body.errors.map(fromFormatted) };
  } catch {
    // Not JSON: a proxy or a server that is down; treated as a network problem below.
  }
  return { kind: 'network' };
}

/** What went wrong with a request, whatever form Apollo reported it in. */
export function errorSource(error: unknown): ErrorSource {
  if (CombinedGraphQLErrors.is(error)) return { kind: 'api', errors: error.errors.map(fromFormatted) };
  if (ServerError.is(error)) return fromServerError(error);
  if (error instanceof TypeError) return { kind: 'network' };
  return { kind: 'unknown' };
}
