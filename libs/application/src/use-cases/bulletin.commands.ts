import { bulletinBookDecider, type BulletinBookCommand } from '@tuijin/domain-bulletins';
import type { AggregateRepository } from '../aggregate-repository';
import type { CommandContext, CommandResult } from '../command-context';
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
    const { position, state } = await this.execute(
      { type: 'PublishBulletin', today: context.today, ...input },
      context,
    );
    const published = state.editions[`${input.kind}/${input.period}`];
    return { id: input.districtId, position, number: published.number, edition: published.edition };
  }

  async setReminderWebhook(input: SetReminderWebhookInput, context: CommandContext): Promise<CommandResult> {
    const { position } = await this.execute({ type: 'SetReminderWebhook', today: context.today, ...input }, context);
    return { id: input.districtId, position };
  }

  async recordReminder(input: RecordReminderInput, context: CommandContext): Promise<CommandResult> {
    const { position } = await this.execute({ type: 'RecordReminder', today: context.today, ...input }, context);
    return { id: input.districtId, position };
  }

  private async execute(command: BulletinBookCommand, context: CommandContext) {
    await this.organization.requireDistrict(command.districtId);
    return this.aggregates.execute(
      bulletinBookDecider,
      streamOf.bulletinBook(command.districtId),
      () => command,
      context,
    );
  }
}
