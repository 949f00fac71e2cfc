import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { INestApplication } from '@nestjs/common';
import { EmbeddedRuntime } from '../embedded-runtime';
import { createPlatformApp } from '../platform-app';

export interface GraphqlResponse<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string } }[];
}

/** A real platform on a random port over a fresh (or given) data directory, for API tests. */
export class TestPlatform {
  private constructor(
    readonly runtime: EmbeddedRuntime,
    readonly app: INestApplication,
    readonly url: string,
    readonly dataDir: string,
  ) {}

  static async start(
    dataDir = mkdtempSync(join(tmpdir(), 'tuijin-api-')),
    today = '2025-12-31',
  ): Promise<TestPlatform> {
    const runtime = new EmbeddedRuntime(dataDir, () => today);
    await runtime.start();
    const app = await createPlatformApp(runtime);
    await app.listen(0, '127.0.0.1');
    return new TestPlatform(runtime, app, await app.getUrl(), dataDir);
  }

  async gql<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GraphqlResponse<T>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
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

  async stop(): Promise<void> {
    await this.app.close();
    await this.runtime.close();
  }
}
