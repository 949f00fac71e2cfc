import { graphql } from '../../gql';

export const OpenDataQuery = graphql(`
  query OpenData($districtId: ID!) {
    openData(districtId: $districtId) {
      ...OpenDataFields
    }
  }
`);

export const OpenDataFields = graphql(`
  fragment OpenDataFields on OpenDataPublication {
    published
    changedAt
    publicPath
    downloadPath
    oc4idsPrefix
    prefixRegistered
  }
`);

export const PublishOpenDataMutation = graphql(`
  mutation PublishOpenData($input: OpenDataInput!) {
    publishOpenData(input: $input) {
      ...OpenDataFields
    }
  }
`);

export const WithdrawOpenDataMutation = graphql(`
  mutation WithdrawOpenData($input: OpenDataInput!) {
    withdrawOpenData(input: $input) {
      ...OpenDataFields
    }
  }
`);
