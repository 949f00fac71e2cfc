import { graphql } from '../../gql';

/** A unit's projects with their reports and what each owes for the month, as the platform judges it. */
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
          reportDue(month: $month) {
            month
            dueOn
            status
            overdue
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
