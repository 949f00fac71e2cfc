import { Inject } from '@nestjs/common';
import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { streamOf, type CommandRefusal, type NewEvent } from '@tuijin/application';
import { DomainError } from '@tuijin/domain-kernel';
import { checkedCommand, type CommandField, type FieldInput } from './field-command';
import { changeOf, requestLookups } from './history-change';
import { API_RUNTIME, type ApiRuntime, type RequestContext } from './runtime';

/** `CommandInput` as GraphQL hands it over: one mutation field (its @oneOf rule), with that mutation's input. */
type CommandInput = Partial<Record<CommandField, FieldInput<CommandField>>>;

/** The command decided: the events it would append to its stream, or why it would be refused. */
type Decided = { ok: true; streamId: string; events: NewEvent[] } | { ok: false; error: CommandRefusal };

const PROJECT_STREAM = streamOf.project('');

/** Decided through `commands`, which are the project-service's in the distributed topology: a check runs where a send would. */
async function decide(
  runtime: ApiRuntime,
  ctx: RequestContext,
  field: CommandField,
  input: FieldInput<CommandField>,
): Promise<Decided> {
  let message;
  try {
    message = await checkedCommand(runtime, ctx, field, input);
  } catch (error) {
    // the field's own refusal while making its command (a bulletin period it cannot read, say)
    if (!(error instanceof DomainError)) throw error;
    return { ok: false, error: { code: error.code, message: error.message, field: error.field } };
  }
  const [outcome] = await runtime.commands.dryRun([message]);
  return outcome;
}

@Resolver('Query')
export class CommandCheckResolver {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  /** The access guard has applied the named mutation's rule to its input before this runs. */
  @Query()
  async checkCommand(@Args('command') command: CommandInput, @Context() ctx: RequestContext) {
    const [field, input] = Object.entries(command)[0] as [CommandField, FieldInput<CommandField>];
    const decided = await decide(this.runtime, ctx, field, input);
    if (!decided.ok) return { accepted: false, refusal: decided.error, changes: [] };
    const lookups = requestLookups(this.runtime, ctx);
    return {
      accepted: true,
      refusal: null,
      changes: decided.events.map((event) => ({
        type: event.type,
        occurredOn: event.occurredOn,
        change: decided.streamId.startsWith(PROJECT_STREAM) ? changeOf(event, lookups) : null,
      })),
    };
  }
}
