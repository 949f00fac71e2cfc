import { ruleBookDecider, type RuleSettings } from '@tuijin/domain-assessment';
import type { AggregateRepository } from '../aggregate-repository';
import type { CommandContext, CommandResult } from '../command-context';
import { streamOf } from '../ids';
import type { OrganizationCommands } from './organization.commands';

export interface PublishRuleSetInput extends RuleSettings {
  districtId: string;
  effectiveFrom: string;
}

/** Publishing a district's assessment rules (考核规则): each publication is a new, immutable version. */
export class AssessmentCommands {
  constructor(
    private readonly aggregates: AggregateRepository,
    private readonly organization: OrganizationCommands,
  ) {}

  /** Returns the district id as `id`, with the published version. */
  async publishRuleSet(
    input: PublishRuleSetInput,
    context: CommandContext,
  ): Promise<CommandResult & { version: number }> {
    const { districtId, effectiveFrom, ...settings } = input;
    await this.organization.requireDistrict(districtId);
    return this.aggregates.execute(
      ruleBookDecider,
      streamOf.ruleBook(districtId),
      () => ({ type: 'PublishRuleSet' as const, today: context.today, districtId, effectiveFrom, settings }),
      context,
      (state) => ({ id: districtId, version: state.latestVersion }),
    );
  }
}
