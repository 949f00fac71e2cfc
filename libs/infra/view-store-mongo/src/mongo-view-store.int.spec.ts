import mongoose, { mongo, type Connection } from 'mongoose';
import { FencedError, type CheckpointWrite, type ViewWrite } from '@tuijin/application';
import { integrationServer, runViewStoreContract, uniqueName } from '@tuijin/testing';
import { MongoViewStore } from './mongo-view-store';

let connection: Connection;
beforeAll(async () => {
  connection = await mongoose
    .createConnection(integrationServer('MONGO_URL'), { dbName: uniqueName('views') })
    .asPromise();
});
afterAll(() => connection.close());

runViewStoreContract('MongoDB', async () => MongoViewStore.open(connection, { prefix: `${uniqueName('rm')}.` }));
runViewStoreContract('MongoDB, indexed', async () =>
  MongoViewStore.open(connection, {
    prefix: `${uniqueName('rm')}.`,
    collections: ['projects'],
    indexedFields: ['districtId', 'stage'],
  }),
);

const unit = (id: string, name: string, n: number) => ({ id, districtId: 'd1', name, n });

describe('MongoDB view store', () => {
  it('finishes a batch journalled by an earlier release and interrupted after its commit point', async () => {
    const prefix = `${uniqueName('rm')}.`;
    const views = await MongoViewStore.open(connection, { prefix });
    await views.commit([{ collection: 'units', doc: unit('u1', '旧名', 1) }], { name: 'projector/0', position: 3 });
    // what a projector of an earlier release that died right after journalling its batch left behind
    await connection.db!.collection(`${prefix}_checkpoints`).updateOne(
      { _id: 'projector/0' as never },
      {
        $set: {
          position: 7,
          pending: {
            batch: 'b-1',
            writes: [
              { collection: 'units', doc: unit('u1', '新名', 2) },
              { collection: 'units', doc: unit('u2', '住建局', 1) },
            ],
          },
        },
      },
    );
    const restarted = await MongoViewStore.open(connection, { prefix });
    expect(await restarted.checkpoint('projector/0')).toBe(7);
    expect(await restarted.all('units')).toEqual([unit('u1', '新名', 2), unit('u2', '住建局', 1)]);
  });

  describe('a batch interrupted after its commit point', () => {
    afterEach(() => jest.restoreAllMocks());

    /** Commits `writes` with a store that dies as it starts writing the documents, after journalling them. */
    async function interrupted(prefix: string, writes: ViewWrite[], checkpoint: CheckpointWrite): Promise<void> {
      const views = await MongoViewStore.open(connection, { prefix });
      const bulkWrite = mongo.Collection.prototype.bulkWrite;
      let died = false;
      jest.spyOn(mongo.Collection.prototype, 'bulkWrite').mockImplementation(function (
        this: mongo.Collection,
        ...args: Parameters<typeof bulkWrite>
      ) {
        if (died || this.collectionName !== `${prefix}_journal`) {
          died = true;
          return Promise.reject(new mongo.MongoNetworkError('connection reset'));
        }
        return bulkWrite.apply(this, args);
      });
      await expect(views.commit(writes, checkpoint)).rejects.toThrow('connection reset');
      jest.restoreAllMocks();
    }

    it('is finished, value for value, by whoever next reads its checkpoint', async () => {
      const prefix = `${uniqueName('rm')}.`;
      const views = await MongoViewStore.open(connection, { prefix });
      await views.commit([{ collection: 'units', doc: unit('u1', '旧名', 1) }], { name: 'projector/0', position: 3 });
      const odd = {
        ...unit('u2', '住建局', 1),
        at: new Date('2025-07-03T08:00:00Z'),
        ratio: 0.1 + 0.2,
        tags: ['甲', ''],
      };
      const project = { id: 'p1', name: '项目', reports: [{ month: '2025-06', amount: 12.5 }] };
      const writes: ViewWrite[] = [
        { collection: 'units', doc: unit('u1', '新名', 2) },
        { collection: 'units', doc: odd, created: true },
        { collection: 'projects', doc: project },
      ];
      await interrupted(prefix, writes, { name: 'projector/0', position: 7 });
      expect(await views.get('units', 'u2')).toBeUndefined();

      const restarted = await MongoViewStore.open(connection, { prefix });
      expect(await restarted.checkpoint('projector/0')).toBe(7);
      // what the same writes committed in one go store
      const whole = await MongoViewStore.open(connection, { prefix: `${uniqueName('rm')}.` });
      await whole.commit(writes, { name: 'projector/0', position: 7 });
      for (const collection of ['units', 'projects']) {
        expect(await restarted.all(collection)).toEqual(await whole.all(collection));
      }
      expect(await restarted.get('units', 'u2')).toEqual(odd);
      expect(await restarted.get('units', 'u1')).toEqual(unit('u1', '新名', 2));
    });

    it('is finished from its journal chunks when it is too large for its checkpoint', async () => {
      const prefix = `${uniqueName('rm')}.`;
      const note = '各单位'.repeat(800);
      const docs = Array.from({ length: 1234 }, (_, i) => ({
        ...unit(`u${String(i).padStart(4, '0')}`, `单位${i}`, i),
        note,
      }));
      await interrupted(
        prefix,
        docs.map((doc) => ({ collection: 'units', doc, created: true })),
        { name: 'projector/1', position: 1234 },
      );
      expect(await connection.db!.collection(`${prefix}_journal`).countDocuments()).toBeGreaterThan(1);

      const restarted = await MongoViewStore.open(connection, { prefix });
      expect(await restarted.checkpoint('projector/1')).toBe(1234);
      expect(await restarted.all('units')).toEqual(docs);
      expect(await connection.db!.collection(`${prefix}_journal`).countDocuments()).toBe(0);
    });
  });

  it('commits a batch too large for its checkpoint through the journal and leaves no journal behind', async () => {
    const prefix = `${uniqueName('rm')}.`;
    const views = await MongoViewStore.open(connection, { prefix });
    const note = '各单位'.repeat(800);
    const docs = Array.from({ length: 1234 }, (_, i) => ({
      ...unit(`u${String(i).padStart(4, '0')}`, `单位${i}`, i),
      note,
    }));
    const journalled = jest.spyOn(mongo.Collection.prototype, 'insertMany');
    await views.commit(
      docs.map((doc) => ({ collection: 'units', doc })),
      { name: 'projector/1', position: 1234 },
    );
    expect(journalled.mock.contexts.some((c) => (c as mongo.Collection).collectionName === `${prefix}_journal`)).toBe(
      true,
    );
    journalled.mockRestore();
    expect(await views.all('units')).toEqual(docs);
    expect(await views.checkpoint('projector/1')).toBe(1234);
    expect(await connection.db!.collection(`${prefix}_journal`).countDocuments()).toBe(0);
  });

  it('inserts documents marked new, and replaces one that is there after all', async () => {
    const views = await MongoViewStore.open(connection, { prefix: `${uniqueName('rm')}.` });
    await views.commit([{ collection: 'units', doc: unit('u1', '旧名', 1) }], { name: 'p', position: 1 });
    await views.commit(
      [
        { collection: 'units', doc: unit('u1', '新名', 2), created: true },
        { collection: 'units', doc: unit('u2', '住建局', 1), created: true },
      ],
      { name: 'p', position: 2 },
    );
    expect(await views.all('units')).toEqual([unit('u1', '新名', 2), unit('u2', '住建局', 1)]);
  });

  it('keeps the last of several writes of one document in a batch', async () => {
    const views = await MongoViewStore.open(connection, { prefix: `${uniqueName('rm')}.` });
    await views.commit(
      [1, 2, 3].map((n) => ({ collection: 'units', doc: unit('u1', `第${n}版`, n) })),
      { name: 'p', position: 3 },
    );
    expect(await views.get('units', 'u1')).toEqual(unit('u1', '第3版', 3));
  });
});

