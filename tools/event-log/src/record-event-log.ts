import { createHash } from 'crypto';
import {
  AggregateRepository,
  CommandDispatcher,
  commandMessage,
  districtIdFor,
  projectIdFor,
  projectIdOfProblem,
  streamOf,
  unitIdFor,
  type CommandData,
  type CommandType,
  type StoredEvent,
} from '@tuijin/application';
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
    const input = op.input as unknown as Partial<Data>;
    if (op.command === 'CreateUnit' && input.districtId === districtId) units.add(unitIdFor(districtId, op.input.code));
    if (op.command === 'RegisterProject' && input.districtId === districtId) {
      projects.add(projectIdFor(districtId, op.input.code));
    }
    const projectId = input.projectId ?? (input.problemId && projectIdOfProblem(input.problemId));
    const ours =
      (op.command === 'CreateDistrict' && op.input.code === code) ||
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
  const commands = new CommandDispatcher(store);
  for (const op of inDistrict(DEMO_DISTRICT, demoOperations({ scale: DEMO_SCALE }))) {
    today = op.today;
    await runDemoOperation(commands, DEMO_ACTOR, op);
  }

  today = AFTER_DEMO;
  const context = { actor: DEMO_ACTOR, today };
  const send = <T extends CommandType>(type: T, data: CommandData<T>) =>
    commands.handle(commandMessage(type, data, context));
  const demo = await store.readAll(0, Number.MAX_SAFE_INTEGER);
  const first = (type: string, where: (data: Data) => boolean = () => true) =>
    demo.find((event) => event.type === type && where(event.data as Data)) as StoredEvent<Data>;
  const project = first('ProjectRegistered');
  const { districtId, leadUnitId } = project.data;
  const otherUnit = first('UnitCreated', (unit) => unit.districtId === districtId && unit.unitId !== leadUnitId);

  const { projectId } = project.data;
  await send('ReviseProjectDetails', { projectId, changes: { description: '建设内容调整后的项目概况' } });
  await send('ChangeLeadUnit', { projectId, leadUnitId: otherUnit.data.unitId });
  await send('SetReserveTarget', { unitId: otherUnit.data.unitId, year: 2026, target: 3 });
  await send('RenameDistrict', { districtId, name: `${first('DistrictCreated').data.name}（更名）` });
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
  await send('SetDistrictBoundary', {
    districtId,
    boundary: {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: '城区' }, geometry: { type: 'Polygon', coordinates: [square] } },
      ],
    },
    approximate: true,
    source: 'event-log fixture',
  });
  await send('PublishOpenData', { districtId });
  await send('WithdrawOpenData', { districtId });
  await send('PublishBulletin', {
    districtId,
    districtName: first('DistrictCreated').data.name,
    kind: 'MONTH',
    period: '2025-12',
    knownAt: '2026-01-31T16:00:00.000Z',
    ruleSetVersion: 2,
    digest: createHash('sha256').update('bulletin 2025-12').digest('hex'),
  });
  await send('SetReminderWebhook', { districtId, url: 'https://robot.example.gov.cn/hook' });
  await send('RecordReminder', { districtId, month: '2026-01', outcome: 'DELIVERED', unitCount: 2 });
  const { id: userId } = await send('CreateUser', {
    username: 'fixture-reporter',
    displayName: '填报员',
    password: 'Fixture@2026',
    role: 'UNIT_REPORTER',
    districtIds: [districtId],
    unitId: otherUnit.data.unitId,
  });
  await send('RecordLogin', { userId, sessionId: 'session-1', expiresAt: '2026-02-02T09:00:00.000Z' });
  await send('ChangePassword', { userId, currentPassword: 'Fixture@2026', newPassword: 'Fixture@2026b' });
  await send('RecordLogout', { userId, sessionId: 'session-1' });
  await send('DeactivateUser', { userId, reason: '调岗' });
  // a ledger import: its commands and its record, written as one, each naming the file
  const digest = createHash('sha256').update('台账2026.xlsx').digest('hex');
  const importer = {
    ...context,
    actor: { ...DEMO_ACTOR, importedFrom: { ledger: 'projects', fileName: '台账2026.xlsx', digest } },
  };
  await commands.handleAll([
    commandMessage('ReviseProjectDetails', { projectId, changes: { township: '巴川街道' } }, importer),
    commandMessage(
      'RecordLedgerImport',
      {
        districtId,
        ledger: 'projects',
        fileName: '台账2026.xlsx',
        digest,
        rowCount: 1,
        registered: [],
        changed: [projectId],
      },
      importer,
    ),
  ]);

  const log = await store.readAll(0, Number.MAX_SAFE_INTEGER);
  await store.close();
  return log;
}
