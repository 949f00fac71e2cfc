export * from './runtime';
export * from './graphql-api.module';
export * from './graphiql';
export * from './errors';
export * from './auth/access-policy';
export * from './auth/auth.service';
