import mongoose, { type Connection } from 'mongoose';
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
