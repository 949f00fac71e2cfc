import type { Server } from 'http';
import type { AddressInfo } from 'net';
import express from 'express';
import { projectIdFor } from '@tuijin/application';
import { commandRouter, remoteCommands } from '@tuijin/composition';
import { backfillDistrict } from './testing/backfill';
import { BAD_INPUTS, type Fixture } from './testing/bad-inputs';
import { type GraphqlClient, type GraphqlResponse, TestPlatform } from './testing/test-platform';

const CHECK = `query($command: CommandInput!) {
  checkCommand(command: $command) {
    accepted
    refusal { code message field }
    changes {
      type
      occurredOn
      change {
        __typename
        ... on ProjectRegistered { code name stage leadUnit { code } }
        ... on ProblemRaised { problemCategory description }
      }
    }
  }
}`;

/** What a check or a send said: accepted, or its refusal's code, field and message (a check's refusal comes as data). */
function said(result: GraphqlResponse): 'accepted' | { code?: string; field?: string; message: string } {
  const [error] = result.errors ?? [];
  if (error) return { code: error.extensions?.code, field: error.extensions?.field, message: error.message };
  const refusal = result.data?.['checkCommand']?.refusal;
  return refusal ? { code: refusal.code, field: refusal.field ?? undefined, message: refusal.message } : 'accepted';
}

const registration = (f: Fixture, values: Record<string, unknown> = {}) => ({
  districtId: f.district.id,
  code: 'TL-2025-009',
  name: '铜梁区智慧物流园',
  category: 'INDUSTRIAL',
  leadUnitId: f.fgw.id,
  totalInvestment: 52000,
  stage: 'PREPARATION',
  occurredOn: '2025-06-01',
  ...values,
});

