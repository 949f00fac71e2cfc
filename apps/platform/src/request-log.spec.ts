import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { FROM_SOURCES, PlatformProcess } from './testing/platform-process';

const TOKEN_SECRET = 'log-test-secret-7f3a9c1e5b8d2f4a6c0e9b1d3f5a7c9e';
const FIRST_PASSWORD = 'First-Pass-2025!';
const NEW_PASSWORD = 'Second-Pass-2026?';

interface LogLine {
  level: string;
  service: string;
  msg: string;
  requestId?: string;
  operation?: string | null;
  operationType?: string;
  fields?: string[];
  actor?: { userId: string; role: string; username?: string };
  outcome?: string;
  errors?: string[];
  durationMs?: number;
  res?: { status: number };
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { requestId: response.headers.get('x-request-id'), body: (await response.json()) as any };
}

describe('the platform log', () => {
  let platform: PlatformProcess;
  afterEach(() => platform?.stop());

  it('is JSON lines that name each request, its actor, operation, duration and outcome, and never a password, token or key', async () => {
    platform = await PlatformProcess.start(FROM_SOURCES, {
      TUIJIN_DATA_DIR: mkdtempSync(join(tmpdir(), 'tuijin-log-')),
      TUIJIN_DEMO: '0',
      TUIJIN_LOG_LEVEL: 'trace',
      TUIJIN_TOKEN_SECRET: TOKEN_SECRET,
      TUIJIN_ADMIN_PASSWORD: FIRST_PASSWORD,
    });
    const login = `mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;
    const first = await post(platform.url, { query: login, variables: { u: 'admin', p: FIRST_PASSWORD } });
    const token: string = first.body.data.login.token;
    const changed = await post(
      platform.url,
      {
        query: `mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { username } }`,
        variables: { input: { currentPassword: FIRST_PASSWORD, newPassword: NEW_PASSWORD } },
      },
      { authorization: `Bearer ${token}`, 'x-request-id': 'proxy-7c1f2a9e' },
    );
    expect(changed.body.errors).toBeUndefined();
    const second = await post(platform.url, { query: login, variables: { u: 'admin', p: NEW_PASSWORD } });
    const newToken: string = second.body.data.login.token;
    const refused = await post(
      platform.url,
      { query: `mutation { createDistrict(input: { code: "", name: "铜梁区" }) { id } }` },
      { authorization: `Bearer ${newToken}`, 'x-request-id': 'not a sane id; DROP TABLE' },
    );
    expect(refused.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    await platform.stop();

    const output = platform.log;
    for (const secret of [FIRST_PASSWORD, NEW_PASSWORD, token, newToken, TOKEN_SECRET]) {
      expect(output).not.toContain(secret);
    }
    const lines = output
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as LogLine);
    expect(lines.every((line) => line.service === 'platform' && typeof line.level === 'string')).toBe(true);
    expect(lines.map((line) => line.msg)).toContainEqual(
      expect.stringContaining('Tuijin 推进 is running at http://localhost:'),
    );

    // the caller's sane id is kept and returned; the log line says who changed what, how it ended, how long it took
    expect(changed.requestId).toBe('proxy-7c1f2a9e');
    const change = lines.find((line) => line.requestId === 'proxy-7c1f2a9e' && line.res);
    expect(change).toMatchObject({
      level: 'info',
      operation: 'ChangePassword',
      operationType: 'mutation',
      fields: ['changePassword'],
      actor: { role: 'CITY_ADMIN', username: 'admin' },
      outcome: 'ok',
      res: { status: 200 },
      msg: 'POST /graphql 200',
    });
    expect(change?.durationMs).toEqual(expect.any(Number));

    // an id that is not one is replaced, and the answer names the one used
    expect(refused.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const refusal = lines.find((line) => line.requestId === refused.requestId && line.res);
    expect(refusal).toMatchObject({
      operation: null,
      fields: ['createDistrict'],
      outcome: 'rejected',
      errors: ['BAD_USER_INPUT'],
      actor: { username: 'admin' },
    });
    expect(lines.filter((line) => line.operation === 'Login' && line.res)).toHaveLength(2);
  }, 120_000);
});
