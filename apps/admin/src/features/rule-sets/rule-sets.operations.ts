import { graphql } from '../../gql';

export const RuleSetsQuery = graphql(`
  query RuleSets($districtId: ID!) {
    ruleSets(districtId: $districtId) {
      ...RuleSetFields
    }
    ruleSetInForce(districtId: $districtId) {
      version
    }
  }
`);

export const PreviewAssessmentQuery = graphql(`
  query PreviewAssessment($districtId: ID!, $period: String!, $rules: RuleSettingsInput!) {
    previewAssessment(districtId: $districtId, period: $period, rules: $rules) {
      ...AssessmentFields
    }
  }
`);

export const PublishRuleSetMutation = graphql(`
  mutation PublishRuleSet($input: PublishRuleSetInput!) {
    publishRuleSet(input: $input) {
      ...RuleSetFields
    }
  }
`);
