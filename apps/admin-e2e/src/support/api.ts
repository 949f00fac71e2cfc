import { baseUrl, DEMO_PASSWORD } from './app';

/**
 * The GraphQL API, for arranging a test (finding a project that owes a report, say).
 * What a test checks, it checks in the browser.
 */
export interface Api {
  query<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

async function post<T>(body: unknown, token?: string): Promise<T> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const result = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (result.errors?.length || !result.data) throw new Error(`GraphQL: ${JSON.stringify(result.errors)}`);
  return result.data;
}

export async function apiAs(username: string): Promise<Api> {
  const { login } = await post<{ login: { token: string } }>({
    query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    variables: { u: username, p: DEMO_PASSWORD },
  });
  return { query: (query, variables) => post({ query, variables }, login.token) };
}
