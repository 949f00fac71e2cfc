import { readFileSync } from 'fs';
import { join } from 'path';

/** The public GraphQL contract as SDL; analysts and outside tools depend on its names. */
export const GRAPHQL_SCHEMA_SDL = readFileSync(join(__dirname, 'schema.graphql'), 'utf8');
