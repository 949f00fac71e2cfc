import mongoose, { mongo, type Connection } from 'mongoose';
import { FencedError } from '@tuijin/application';
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
  it('finishes a batch that was interrupted after its commit point, before anyone reads the checkpoint', async () => {
    const prefix = `${uniqueName('rm')}.`;
    const views = await MongoViewStore.open(connection, { prefix });
    await views.commit([{ collection: 'units', doc: unit('u1', '旧名', 1) }], { name: 'projector/0', position: 3 });
    // what a projector that died right after journalling its batch leaves behind
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

  it('commits a large batch through the journal and leaves no journal behind', async () => {
    const prefix = `${uniqueName('rm')}.`;
    const views = await MongoViewStore.open(connection, { prefix });
    const docs = Array.from({ length: 1234 }, (_, i) => unit(`u${String(i).padStart(4, '0')}`, `单位${i}`, i));
    await views.commit(
      docs.map((doc) => ({ collection: 'units', doc })),
      { name: 'projector/1', position: 1234 },
    );
    expect(await views.all('units')).toEqual(docs);
    expect(await views.checkpoint('projector/1')).toBe(1234);
    expect(await connection.db!.collection(`${prefix}_journal`).countDocuments()).toBe(0);
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
});
