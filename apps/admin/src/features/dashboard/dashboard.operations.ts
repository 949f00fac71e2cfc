import { graphql } from '../../gql';

export const DashboardQuery = graphql(`
  query Dashboard($districtId: ID!, $period: String!, $knownAt: DateTime) {
    dashboard(districtId: $districtId, period: $period, knownAt: $knownAt) {
      figures {
        ...DistrictFiguresFields
      }
      investmentByMonth {
        month
        target
        completed
        completedToDate
      }
      lights {
        green
        yellow
        red
        none
      }
      redProjects {
        project {
          id
          code
          name
          leadUnit {
            id
            name
          }
        }
        plannedInvestment
        target
        completed
        completionRate
        lag
      }
      overdueProblems {
        ...ProblemFields
      }
      topUnits {
        ...UnitScoreFields
      }
      assessment {
        period
        periodEnd
        ruleSetVersion
        knownAt
        reverseRanking {
          ...UnitScoreFields
        }
      }
    }
  }
`);
