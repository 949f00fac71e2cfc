import { createHash } from 'crypto';
import {
  AggregateRepository,
  districtIdFor,
  projectIdFor,
  projectIdOfProblem,
  streamOf,
  unitIdFor,
  type StoredEvent,
} from '@tuijin/application';
import { createCommandSide } from '@tuijin/composition';
import { DEMO_ACTOR, demoOperations, runDemoOperation, type DemoOperation } from '@tuijin/demo-data';
import { unitDecider } from '@tuijin/domain-organization';
import { SqliteEventStore } from '@tuijin/event-store-sqlite';

/** The demo district in the fixture, and its scale: every kind of operation the demo makes, in a few hundred events. */
const DEMO_DISTRICT = '500151';
const DEMO_SCALE = 0.05;
/** The day after the demo, on which the fixture records what the demo never does. */
const AFTER_DEMO = '2026-02-02';

type Data = Record<string, string>;

/** The demo's operations on one district: its own, its units' and its projects'. */
function* inDistrict(code: string, operations: Iterable<DemoOperation>): Generator<DemoOperation> {
  const districtId = districtIdFor(code);
  const units = new Set<string>();
  const projects = new Set<string>();
  for (const op of operations) {
    const input = op.input as Partial<Data>;
    if (op.command === 'createUnit' && input.districtId === districtId) units.add(unitIdFor(districtId, op.input.code));
    if (op.command === 'registerProject' && input.districtId === districtId) {
      projects.add(projectIdFor(districtId, op.input.code));
    }
    const projectId = input.projectId ?? (input.problemId && projectIdOfProblem(input.problemId));
    const ours =
      (op.command === 'createDistrict' && op.input.code === code) ||
      input.districtId === districtId ||
      (input.unitId !== undefined && units.has(input.unitId)) ||
      (projectId !== undefined && projects.has(projectId));
    if (ours) yield op;
  }
}

/**
 * Today's event log in miniature: the demo generator's operations at a small scale, then
 * one command for each event type the demo does not produce, all through the ordinary
 * command handlers and deciders. Instants follow the simulated days, so the log is the
 * same on every run but for password hashes (salted at random).
 */
export async function recordEventLog(): Promise<StoredEvent[]> {
  let today = '';
  let tick = 0;
  const now = () => new Date(Date.parse(`${today}T01:00:00.000Z`) + 1000 * tick++);
  const store = new SqliteEventStore(':memory:', { now });
  const side = createCommandSide(store);
  for (const op of inDistrict(DEMO_DISTRICT, demoOperations({ scale: DEMO_SCALE }))) {
    today = op.today;
    await runDemoOperation(side, DEMO_ACTOR, op);
  }

  today = AFTER_DEMO;
  const context = { actor: DEMO_ACTOR, today };
  const demo = await store.readAll(0, Number.MAX_SAFE_INTEGER);
  const first = (type: string, where: (data: Data) => boolean = () => true) =>
    demo.find((event) => event.type === type && where(event.data as Data)) as StoredEvent<Data>;
  const project = first('ProjectRegistered');
  const { districtId, leadUnitId } = project.data;
  const otherUnit = first('UnitCreated', (unit) => unit.districtId === districtId && unit.unitId !== leadUnitId);
  const { projects, organization, districtMaps, openData, bulletins, accounts } = side;

  const { projectId } = project.data;
  await projects.reviseProjectDetails({ projectId, changes: { description: '建设内容调整后的项目概况' } }, context);
  await projects.changeLeadUnit({ projectId, leadUnitId: otherUnit.data.unitId }, context);
  await organization.setReserveTarget({ unitId: otherUnit.data.unitId, year: 2026, target: 3 }, context);
  await organization.renameDistrict({ districtId, name: `${first('DistrictCreated').data.name}（更名）` }, context);
  // units are renamed by no command yet: the decider is all there is
  await new AggregateRepository(store).execute(
    unitDecider,
    streamOf.unit(otherUnit.data.unitId),
    () => ({ type: 'RenameUnit' as const, today, name: `${otherUnit.data.name}（更名）` }),
    context,
    () => ({ id: otherUnit.data.unitId }),
  );
  const square = [
    [106.0, 29.8],
    [106.1, 29.8],
    [106.1, 29.9],
    [106.0, 29.9],
    [106.0, 29.8],
  ];
  await districtMaps.setDistrictBoundary(
    {
      districtId,
      boundary: {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { name: '城区' }, geometry: { type: 'Polygon', coordinates: [square] } },
        ],
      },
      approximate: true,
      source: 'event-log fixture',
    },
    context,
  );
  await openData.publishOpenData({ districtId }, context);
  await openData.withdrawOpenData({ districtId }, context);
  await bulletins.publishBulletin(
    {
      districtId,
      districtName: first('DistrictCreated').data.name,
      kind: 'MONTH',
      period: '2025-12',
      knownAt: '2026-01-31T16:00:00.000Z',
      ruleSetVersion: 2,
      digest: createHash('sha256').update('bulletin 2025-12').digest('hex'),
    },
    context,
  );
  await bulletins.setReminderWebhook({ districtId, url: 'https://robot.example.gov.cn/hook' }, context);
  await bulletins.recordReminder({ districtId, month: '2026-01', outcome: 'DELIVERED', unitCount: 2 }, context);
  const { id: userId } = await accounts.createUser(
    {
      username: 'fixture-reporter',
      displayName: '填报员',
      password: 'Fixture@2026',
      role: 'UNIT_REPORTER',
      districtIds: [districtId],
      unitId: otherUnit.data.unitId,
    },
    context,
  );
  await accounts.recordLogin(userId, 'session-1', '2026-02-02T09:00:00.000Z', context);
  await accounts.changePassword({ userId, currentPassword: 'Fixture@2026', newPassword: 'Fixture@2026b' }, context);
  await accounts.recordLogout(userId, 'session-1', context);
  await accounts.deactivateUser({ userId, reason: '调岗' }, context);

  const log = await store.readAll(0, Number.MAX_SAFE_INTEGER);
  await store.close();
  return log;
}
