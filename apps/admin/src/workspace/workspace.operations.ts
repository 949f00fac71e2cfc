import { graphql } from '../gql';

export const DistrictsQuery = graphql(`
  query Districts {
    districts {
      id
      code
      name
    }
  }
`);

export const UnitsQuery = graphql(`
  query Units($districtId: ID!) {
    units(districtId: $districtId) {
      id
      code
      name
      kind
      reserveTargets {
        year
        target
      }
    }
  }
`);

/** Months of a year with reported investment: the app opens on the latest one. */
export const ReportedMonthsQuery = graphql(`
  query ReportedMonths($districtId: ID!, $year: String!) {
    dashboard(districtId: $districtId, period: $year) {
      investmentByMonth {
        month
        completed
      }
    }
  }
`);
