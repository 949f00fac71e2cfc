import { graphql } from '../../gql';

/** The problem ledger has no query of its own: it is read from the district's projects, a page at a time. */
export const ProjectProblemsQuery = graphql(`
  query ProjectProblems($districtId: ID!, $first: Int, $after: String, $filter: ProjectFilter) {
    projects(districtId: $districtId, first: $first, after: $after, filter: $filter) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          problems {
            ...ProblemFields
          }
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
