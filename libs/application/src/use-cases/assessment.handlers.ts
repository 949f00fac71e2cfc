import { ruleBookDecider, type RuleSettings } from '@tuijin/domain-assessment';
import { handlersOf } from '../commands/command-handler';
import { streamOf } from '../ids';

export interface PublishRuleSetInput extends RuleSettings {
  districtId: string;
  effectiveFrom: string;
}

const ruleBook = handlersOf(ruleBookDecider);

/** Publishing a district's assessment rules (考核规则): each publication is a new, immutable version. */
export const assessmentHandlers = {
  /** Answers the district id as `id`, with the published version. */
  PublishRuleSet: ruleBook({
    stream: (data: PublishRuleSetInput) => streamOf.ruleBook(data.districtId),
    command: async ({ districtId, effectiveFrom, ...settings }, _state, { metadata, checks }) => {
      await checks.requireDistrict(districtId);
      return { type: 'PublishRuleSet' as const, today: metadata.today, districtId, effectiveFrom, settings };
    },
    answer: (data, after) => ({ id: data.districtId, version: after.latestVersion }),
  }),
};
