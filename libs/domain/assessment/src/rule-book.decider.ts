import type { Decider, DomainEvent } from '@tuijin/domain-kernel';
import { requireEffectiveFrom, validateRuleSettings, type RuleSettings } from './rule-set';

/**
 * A district's rule book: the published versions of its assessment rules (考核规则).
 * Version 1 is the default every district starts with; each publication adds the
 * next version, and none ever changes.
 */
export type RuleBookCommand = {
  type: 'PublishRuleSet';
  today: string;
  districtId: string;
  effectiveFrom: string;
  settings: RuleSettings;
};

export type RuleBookEvent = DomainEvent<
  'RuleSetPublished',
  RuleSettings & { districtId: string; version: number; effectiveFrom: string }
>;

export interface RuleBookState {
  latestVersion: number;
}

export const ruleBookDecider: Decider<RuleBookCommand, RuleBookEvent, RuleBookState> = {
  initialState: { latestVersion: 1 },
  decide(command, state) {
    const effectiveFrom = requireEffectiveFrom(command.effectiveFrom);
    const settings = validateRuleSettings(command.settings);
    return [
      {
        type: 'RuleSetPublished',
        occurredOn: command.today,
        data: { districtId: command.districtId, version: state.latestVersion + 1, effectiveFrom, ...settings },
      },
    ];
  },
  evolve(state, event) {
    return { latestVersion: Math.max(state.latestVersion, event.data.version) };
  },
};
