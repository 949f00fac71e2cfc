import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { SetContextLink } from '@apollo/client/link/context';
import { readSession, writeSession } from '../auth/session-store';

/** Operations whose UNAUTHENTICATED answer is about the credentials typed in, not an ended session. */
const SIGN_IN_OPERATIONS = new Set(['Login']);

export function createApolloClient(uri = '/graphql'): ApolloClient {
  const auth = new SetContextLink((previous) => {
    const session = readSession();
    return session ? { headers: { ...previous.headers, authorization: `Bearer ${session.token}` } } : {};
  });
  // An expired or revoked token ends the session everywhere: the app then shows the login page.
  const endSessionOnRefusal = new ErrorLink(({ error, operation }) => {
    if (SIGN_IN_OPERATIONS.has(operation.operationName ?? '')) return;
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) {
      if (readSession()) writeSession(undefined);
    }
  });
  return new ApolloClient({
    link: ApolloLink.from([endSessionOnRefusal, auth, new HttpLink({ uri })]),
    cache: new InMemoryCache({
      typePolicies: {
        // Rule sets are identified by their version within a district; they are kept whole with their query.
        RuleSet: { keyFields: false },
      },
    }),
    defaultOptions: {
      // Figures change with every report anyone submits: show what is cached, then refresh it.
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
