import { graphql } from '../../gql';

/** A unit's projects with their reports: what the unit owes for a month is worked out from these. */
export const UnitReportsQuery = graphql(`
  query UnitReports($districtId: ID!, $leadUnitId: ID!, $month: String!, $first: Int, $after: String) {
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
          previousReport(month: $month) {
            month
            investment
            progressPercent
          }
        }
      }
    }
  }
`);

/** What the platform finds doubtful in a report about to be sent (progress going backwards, investment far above pace). */
export const ReportWarningsQuery = graphql(`
  query ReportWarnings($projectId: ID!, $month: String!, $investment: Float!, $progressPercent: Float!) {
    project(id: $projectId) {
      id
      reportWarnings(month: $month, investment: $investment, progressPercent: $progressPercent) {
        kind
        field
        comparedWith
        previousMonth
        factor
      }
    }
  }
`);
