import { openDataPublicationDecider } from '@tuijin/domain-organization';
import type { AggregateRepository } from '../aggregate-repository';
import type { CommandContext, CommandResult } from '../command-context';
import { streamOf } from '../ids';
import type { OrganizationCommands } from './organization.commands';

/** Turning a district's public open-data address (OC4IDS) on and off. Returns the district id as `id`. */
export class OpenDataCommands {
  constructor(
    private readonly aggregates: AggregateRepository,
    private readonly organization: OrganizationCommands,
  ) {}

  publishOpenData(input: { districtId: string }, context: CommandContext): Promise<CommandResult> {
    return this.run('PublishOpenData', input.districtId, context);
  }

  withdrawOpenData(input: { districtId: string }, context: CommandContext): Promise<CommandResult> {
    return this.run('WithdrawOpenData', input.districtId, context);
  }

  private async run(
    type: 'PublishOpenData' | 'WithdrawOpenData',
    districtId: string,
    context: CommandContext,
  ): Promise<CommandResult> {
    await this.organization.requireDistrict(districtId);
    return this.aggregates.execute(
      openDataPublicationDecider,
      streamOf.openData(districtId),
      () => ({ type, today: context.today, districtId }),
      context,
      () => ({ id: districtId }),
    );
  }
}
