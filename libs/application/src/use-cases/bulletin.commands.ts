import { bulletinBookDecider, type BulletinBookCommand, type BulletinBookState } from '@tuijin/domain-bulletins';
import type { AggregateRepository } from '../aggregate-repository';
import type { CommandAnswer, CommandContext, CommandResult } from '../command-context';
import { streamOf } from '../ids';
import type { OrganizationCommands } from './organization.commands';

type CommandData<Type extends BulletinBookCommand['type']> = Omit<
  Extract<BulletinBookCommand, { type: Type }>,
  'type' | 'today'
>;

/** A bulletin to publish: its content computed as of `knownAt`, under that rule-set version, hashing to `digest`. */
export type PublishBulletinInput = CommandData<'PublishBulletin'>;
export type SetReminderWebhookInput = CommandData<'SetReminderWebhook'>;
export type RecordReminderInput = CommandData<'RecordReminder'>;

/** A district's bulletin book (通报): publishing bulletins, its group robot, and the reminders (催报) sent. */
export class BulletinCommands {
  constructor(
    private readonly aggregates: AggregateRepository,
    private readonly organization: OrganizationCommands,
  ) {}

  /** Returns the district id as `id`, with the bulletin's number and edition. */
  async publishBulletin(
    input: PublishBulletinInput,
    context: CommandContext,
  ): Promise<CommandResult & { number: number; edition: number }> {
    return this.execute({ type: 'PublishBulletin', today: context.today, ...input }, context, (state) => {
      const published = state.editions[`${input.kind}/${input.period}`];
      return { id: input.districtId, number: published.number, edition: published.edition };
    });
  }

  setReminderWebhook(input: SetReminderWebhookInput, context: CommandContext): Promise<CommandResult> {
    return this.execute({ type: 'SetReminderWebhook', today: context.today, ...input }, context, () => ({
      id: input.districtId,
    }));
  }

  recordReminder(input: RecordReminderInput, context: CommandContext): Promise<CommandResult> {
    return this.execute({ type: 'RecordReminder', today: context.today, ...input }, context, () => ({
      id: input.districtId,
    }));
  }

  private async execute<A extends CommandAnswer>(
    command: BulletinBookCommand,
    context: CommandContext,
    answer: (state: BulletinBookState) => A,
  ): Promise<A & { position: number }> {
    await this.organization.requireDistrict(command.districtId);
    return this.aggregates.execute(
      bulletinBookDecider,
      streamOf.bulletinBook(command.districtId),
      () => command,
      context,
      answer,
    );
  }
}
