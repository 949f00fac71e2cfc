import { graphql } from '../../gql';

export const UnitScoreFieldsFragment = graphql(`
  fragment UnitScoreFields on UnitScore {
    unit {
      id
      code
      name
    }
    rank
    score
    projectCount
    investmentCompletion
    constructionStart
    reserve
    problemClearance
    reportingPunctuality
    tieBreak
  }
`);

/** A district's figures for a period: the dashboard's and the city comparison's, computed once by the platform. */
export const DistrictFiguresFieldsFragment = graphql(`
  fragment DistrictFiguresFields on DistrictFigures {
    district {
      id
      code
      name
    }
    period
    projectCount
    cancelledCount
    stageFunnel {
      stage
      count
    }
    plannedProjectCount
    plannedInvestment
    completedYearToDate
    target
    completionRate
    targetShare
    gapToTarget
    investmentCompletion
    constructionStart
  }
`);

export const RuleSetFieldsFragment = graphql(`
  fragment RuleSetFields on RuleSet {
    version
    effectiveFrom
    publishedAt
    weights {
      investment
      start
      reserve
      problems
      punctuality
    }
    yellowMaxLag
    startDelayYellowMonths
    startDelayRedMonths
    bottomN
    reportDueDay
  }
`);

export const AssessmentFieldsFragment = graphql(`
  fragment AssessmentFields on Assessment {
    period
    periodEnd
    ruleSetVersion
    knownAt
    ruleSet {
      ...RuleSetFields
    }
    units {
      ...UnitScoreFields
    }
    reverseRanking {
      ...UnitScoreFields
    }
  }
`);

export const AssessmentQuery = graphql(`
  query Assessment($districtId: ID!, $period: String!, $knownAt: DateTime) {
    assessment(districtId: $districtId, period: $period, knownAt: $knownAt) {
      ...AssessmentFields
    }
  }
`);

/** Each month's scores and ranks up to a month, in one request, for the trend chart. */
export const ScoreTrendQuery = graphql(`
  query ScoreTrend($districtId: ID!, $upTo: String!, $knownAt: DateTime) {
    scoreTrend(districtId: $districtId, upTo: $upTo, knownAt: $knownAt) {
      period
      units {
        unit {
          id
          name
        }
        rank
        score
      }
    }
  }
`);

export const DistrictComparisonQuery = graphql(`
  query DistrictComparison($period: String!, $knownAt: DateTime) {
    districtComparison(period: $period, knownAt: $knownAt) {
      ...DistrictFiguresFields
    }
  }
`);
