import { graphql } from '../gql';

/** Whether a form's command would be accepted as it stands; the platform records nothing. */
export const CheckCommandQuery = graphql(`
  query CheckCommand($command: CommandInput!) {
    checkCommand(command: $command) {
      accepted
      refusal {
        code
        message
        field
      }
    }
  }
`);
