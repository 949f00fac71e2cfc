import { graphql } from '../../gql';

/** A unit's projects with their reports: what the unit owes for a month is worked out from these. */
export const UnitReportsQuery = graphql(`
  query UnitReports($districtId: ID!, $leadUnitId: ID!, $first: Int, $after: String) {
    projects(districtId: $districtId, filter: { leadUnitId: $leadUnitId }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          code
          name
          stage
          stageSince
          registeredOn
          monthlyReports {
            ...MonthlyReportFields
          }
        }
      }
    }
  }
`);
