import { commandMessage, type CommandData, type CommandMessage, type CommandType } from '@tuijin/application';
import type { GraphQLResolveInfo } from 'graphql';
import { idempotencyClaim } from './idempotency';
import type { ApiRuntime, RequestContext } from './runtime';

/** The message a mutation field sends: its data, who asks, their today, and the field's retry key. */
export function fieldCommand<T extends CommandType>(
  runtime: ApiRuntime,
  ctx: RequestContext,
  info: GraphQLResolveInfo,
  type: T,
  data: CommandData<T>,
): CommandMessage<T> {
  return commandMessage(type, data, {
    actor: ctx.actor,
    today: runtime.today(),
    idempotency: idempotencyClaim(ctx, info),
  });
}
