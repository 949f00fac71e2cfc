import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { CommandDispatcher, commandMessage, APPLIED_VERSIONS, type StoredEvent } from '@tuijin/application';
import { MemoryEventBus } from '@tuijin/bus-memory';
import { SqliteEventStore } from '@tuijin/event-store-sqlite';
import { readModelSnapshot, rebuildReadModels } from '@tuijin/read-models';
import { MemoryViewStore } from '@tuijin/view-store-memory';
import mongoose, { mongo, type Connection } from 'mongoose';
import { LaneProjectors } from './lane-projectors';

const MONGO_URL = process.env['MONGO_URL'];
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
const ctx = { actor: { userId: 'test', role: 'SYSTEM' }, today: '2025-12-31' };

/** A small district's log: a unit, two projects and their monthly reports. */
async function districtLog(): Promise<{ store: SqliteEventStore; events: StoredEvent[] }> {
  const store = new SqliteEventStore(join(mkdtempSync(join(tmpdir(), 'tuijin-lanes-')), 'events.sqlite'));
  const commands = new CommandDispatcher(store);
  const district = await commands.handle(commandMessage('CreateDistrict', { code: 'LANES', name: '测试县' }, ctx));
  const unit = await commands.handle(
    commandMessage('CreateUnit', { districtId: district.id, code: 'FGW', name: '发改委', kind: 'DEPARTMENT' }, ctx),
  );
  for (const n of [1, 2]) {
    const project = await commands.handle(
      commandMessage(
        'RegisterProject',
        {
          districtId: district.id,
          code: `L-${n}`,
          name: `测试项目${n}`,
          category: 'INDUSTRIAL',
          leadUnitId: unit.id,
          totalInvestment: 1000,
          stage: 'UNDER_CONSTRUCTION',
          occurredOn: '2025-01-10',
        },
        ctx,
      ),
    );
    for (let month = 1; month <= 4; month++) {
      await commands.handle(
        commandMessage(
          'SubmitMonthlyReport',
          {
            projectId: project.id,
            month: `2025-0${month}`,
            investment: 10 * month + n,
            progressPercent: 10 * month,
            submittedOn: `2025-0${month + 1}-03`,
          },
          ctx,
        ),
      );
    }
  }
  return { store, events: await store.readAll(0, 10_000) };
}

(MONGO_URL ? describe : describe.skip)('lane projectors on MongoDB', () => {
  let connection: Connection;
  beforeAll(async () => {
    connection = await mongoose.createConnection(MONGO_URL as string, { dbName: unique('lanes') }).asPromise();
  });
  afterAll(() => connection.close());
  afterEach(() => jest.restoreAllMocks());

  it('finish a batch that failed half-way when it comes again, so nothing is lost or doubled', async () => {
    const { store, events } = await districtLog();
    const prefix = `${unique('rm')}.`;
    // loaded as the services load it, only when used
    const { MongoViewStore } = await import('@tuijin/view-store-mongo');
    const views = await MongoViewStore.open(connection, { prefix });
    const bus = new MemoryEventBus();
    await new LaneProjectors(views).subscribe(bus, 'projector');
    const [head, tail] = [events.slice(0, 6), events.slice(6)];
    await bus.publish(head);

    // the batch is journalled and its documents written, but the write of its applied versions fails
    const bulkWrite = mongo.Collection.prototype.bulkWrite;
    jest.spyOn(mongo.Collection.prototype, 'bulkWrite').mockImplementation(function (
      this: mongo.Collection,
      ...args: Parameters<typeof bulkWrite>
    ) {
      if (this.collectionName === `${prefix}${APPLIED_VERSIONS}`) {
        return Promise.reject(new mongo.MongoNetworkError('connection reset'));
      }
      return bulkWrite.apply(this, args);
    });
    await expect(bus.publish(tail)).rejects.toThrow('connection reset');
    jest.restoreAllMocks();

    // the bus delivers the batch again, as Kafka does when its offset was not committed
    await bus.publish(tail);
    const rebuilt = new MemoryViewStore();
    await rebuildReadModels(store, rebuilt);
    expect(await readModelSnapshot(views)).toEqual(await readModelSnapshot(rebuilt));
    expect(await views.checkpoint('projector/all')).toBe(events.length);
    await store.close();
  });
});
