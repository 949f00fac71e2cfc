import { graphql } from '../../gql';

export const ProjectMapQuery = graphql(`
  query ProjectMap($districtId: ID!, $period: String!, $knownAt: DateTime) {
    projectMap(districtId: $districtId, period: $period, knownAt: $knownAt) {
      period
      knownAt
      withoutLocation
      points {
        projectId
        code
        name
        category
        stage
        leadUnitId
        light
        longitude
        latitude
        inChina
      }
    }
  }
`);

export const DistrictMapQuery = graphql(`
  query DistrictMap($districtId: ID!) {
    districtMap(districtId: $districtId) {
      boundary
      approximate
      source
      setAt
    }
    mapTiles {
      url
      subdomains
      attribution
    }
  }
`);
