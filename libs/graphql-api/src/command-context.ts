import type { CommandContext } from '@tuijin/application';
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiRuntime, RequestContext } from './runtime';

/** One idempotency key per mutation field, so a request with several mutations can be retried whole. */
export function commandContext(runtime: ApiRuntime, ctx: RequestContext, info: GraphQLResolveInfo): CommandContext {
  const idempotencyKey = ctx.idempotencyKey && `${ctx.idempotencyKey}:${String(info.path.key)}`;
  return { actor: ctx.actor, today: runtime.today(), idempotencyKey };
}
