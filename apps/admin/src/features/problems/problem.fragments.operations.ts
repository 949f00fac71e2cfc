import { graphql } from '../../gql';

export const ProblemFieldsFragment = graphql(`
  fragment ProblemFields on Problem {
    id
    category
    description
    status
    raisedOn
    dueOn
    resolvedOn
    resolution
    closedReason
    ownerUnit {
      id
      name
    }
    escalations {
      level
      occurredOn
      note
    }
    project {
      id
      code
      name
    }
  }
`);