describe('MongoDB view store fencing', () => {
  afterEach(() => jest.restoreAllMocks());

  it('lets a writer frozen after its commit point overwrite nothing of the projector that took over', async () => {
    const prefix = `${uniqueName('rm')}.`;
    const [frozen, successor] = await Promise.all([
      MongoViewStore.open(connection, { prefix }),
      MongoViewStore.open(connection, { prefix }),
    ]);
    const lane = 'projector/t/0';
    const first = await frozen.claim(lane);
    await frozen.commit([{ collection: 'units', doc: unit('u1', '旧名', 1) }], {
      name: lane,
      position: 1,
      epoch: first,
    });

    // the frozen writer stops between its commit point and writing its documents
    let wake = () => undefined as void;
    const woken = new Promise<void>((resolve) => (wake = resolve));
    let stopped = () => undefined as void;
    const frozenMidCommit = new Promise<void>((resolve) => (stopped = resolve));
    const bulkWrite = mongo.Collection.prototype.bulkWrite;
    jest.spyOn(mongo.Collection.prototype, 'bulkWrite').mockImplementationOnce(async function (
      this: mongo.Collection,
      ...args: Parameters<typeof bulkWrite>
    ) {
      stopped();
      await woken;
      return bulkWrite.apply(this, args);
    });
    const late = frozen.commit(
      [
        { collection: 'units', doc: unit('u1', '迟到的名', 2) },
        { collection: 'units', doc: unit('u2', '住建局', 1) },
      ],
      { name: lane, position: 2, epoch: first },
    );
    await frozenMidCommit;

    // the successor finishes the committed batch on its first read, then moves on
    const second = await successor.claim(lane);
    expect(await successor.checkpoint(lane, second)).toBe(2);
    await successor.commit([{ collection: 'units', doc: unit('u1', '新名', 3) }], {
      name: lane,
      position: 3,
      epoch: second,
    });

    wake();
    const refusal = await late.catch((error: unknown) => error);
    expect(await successor.all('units')).toEqual([unit('u1', '新名', 3), unit('u2', '住建局', 1)]);
    expect(await successor.checkpoint(lane, second)).toBe(3);
    expect(refusal).toBeInstanceOf(FencedError);
  });

  it('lets the new documents of a writer frozen after its commit point overwrite nothing either', async () => {
    const prefix = `${uniqueName('rm')}.`;
    const [frozen, successor] = await Promise.all([
      MongoViewStore.open(connection, { prefix }),
      MongoViewStore.open(connection, { prefix }),
    ]);
    const lane = 'projector/t/1';
    const first = await frozen.claim(lane);

    // the frozen writer stops between its commit point and writing its documents
    let wake = () => undefined as void;
    const woken = new Promise<void>((resolve) => (wake = resolve));
    let stopped = () => undefined as void;
    const frozenMidCommit = new Promise<void>((resolve) => (stopped = resolve));
    const writer = frozen as unknown as { apply(...args: unknown[]): Promise<void> };
    const apply = writer.apply;
    jest.spyOn(writer, 'apply').mockImplementationOnce(async function (this: unknown, ...args: unknown[]) {
      stopped();
      await woken;
      return apply.apply(this, args);
    });
    const late = frozen.commit(
      [
        { collection: 'units', doc: unit('u1', '住建局', 1), created: true },
        { collection: 'units', doc: unit('u2', '交通局', 1), created: true },
      ],
      { name: lane, position: 1, epoch: first },
    );
    await frozenMidCommit;

    // the successor finishes the committed batch on its first read, then changes one of its documents
    const second = await successor.claim(lane);
    expect(await successor.checkpoint(lane, second)).toBe(1);
    await successor.commit([{ collection: 'units', doc: unit('u1', '住房城乡建设局', 2) }], {
      name: lane,
      position: 2,
      epoch: second,
    });

    wake();
    const refusal = await late.catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(FencedError);
    expect(await successor.all('units')).toEqual([unit('u1', '住房城乡建设局', 2), unit('u2', '交通局', 1)]);
    expect(await successor.checkpoint(lane, second)).toBe(2);
  });
});