describe('checking a command before sending it (checkCommand)', () => {
  let api: TestPlatform;
  let fixture: Fixture;
  beforeAll(async () => {
    api = await TestPlatform.start();
    fixture = await backfillDistrict(api);
  });
  afterAll(() => api.stop());

  /** Checks the input, then sends it through the mutation itself: what each said, and whether the check wrote. */
  async function checkThenSend(client: GraphqlClient, mutation: string, inputType: string, input: unknown) {
    const before = await api.runtime.store.lastPosition();
    const checked = said(await client.gql(CHECK, { command: { [mutation]: input } }));
    const checkWrote = (await api.runtime.store.lastPosition()) !== before;
    const sent = said(
      await client.gql(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { __typename } }`, { input }),
    );
    return { checked, sent, checkWrote };
  }

  it('says what registering a project would record, records nothing, and the send then records just that', async () => {
    const projects = `query($d: ID!) { projects(districtId: $d) { totalCount } }`;
    const listed = await api.ok(projects, { d: fixture.district.id });
    const before = await api.runtime.store.lastPosition();

    const { checkCommand } = await api.ok(CHECK, { command: { registerProject: registration(fixture) } });

    expect(checkCommand).toEqual({
      accepted: true,
      refusal: null,
      changes: [
        {
          type: 'ProjectRegistered',
          occurredOn: '2025-06-01',
          change: {
            __typename: 'ProjectRegistered',
            code: 'TL-2025-009',
            name: '铜梁区智慧物流园',
            stage: 'PREPARATION',
            leadUnit: { code: 'FGW' },
          },
        },
      ],
    });
    expect(await api.runtime.store.lastPosition()).toBe(before);
    expect(await api.ok(projects, { d: fixture.district.id })).toEqual(listed);
    const id = projectIdFor(fixture.district.id, 'TL-2025-009');
    const unknown = await api.gql(`query($id: ID!) { project(id: $id) { id } }`, { id });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    await api.ok(`mutation($i: RegisterProjectInput!) { registerProject(input: $i) { id } }`, {
      i: registration(fixture),
    });
    const { project } = await api.ok(
      `query($id: ID!) { project(id: $id) { history { type occurredOn change { __typename
        ... on ProjectRegistered { code name stage leadUnit { code } } } } } }`,
      { id },
    );
    expect(project.history).toEqual(checkCommand.changes);
  });

  it('names the events of a command outside any project by their type only', async () => {
    const { checkCommand } = await api.ok(CHECK, {
      command: {
        createUnit: { districtId: fixture.district.id, code: 'ZJW', name: '区住房城乡建委', kind: 'DEPARTMENT' },
      },
    });

    expect(checkCommand).toEqual({
      accepted: true,
      refusal: null,
      changes: [{ type: 'UnitCreated', occurredOn: expect.any(String), change: null }],
    });
  });

  it.each(BAD_INPUTS.map((c) => [`${c.mutation} → ${c.code} ${c.field ?? ''}`, c] as const))(
    'refuses %s as the mutation does, and records nothing',
    async (_name, c) => {
      const { checked, sent, checkWrote } = await checkThenSend(api, c.mutation, c.inputType, c.input(fixture));

      expect(checked).toEqual(sent);
      expect(checked).toMatchObject({ code: c.code, message: expect.stringMatching(c.message) });
      if (c.field) expect(checked).toMatchObject({ field: c.field });
      expect(checkWrote).toBe(false);
    },
  );

  describe('as strict as the mutation it names', () => {
    let otherProjectId: string;
    let districtAdmin: GraphqlClient;
    let analyst: GraphqlClient;
    let reporter: GraphqlClient;
    beforeAll(async () => {
      const run = async (mutation: string, type: string, input: Record<string, unknown>) =>
        (await api.ok(`mutation($i: ${type}!) { ${mutation}(input: $i) { id } }`, { i: input }))[mutation].id;
      const otherDistrict = await run('createDistrict', 'CreateDistrictInput', { code: '511725', name: '渠县' });
      const otherUnit = await run('createUnit', 'CreateUnitInput', {
        districtId: otherDistrict,
        code: 'FGJ',
        name: '县发改局',
        kind: 'DEPARTMENT',
      });
      otherProjectId = await run('registerProject', 'RegisterProjectInput', {
        districtId: otherDistrict,
        code: 'QX-2025-001',
        name: '渠县工业园标准厂房',
        category: 'INDUSTRIAL',
        leadUnitId: otherUnit,
        totalInvestment: 9000,
      });
      const districtIds = [fixture.district.id];
      districtAdmin = await api.signedInAs({
        username: 'check-admin',
        displayName: '区管理员',
        role: 'DISTRICT_ADMIN',
        districtIds,
      });
      analyst = await api.signedInAs({
        username: 'check-analyst',
        displayName: '分析员',
        role: 'ANALYST',
        districtIds,
      });
      reporter = await api.signedInAs({
        username: 'check-reporter',
        displayName: '巴川街道填报员',
        role: 'UNIT_REPORTER',
        districtIds,
        unitId: fixture.bachuan.id,
      });
    });

    it("tells a district admin that another district's project does not exist, as the send does", async () => {
      const input = { projectId: otherProjectId, stage: 'SIGNED', occurredOn: '2025-06-01' };
      const { checked, sent, checkWrote } = await checkThenSend(
        districtAdmin,
        'changeStage',
        'ChangeStageInput',
        input,
      );

      expect(checked).toEqual(sent);
      expect(checked).toMatchObject({ code: 'NOT_FOUND' });
      expect(checkWrote).toBe(false);
    });

    it('refuses an analyst, who never writes, the check as the send', async () => {
      const input = registration(fixture, { code: 'TL-2025-A01' });
      const { checked, sent } = await checkThenSend(analyst, 'registerProject', 'RegisterProjectInput', input);

      expect(checked).toEqual(sent);
      expect(checked).toMatchObject({ code: 'FORBIDDEN' });
    });

    it('refuses a unit reporter the check of a project their unit does not lead, as the send', async () => {
      const report = { projectId: fixture.project.id, month: '2025-06', investment: 100, progressPercent: 20 };
      const reported = await checkThenSend(reporter, 'submitMonthlyReport', 'SubmitMonthlyReportInput', report);
      const registered = await checkThenSend(
        reporter,
        'registerProject',
        'RegisterProjectInput',
        registration(fixture, { code: 'TL-2025-R01' }),
      );

      expect(reported.checked).toEqual(reported.sent);
      expect(reported.checked).toMatchObject({ code: 'NOT_FOUND' });
      expect(registered.checked).toEqual(registered.sent);
      expect(registered.checked).toMatchObject({ code: 'FORBIDDEN' });
    });

    it("lets a unit reporter check a problem on their own unit's project", async () => {
      const own = registration(fixture, { code: 'TL-2025-B01', leadUnitId: fixture.bachuan.id });
      const { registerProject } = await api.ok(
        `mutation($i: RegisterProjectInput!) { registerProject(input: $i) { id } }`,
        { i: own },
      );

      const { checkCommand } = await reporter.ok(CHECK, {
        command: {
          raiseProblem: {
            projectId: registerProject.id,
            category: 'LAND',
            description: '用地未报批',
            dueOn: '2025-12-31',
          },
        },
      });

      expect(checkCommand).toMatchObject({
        accepted: true,
        changes: [{ type: 'ProblemRaised', change: { problemCategory: 'LAND', description: '用地未报批' } }],
      });
    });
  });

  it('takes exactly one command: two, or none, is refused before anything runs', async () => {
    const district = { code: '500998', name: '某区' };
    const none = await api.gql(CHECK, { command: {} });
    const two = await api.gql(CHECK, {
      command: { createDistrict: district, renameDistrict: { districtId: fixture.district.id, name: '新名' } },
    });
    const written = await api.gql(`{ checkCommand(command: {}) { accepted } }`);

    for (const result of [none, two]) {
      expect(result.data).toBeUndefined();
      expect(result.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/Exactly one key must be specified for OneOf type "CommandInput"/),
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    expect(written.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/OneOf Input Object "CommandInput" must specify exactly one key/),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it("answers hostile input with the domain's own refusal, as the send does", async () => {
    const hostile = [
      registration(fixture, { code: 'TL-H1', name: '园'.repeat(20_000) }),
      registration(fixture, { code: 'TL-H2', description: '说明\u0007\u202E' }),
      registration(fixture, { code: `TL-${'9'.repeat(5_000)}` }),
      registration(fixture, { code: 'TL-H3\r\nDROP' }),
    ];
    const said = [];
    for (const input of hostile) {
      const { checked, sent, checkWrote } = await checkThenSend(api, 'registerProject', 'RegisterProjectInput', input);
      expect(checked).toEqual(sent);
      expect(checkWrote).toBe(false);
      said.push(checked);
    }

    expect(said).toEqual([
      { code: 'BAD_USER_INPUT', field: 'name', message: 'name must be at most 200 characters' },
      {
        code: 'BAD_USER_INPUT',
        field: 'description',
        message: 'description must not contain control or invisible characters (found U+0007)',
      },
      { code: 'BAD_USER_INPUT', field: 'code', message: expect.stringMatching(/^code must be 1 to 40 letters/) },
      { code: 'BAD_USER_INPUT', field: 'code', message: expect.stringMatching(/^code must be 1 to 40 letters/) },
    ]);
  });

  it('refuses a request too large to read before anything runs, as the send', async () => {
    const input = registration(fixture, { code: 'TL-BIG', description: '园'.repeat(60_000) });
    const { checked, sent } = await checkThenSend(api, 'registerProject', 'RegisterProjectInput', input);

    expect(checked).toEqual(sent);
    expect(checked).toMatchObject({ message: expect.stringMatching(/larger than 100kb/) });
  });

  describe('in the distributed topology, where the project-service decides', () => {
    let server: Server;
    const dryRuns = jest.fn();
    beforeAll(async () => {
      // the project-service's command endpoint, over the same event store as this platform
      const projectService = express().use(commandRouter(api.runtime.commands));
      server = projectService.listen(0, '127.0.0.1');
      await new Promise((resolve) => server.once('listening', resolve));
      const remote = remoteCommands({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
      const dryRun = remote.dryRun;
      remote.dryRun = (messages) => (dryRuns(messages), dryRun(messages));
      jest.replaceProperty(api.runtime, 'commands', remote as unknown as typeof api.runtime.commands);
    });
    afterAll(async () => {
      jest.restoreAllMocks();
      await new Promise((resolve) => server.close(resolve));
    });

    it('gives the same answers through its command endpoint, and records nothing', async () => {
      const before = await api.runtime.store.lastPosition();
      const accepted = await api.ok(CHECK, { command: { registerProject: registration(fixture, { code: 'TL-D1' }) } });
      const refused = await api.ok(CHECK, {
        command: { registerProject: registration(fixture, { code: 'TL-2025-001' }) },
      });

      expect(dryRuns).toHaveBeenCalledTimes(2);
      expect(accepted.checkCommand).toMatchObject({
        accepted: true,
        changes: [{ type: 'ProjectRegistered', change: { code: 'TL-D1', leadUnit: { code: 'FGW' } } }],
      });
      expect(refused.checkCommand).toEqual({
        accepted: false,
        refusal: { code: 'CONFLICT', field: 'code', message: 'project code TL-2025-001 is already registered' },
        changes: [],
      });
      expect(await api.runtime.store.lastPosition()).toBe(before);
    });
  });
});
