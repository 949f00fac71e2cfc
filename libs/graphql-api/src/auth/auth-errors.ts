import { GraphQLError } from 'graphql';

export const unauthenticated = (message = 'Please sign in: this needs a valid login') =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });

export const forbidden = (message: string) => new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });

export const rateLimited = (until: Date) =>
  new GraphQLError(`Too many failed logins for this username; try again after ${until.toISOString()}`, {
    extensions: { code: 'RATE_LIMITED' },
  });
