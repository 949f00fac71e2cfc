import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { INestApplication } from '@nestjs/common';
import type { CreateUserInput } from '@tuijin/application';
import { EmbeddedRuntime } from '../embedded-runtime';
import { SYSTEM_ACTOR } from '@tuijin/composition';
import { ensureAdmin } from '../first-start';
import { createPlatformApp } from '../platform-app';

export interface GraphqlResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string } }[];
}

export const TEST_ADMIN_PASSWORD = 'Admin-test-2025';
export const TEST_SECURITY = {
  tokenSecret: 'test-secret-test-secret-test-secret-42',
  tokenTtlSeconds: 3600,
  corsOrigins: ['https://tuijin.example.gov.cn'],
};
/** A prefix of the registered form, as a deployment would configure in TUIJIN_OC4IDS_PREFIX. */
export const TEST_PUBLISHING = { oc4idsPrefix: 'oc4ids-tuijin' };

/** A GraphQL client for one signed-in user (or nobody, without a token). */
export class GraphqlClient {
  constructor(
    readonly url: string,
    readonly token?: string,
  ) {}

  async gql<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GraphqlResponse<T>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphqlResponse<T>;
  }

  /** Like `gql`, but fails the test on any error and returns the data. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.gql<T>(query, variables);
    if (result.errors) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }
}

/**
 * A real platform on a random port over a fresh (or given) data directory, for API
 * tests. Its own `gql`/`ok` act as the city admin `admin`.
 */
export class TestPlatform extends GraphqlClient {
  private constructor(
    readonly runtime: EmbeddedRuntime,
    readonly app: INestApplication,
    url: string,
    token: string,
    readonly dataDir: string,
  ) {
    super(url, token);
  }

  static async start(
    dataDir = mkdtempSync(join(tmpdir(), 'tuijin-api-')),
    today = '2025-12-31',
  ): Promise<TestPlatform> {
    const runtime = new EmbeddedRuntime(dataDir, () => today, TEST_SECURITY, TEST_PUBLISHING);
    await runtime.start();
    await ensureAdmin(runtime, TEST_ADMIN_PASSWORD);
    const app = await createPlatformApp(runtime);
    await app.listen(0, '127.0.0.1');
    const url = await app.getUrl();
    const token = await new GraphqlClient(url).ok<{ login: { token: string } }>(
      `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
      { u: 'admin', p: TEST_ADMIN_PASSWORD },
    );
    return new TestPlatform(runtime, app, url, token.login.token, dataDir);
  }

  /** Creates a user directly (as the system) and returns a client signed in as them. */
  async signedInAs(user: Omit<CreateUserInput, 'password'>, password = 'Password-2025'): Promise<GraphqlClient> {
    const result = await this.runtime.commands.handle({
      type: 'CreateUser',
      data: { ...user, password },
      metadata: { actor: SYSTEM_ACTOR, today: this.runtime.today() },
    });
    await this.runtime.waitFor(result.position);
    return this.login(user.username, password);
  }

  async login(username: string, password: string): Promise<GraphqlClient> {
    const { login } = await new GraphqlClient(this.url).ok<{ login: { token: string } }>(
      `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
      { u: username, p: password },
    );
    return new GraphqlClient(this.url, login.token);
  }

  get anonymous(): GraphqlClient {
    return new GraphqlClient(this.url);
  }

  async stop(): Promise<void> {
    await this.app.close();
    await this.runtime.close();
  }
}
