import { bulletinBookDecider, type BulletinKind, type ReminderOutcome } from '@tuijin/domain-bulletins';
import type { AggregateRepository } from '../aggregate-repository';
import type { CommandContext, CommandResult } from '../command-context';
import { streamOf } from '../ids';
import type { OrganizationCommands } from './organization.commands';

export interface PublishBulletinInput {
  districtId: string;
  /** The district's name the bulletin is issued under. */
  districtName: string;
  kind: BulletinKind;
  period: string;
  /** The instant the content was computed as of: reproducing the bulletin uses it. */
  knownAt: string;
  ruleSetVersion: number;
  digest: string;
  correctionNote?: string;
}

export interface RecordReminderInput {
  districtId: string;
  month: string;
  outcome: ReminderOutcome;
  reason?: string;
  unitCount: number;
}

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
    await this.organization.requireDistrict(input.districtId);
    const { position, state } = await this.aggregates.execute(
      bulletinBookDecider,
      streamOf.bulletinBook(input.districtId),
      () => ({ type: 'PublishBulletin' as const, today: context.today, ...input }),
      context,
    );
    const published = state.editions[`${input.kind}/${input.period}`];
    return { id: input.districtId, position, number: published.number, edition: published.edition };
  }

  async setReminderWebhook(input: { districtId: string; url: string | null }, context: CommandContext): Promise<CommandResult> {
    await this.organization.requireDistrict(input.districtId);
    const { position } = await this.aggregates.execute(
      bulletinBookDecider,
      streamOf.bulletinBook(input.districtId),
      () => ({ type: 'SetReminderWebhook' as const, today: context.today, ...input }),
      context,
    );
    return { id: input.districtId, position };
  }

  async recordReminder(input: RecordReminderInput, context: CommandContext): Promise<CommandResult> {
    await this.organization.requireDistrict(input.districtId);
    const { position } = await this.aggregates.execute(
      bulletinBookDecider,
      streamOf.bulletinBook(input.districtId),
      () => ({ type: 'RecordReminder' as const, today: context.today, ...input }),
      context,
    );
    return { id: input.districtId, position };
  }
}
