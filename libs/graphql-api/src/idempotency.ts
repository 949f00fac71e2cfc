import { createHash } from 'crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { IdempotencyClaim } from '@tuijin/application';
import { GraphQLError, getArgumentValues, type GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from './runtime';

export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;
/** Visible ASCII: a key is an opaque token a client makes (a UUID, say), never text to show. */
const KEY_PATTERN = new RegExp(`^[\\x21-\\x7e]{1,${MAX_IDEMPOTENCY_KEY_LENGTH}}$`);

/** The `Idempotency-Key` header as sent: absent, a usable key, or one to refuse. */
export type IdempotencyHeader = { key?: string; invalid?: true };

export function idempotencyHeader(value: string | string[] | undefined): IdempotencyHeader {
  if (value === undefined) return {};
  return typeof value === 'string' && KEY_PATTERN.test(value) ? { key: value } : { invalid: true };
}

/** JSON with object keys in order, so that one request always has one digest. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The retry key of one mutation field: the caller's key and the field's place in the request
 * (so a request with several mutations can be retried whole), scoped to the caller, with a
 * digest of the mutation and the values of its arguments.
 */
export function idempotencyClaim(ctx: RequestContext, info: GraphQLResolveInfo): IdempotencyClaim | undefined {
  if (ctx.idempotencyKey === undefined) return undefined;
  const field = info.parentType.getFields()[info.fieldName];
  const args = getArgumentValues(field, info.fieldNodes[0], info.variableValues);
  return {
    scope: ctx.actor.userId,
    key: `${ctx.idempotencyKey}:${String(info.path.key)}`,
    digest: createHash('sha256')
      .update(`${info.fieldName}\n${canonical(args)}`)
      .digest('base64url'),
  };
}

/** Refuses a mutation whose `Idempotency-Key` cannot be used, before anything runs: a retry must never be unsafe. */
export function idempotencyKeyPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation' || !contextValue.idempotencyKeyInvalid) return;
          throw new GraphQLError(
            `The Idempotency-Key header must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} visible ASCII characters, sent once`,
            { extensions: { code: 'BAD_USER_INPUT', field: 'Idempotency-Key', http: { status: 400 } } },
          );
        },
      };
    },
  };
}
