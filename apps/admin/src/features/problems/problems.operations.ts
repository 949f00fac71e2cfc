import { graphql } from '../../gql';

/** The district's problem ledger, a page at a time; the board filters and sorts it in place. */
export const DistrictProblemsQuery = graphql(`
  query DistrictProblems($districtId: ID!, $first: Int, $after: String) {
    problems(districtId: $districtId, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ProblemFields
        }
      }
    }
  }
`);

export const RaiseProblemMutation = graphql(`
  mutation RaiseProblem($input: RaiseProblemInput!) {
    raiseProblem(input: $input) {
      ...ProblemFields
    }
  }
`);

export const AssignProblemMutation = graphql(`
  mutation AssignProblem($input: AssignProblemInput!) {
    assignProblem(input: $input) {
      ...ProblemFields
    }
  }
`);

export const EscalateProblemMutation = graphql(`
  mutation EscalateProblem($input: EscalateProblemInput!) {
    escalateProblem(input: $input) {
      ...ProblemFields
    }
  }
`);

export const ResolveProblemMutation = graphql(`
  mutation ResolveProblem($input: ResolveProblemInput!) {
    resolveProblem(input: $input) {
      ...ProblemFields
    }
  }
`);

export const CloseProblemMutation = graphql(`
  mutation CloseProblem($input: CloseProblemInput!) {
    closeProblem(input: $input) {
      ...ProblemFields
    }
  }
`);
