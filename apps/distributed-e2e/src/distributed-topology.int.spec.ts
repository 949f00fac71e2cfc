import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { commandMessage, type CommandData, type Commands, type CommandType } from '@tuijin/application';
import { openStorage, remoteCommands, type Storage } from '@tuijin/composition';
import { INDEXED_FIELDS, readModelSnapshot, rebuildReadModels } from '@tuijin/read-models';
import {
  enterAssessmentScenario,
  eventually,
  freePort,
  integrationServer,
  ServiceProcess,
  uniqueName,
  type GraphqlOk,
} from '@tuijin/testing';
import { MemoryViewStore } from '@tuijin/view-store-memory';
import { Kafka, logLevel } from 'kafkajs';
import { MongoWriteGate } from './support/mongo-write-gate';

const ADMIN_PASSWORD = 'Admin-test-2025';
const TOKEN_SECRET = 'e2e-secret-e2e-secret-e2e-secret-0123456789';

/** A signed-in GraphQL client over one or more api instances, taking turns between them. */
class Client implements GraphqlOk {
  private turn = 0;
  constructor(
    private readonly urls: string[],
    readonly token = '',
  ) {}

  async ok(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
    const url = this.urls[this.turn++ % this.urls.length];
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown };
    if (body.errors) throw new Error(`GraphQL errors from ${url}: ${JSON.stringify(body.errors)}`);
    return body.data ?? {};
  }

  /** Signs in as the city admin (retrying while the admin's account is still on its way to the read models). */
  async signIn(): Promise<Client> {
    for (let attempt = 0; ; attempt++) {
      try {
        const { login } = await this.ok(
          `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
          {
            u: 'admin',
            p: ADMIN_PASSWORD,
          },
        );
        return new Client(this.urls, login.token);
      } catch (error) {
        if (attempt > 100) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }
}

const ASSESSMENT = `query($d: ID!, $p: String!, $k: DateTime) {
  assessment(districtId: $d, period: $p, knownAt: $k) {
    period periodEnd ruleSetVersion
    units { unit { code name } rank score projectCount investmentCompletion constructionStart reserve problemClearance reportingPunctuality }
    reverseRanking { unit { code } }
    projects { project { code name stage completedInvestment } light }
  } }`;
const DASHBOARD = `query($d: ID!, $p: String!) { dashboard(districtId: $d, period: $p) {
  figures { projectCount cancelledCount stageFunnel { stage count } completedYearToDate target }
  investmentByMonth { month target completed completedToDate }
  lights { green yellow red none } redProjects { project { code } lag } overdueProblems { project { code } dueOn status } } }`;
const PERIODS = [
  ...Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`),
  '2025-Q1',
  '2025-Q2',
  '2025-Q3',
  '2025-Q4',
  '2025',
];

const LOAD_ACTOR = { actor: { userId: 'load-test', role: 'SYSTEM' }, today: '2025-12-31' };

const send = <T extends CommandType>(commands: Commands, type: T, data: CommandData<T>) =>
  commands.handle(commandMessage(type, data, LOAD_ACTOR));

/** Commands sent straight to the project-service, as fast as it takes them: the stream the faults hit. */
async function load(commands: Commands, district: string, unit: string, from: number, to: number): Promise<void> {
  for (let n = from; n < to; n++) {
    const { id } = await send(commands, 'RegisterProject', {
      districtId: district,
      code: `FT-${n}`,
      name: `压力项目${n}`,
      category: 'INDUSTRIAL',
      leadUnitId: unit,
      totalInvestment: 1000 + n,
      stage: 'UNDER_CONSTRUCTION',
      occurredOn: '2025-01-15',
    });
    for (let month = 1; month <= 4; month++) {
      await send(commands, 'SubmitMonthlyReport', {
        projectId: id,
        month: `2025-0${month}`,
        investment: 10 * month + n,
        progressPercent: 10 * month,
        submittedOn: `2025-0${month + 1}-03`,
      });
    }
    const { id: problem } = await send(commands, 'RaiseProblem', {
      projectId: id,
      category: 'LAND',
      description: '用地',
      raisedOn: '2025-03-01',
      dueOn: '2025-06-30',
    });
    if (n % 2 === 0) {
      await send(commands, 'ResolveProblem', { problemId: problem, resolvedOn: '2025-04-01', resolution: '已解决' });
    }
  }
}

describe('the distributed topology (project-service, two projectors in one group, two api instances)', () => {
  const mongoUrl = integrationServer('MONGO_URL');
  const brokers = integrationServer('KAFKA_BROKERS');
  const dbName = uniqueName('tuijin');
  const shared = {
    TUIJIN_STORE: 'mongo',
    TUIJIN_BUS: 'kafka',
    MONGO_URL: mongoUrl,
    MONGO_DB: dbName,
    KAFKA_BROKERS: brokers,
    KAFKA_TOPIC: uniqueName('tuijin.events'),
    KAFKA_PARTITIONS: '4',
    TUIJIN_PROJECTOR_GROUP: uniqueName('projector'),
    // the broker's shortest, so a frozen projector loses its partitions soon
    KAFKA_SESSION_TIMEOUT_MS: '6000',
    TUIJIN_TOKEN_SECRET: TOKEN_SECRET,
    TUIJIN_ADMIN_PASSWORD: ADMIN_PASSWORD,
    TUIJIN_WAIT_TIMEOUT_MS: '30000',
  };
  let projectService: ServiceProcess;
  let projectors: ServiceProcess[];
  /** Each projector reaches MongoDB through its own gate. */
  let gates: MongoWriteGate[];
  const kafkaAdmin = new Kafka({ brokers: brokers.split(','), logLevel: logLevel.NOTHING }).admin();
  let apis: ServiceProcess[];
  let embedded: ServiceProcess;
  let storage: Storage;
  let distributedClient: Client;
  let embeddedClient: Client;
  let commands: Commands;
  let loadTarget: { district: string; unit: string };

  const service = async (name: string, main: string, env: Record<string, string>) =>
    new ServiceProcess(name, main, { ...shared, PORT: String(await freePort()), ...env });

  /** The read models the projectors built, and the ones the embedded projection builds from the same log. */
  async function readModelsAndRebuild() {
    const rebuilt = new MemoryViewStore(INDEXED_FIELDS);
    await rebuildReadModels(storage.store, rebuilt);
    return { built: await readModelSnapshot(storage.views), rebuilt: await readModelSnapshot(rebuilt) };
  }

  /** Waits until the projectors have caught up with the log, then shows their read models equal the rebuild. */
  async function expectConverged(): Promise<void> {
    const deadline = Date.now() + 120_000;
    let last = await readModelsAndRebuild();
    while (JSON.stringify(last.built) !== JSON.stringify(last.rebuilt) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      last = await readModelsAndRebuild();
    }
    expect(last.built).toEqual(last.rebuilt);
  }

  /** Both projectors are members of their group, each given its partitions. */
  async function bothProjectorsInGroup(): Promise<boolean> {
    const [group] = (await kafkaAdmin.describeGroups([shared.TUIJIN_PROJECTOR_GROUP])).groups;
    return group.state === 'Stable' && group.members.length === 2;
  }

  /** Every partition's checkpoint position. */
  const laneCheckpoints = () =>
    Promise.all(
      Array.from({ length: Number(shared.KAFKA_PARTITIONS) }, (_, partition) =>
        storage.views.checkpoint(`projector/${shared.KAFKA_TOPIC}/${partition}`),
      ),
    );

  beforeAll(async () => {
    projectService = await service('project-service', 'apps/project-service/src/main.ts', {});
    gates = [await MongoWriteGate.open(mongoUrl), await MongoWriteGate.open(mongoUrl)];
    projectors = [
      await service('projector-1', 'apps/gateway/src/main.ts', { TUIJIN_ROLE: 'projector', MONGO_URL: gates[0].url }),
      await service('projector-2', 'apps/gateway/src/main.ts', { TUIJIN_ROLE: 'projector', MONGO_URL: gates[1].url }),
    ];
    const projectServiceUrl = { PROJECT_SERVICE_URL: projectService.url };
    apis = [
      await service('api-1', 'apps/gateway/src/main.ts', { TUIJIN_ROLE: 'api', ...projectServiceUrl }),
      await service('api-2', 'apps/gateway/src/main.ts', { TUIJIN_ROLE: 'api', ...projectServiceUrl }),
    ];
    embedded = new ServiceProcess('platform', 'apps/platform/src/main.ts', {
      PORT: String(await freePort()),
      TUIJIN_DATA_DIR: mkdtempSync(join(tmpdir(), 'tuijin-embedded-')),
      TUIJIN_DEMO: '0',
      TUIJIN_ADMIN_PASSWORD: ADMIN_PASSWORD,
      TUIJIN_TOKEN_SECRET: TOKEN_SECRET,
    });
    // the services start side by side; the project-service first, as it creates the admin
    await projectService.start();
    await Promise.all([...projectors, ...apis, embedded].map((p) => p.start()));
    storage = await openStorage({ store: 'mongo', mongo: { url: mongoUrl, dbName } });
    await kafkaAdmin.connect();
    commands = remoteCommands({ url: projectService.url });
    distributedClient = await new Client(apis.map((a) => a.url)).signIn();
    embeddedClient = await new Client([embedded.url]).signIn();
  }, 300_000);

  afterAll(async () => {
    await Promise.all([projectService, ...(projectors ?? []), ...(apis ?? []), embedded].map((p) => p?.stop()));
    await storage?.close();
    await Promise.all((gates ?? []).map((gate) => gate.close()));
    await kafkaAdmin.disconnect();
  });

  it('gives exactly the assessments of the embedded platform for the same commands, every period', async () => {
    const inEmbedded = await enterAssessmentScenario(embeddedClient);
    const inDistributed = await enterAssessmentScenario(distributedClient);
    for (const period of PERIODS) {
      const [embeddedAnswer, distributedAnswer] = await Promise.all([
        embeddedClient.ok(ASSESSMENT, { d: inEmbedded.district, p: period }),
        distributedClient.ok(ASSESSMENT, { d: inDistributed.district, p: period }),
      ]);
      expect(distributedAnswer).toEqual(embeddedAnswer);
      expect(distributedAnswer.assessment.units.length).toBeGreaterThan(0);
    }
    // as known before the late correction, each topology by its own clock
    const before = await Promise.all([
      embeddedClient.ok(ASSESSMENT, { d: inEmbedded.district, p: '2025-06', k: inEmbedded.beforeCorrection }),
      distributedClient.ok(ASSESSMENT, { d: inDistributed.district, p: '2025-06', k: inDistributed.beforeCorrection }),
    ]);
    expect(before[1]).toEqual(before[0]);
    const dashboards = await Promise.all([
      embeddedClient.ok(DASHBOARD, { d: inEmbedded.district, p: '2025-10' }),
      distributedClient.ok(DASHBOARD, { d: inDistributed.district, p: '2025-10' }),
    ]);
    expect(dashboards[1]).toEqual(dashboards[0]);
  });

  it('answers a mutation with its own change on whichever api instance, and reads it on the other', async () => {
    const [one, two] = apis.map((api) => new Client([api.url], distributedClient.token));
    const { createDistrict } = await one.ok(
      `mutation { createDistrict(input: { code: "FT-2025", name: "故障测试县" }) { id name } }`,
    );
    expect(createDistrict.name).toBe('故障测试县');
    const { createUnit } = await two.ok(
      `mutation($d: ID!) { createUnit(input: { districtId: $d, code: "ZJJ", name: "住建局", kind: DEPARTMENT }) { id code } }`,
      { d: createDistrict.id },
    );
    expect((await one.ok(`query($d: ID!) { units(districtId: $d) { code } }`, { d: createDistrict.id })).units).toEqual(
      [{ code: 'ZJJ' }],
    );
    loadTarget = { district: createDistrict.id, unit: createUnit.id };
    await expectConverged();
  });

  it('remembers retry keys and failed logins where every api instance sees them', async () => {
    const send = async (url: string, query: string, variables: Record<string, unknown>, key?: string) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${distributedClient.token}`,
          ...(key ? { 'idempotency-key': key } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: Record<string, any>; errors?: { extensions?: { code?: string } }[] };
    };
    const [one, two] = apis.map((api) => api.url);
    const { data } = await send(
      one,
      `mutation { createDistrict(input: { code: "IK-2025", name: "重试县" }) { id } }`,
      {},
    );
    const district = data!.createDistrict.id;
    const unit = (
      await send(
        two,
        `mutation($d: ID!) { createUnit(input: { districtId: $d, code: "FGW", name: "发改委", kind: DEPARTMENT }) { id } }`,
        { d: district },
      )
    ).data!.createUnit.id;
    const register = `mutation($i: RegisterProjectInput!) { registerProject(input: $i) { id code } }`;
    const input = {
      districtId: district,
      code: 'IK-1',
      name: '重试项目',
      category: 'SOCIAL',
      leadUnitId: unit,
      totalInvestment: 10,
    };
    const first = await send(one, register, { i: input }, 'register-ik-1');
    const head = await storage.store.lastPosition();
    const retried = await send(two, register, { i: input }, 'register-ik-1');
    expect(retried).toEqual(first);
    expect(first.data?.registerProject.code).toBe('IK-1');
    const reused = await send(two, register, { i: { ...input, code: 'IK-2' } }, 'register-ik-1');
    expect(reused.errors?.[0].extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await storage.store.lastPosition()).toBe(head);

    const login = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;
    const guesses = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        fetch(`${apis[i % 2].url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: login, variables: { u: 'guessed-e2e', p: `guess-${i}-123456` } }),
        }).then(
          async (r) => ((await r.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
        ),
      ),
    );
    expect(guesses.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(guesses.filter((code) => code === 'RATE_LIMITED')).toHaveLength(11);
  });

  it('tells an operator each service is alive and ready, and what it did, in Prometheus format', async () => {
    /** The values of a metric's series that carry the given labels. */
    const series = async (service: ServiceProcess, name: string, labels: Record<string, string> = {}) => {
      const text = await (await fetch(`${service.url}/metrics`)).text();
      return text
        .split('\n')
        .filter(
          (l) =>
            (l.startsWith(`${name}{`) || l.startsWith(`${name} `)) &&
            Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)),
        )
        .map((l) => Number(l.slice(l.lastIndexOf(' ') + 1)));
    };
    const metric = async (service: ServiceProcess, name: string, labels: Record<string, string> = {}) =>
      (await series(service, name, labels))[0];
    for (const service of [projectService, ...projectors, ...apis]) {
      expect((await fetch(`${service.url}/health/live`)).status).toBe(200);
      expect(await (await fetch(`${service.url}/health/ready`)).json()).toMatchObject({ status: 'ok' });
    }
    // the project-service is the log's only writer, and the log started empty
    expect(await metric(projectService, 'tuijin_events_appended_total')).toBe(await storage.store.lastPosition());
    expect(await metric(projectService, 'tuijin_relay_lag_events')).toBe(0);
    expect(
      await metric(projectService, 'tuijin_command_duration_seconds_count', {
        command: 'SubmitMonthlyReport',
        outcome: 'ok',
      }),
    ).toBeGreaterThan(0);
    const projected = await Promise.all(projectors.map((p) => metric(p, 'tuijin_events_projected_total')));
    expect(projected.every((n) => (n ?? 0) > 0)).toBe(true);
    const lags = (await Promise.all(projectors.map((p) => series(p, 'tuijin_consumer_lag_events')))).flat();
    expect(lags.length).toBeGreaterThan(0);
    expect(lags.every((lag) => lag === 0)).toBe(true);
    expect(await metric(apis[0], 'tuijin_read_your_write_wait_seconds_count')).toBeGreaterThan(0);
  });

  it('converges exactly after a projector is killed mid-stream and restarted', async () => {
    await load(commands, loadTarget.district, loadTarget.unit, 0, 10);
    await Promise.all([
      load(commands, loadTarget.district, loadTarget.unit, 10, 30),
      new Promise((resolve) => setTimeout(resolve, 300)).then(() => projectors[0].kill()),
    ]);
    await load(commands, loadTarget.district, loadTarget.unit, 30, 35);
    await projectors[0].start();
    await expectConverged();
    const { projects } = await distributedClient.ok(
      `query($d: ID!) { projects(districtId: $d, first: 100) { totalCount edges { node { code openProblemCount problems { status } monthlyReports { month } } } } }`,
      { d: loadTarget.district },
    );
    expect(projects.totalCount).toBe(35);
    for (const { node } of projects.edges) {
      expect(node.monthlyReports).toHaveLength(4);
      expect(node.problems).toHaveLength(1);
      expect(node.openProblemCount).toBe(node.problems[0].status === 'RESOLVED' ? 0 : 1);
    }
  });

  it('converges exactly after the project-service (and its relay) is killed mid-stream and restarted', async () => {
    // the command in flight when the service dies fails, as it would for a client; the rest go on after the restart
    await Promise.all([
      load(commands, loadTarget.district, loadTarget.unit, 35, 45).catch(() => undefined),
      new Promise((resolve) => setTimeout(resolve, 400)).then(() => projectService.kill()),
    ]);
    const head = await storage.store.lastPosition();
    await projectService.start();
    await load(commands, loadTarget.district, loadTarget.unit, 60, 65);
    expect(await storage.store.lastPosition()).toBeGreaterThan(head);
    await expectConverged();
  });

  it('writes a batch (a ledger import) whole or not at all when the project-service is killed while writing it', async () => {
    const SIZE = 300;
    const batchOf = async (code: string) => {
      const { id: districtId } = await send(commands, 'CreateDistrict', { code, name: `批量${code}` });
      const unit = { districtId, code: 'FGW', name: '区发展改革委', kind: 'DEPARTMENT' as const };
      const { id: leadUnitId } = await send(commands, 'CreateUnit', unit);
      const messages = Array.from({ length: SIZE }, (_, i) =>
        commandMessage(
          'RegisterProject',
          {
            districtId,
            code: `B-${i}`,
            name: `批量项目${i}`,
            category: 'INDUSTRIAL',
            leadUnitId,
            totalInvestment: 100,
          },
          LOAD_ACTOR,
        ),
      );
      return { districtId, messages };
    };
    const registered = async (districtId: string) =>
      (await storage.store.readAll(0, Number.MAX_SAFE_INTEGER)).filter(
        (e) => e.type === 'ProjectRegistered' && (e.data as { districtId: string }).districtId === districtId,
      ).length;

    // how long a batch takes here, uninterrupted
    const whole = await batchOf('BATCH-W');
    const started = performance.now();
    expect(await commands.handleAll(whole.messages)).toMatchObject({ written: true });
    const duration = performance.now() - started;
    expect(await registered(whole.districtId)).toBe(SIZE);

    const cut = await batchOf('BATCH-C');
    await Promise.all([
      commands.handleAll(cut.messages).catch(() => undefined),
      new Promise((resolve) => setTimeout(resolve, duration / 2)).then(() => projectService.kill()),
    ]);
    const atKill = await registered(cut.districtId);
    await projectService.start();
    // started again, the project-service finishes a batch it had recorded; one it had not is not there at all
    const after = await registered(cut.districtId);
    expect([0, SIZE]).toContain(after);
    expect(after).toBeGreaterThanOrEqual(atKill);
    await expectConverged();
  });

  it('writes nothing from a projector frozen mid-batch past its session, once another took its partitions over', async () => {
    await eventually(bothProjectorsInGroup, 60_000);
    const { id: project } = await send(commands, 'RegisterProject', {
      districtId: loadTarget.district,
      code: 'FZ-1',
      name: '冻结测试项目',
      category: 'INDUSTRIAL',
      leadUnitId: loadTarget.unit,
      totalInvestment: 5000,
      stage: 'UNDER_CONSTRUCTION',
      occurredOn: '2025-01-15',
    });
    await expectConverged();
    const report = (month: number) =>
      send(commands, 'SubmitMonthlyReport', {
        projectId: project,
        month: `2025-0${month}`,
        investment: 100 * month,
        progressPercent: 10 * month,
        submittedOn: `2025-0${month + 1}-03`,
      });

    // whichever projector owns the project's partition is frozen as its batch goes to MongoDB
    const caught = Promise.race(gates.map((gate, i) => gate.holdNextWrite().then(() => i)));
    await report(1);
    const stalled = await caught;
    for (const gate of gates) gate.disarm();
    const [frozen, live] = stalled === 0 ? projectors : [...projectors].reverse();
    frozen.pause();
    let taken: { views: Record<string, unknown[]>; checkpoints: number[] };
    try {
      // once the frozen projector's session ran out, the live one owns every partition and applies what follows
      await report(2);
      await report(3);
      await expectConverged();
      taken = { views: await readModelSnapshot(storage.views), checkpoints: await laneCheckpoints() };
    } finally {
      frozen.resume();
      gates[stalled].release();
    }

    // the frozen projector wakes up mid-batch and sends its writes: it is done with that batch once it is back
    // in the group, or, were it not fenced, once it moved a checkpoint
    const moved = async () => `${await laneCheckpoints()}` !== `${taken.checkpoints}`;
    await eventually(async () => (await moved()) || (await bothProjectorsInGroup()), 60_000);
    expect(await laneCheckpoints()).toEqual(taken.checkpoints);
    expect(await readModelSnapshot(storage.views)).toEqual(taken.views);
    expect(frozen.log).toContain('was claimed by another projector');
    expect(live.log).not.toContain('was claimed by another projector');
    await expectConverged();
  });

  it('rebuilds the read models exactly from a replay of the whole topic by a new consumer group', async () => {
    await Promise.all(projectors.map((p) => p.stop()));
    const before = await readModelSnapshot(storage.views);
    await storage.views.clear();
    expect((await readModelSnapshot(storage.views)).projects).toEqual([]);
    const replay = await service('projector-replay', 'apps/gateway/src/main.ts', {
      TUIJIN_ROLE: 'projector',
      TUIJIN_PROJECTOR_GROUP: uniqueName('replay'),
    });
    projectors.push(await replay.start());
    await expectConverged();
    expect(await readModelSnapshot(storage.views)).toEqual(before);
  });
});
