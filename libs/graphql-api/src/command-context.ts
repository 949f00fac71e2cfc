import type { CommandContext } from '@tuijin/application';
import type { GraphQLResolveInfo } from 'graphql';
import { idempotencyClaim } from './idempotency';
import type { ApiRuntime, RequestContext } from './runtime';

/** The context a mutation field's command runs in: who asks, their today, and the field's retry key. */
export function commandContext(runtime: ApiRuntime, ctx: RequestContext, info: GraphQLResolveInfo): CommandContext {
  return { actor: ctx.actor, today: runtime.today(), idempotency: idempotencyClaim(ctx, info) };
}
