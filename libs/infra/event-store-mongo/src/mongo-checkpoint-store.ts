import type { CheckpointStore } from '@tuijin/application';
import type { Connection, mongo } from 'mongoose';

interface CheckpointDoc {
  _id: string;
  position: number;
}

/** How far a named reader (the relay) got through the log: one small document per name. */
export class MongoCheckpointStore implements CheckpointStore {
  private readonly checkpoints: mongo.Collection<CheckpointDoc>;

  constructor(connection: Connection, collection = 'checkpoints') {
    this.checkpoints = connection.db!.collection<CheckpointDoc>(collection);
  }

  async load(name: string): Promise<number> {
    return (await this.checkpoints.findOne({ _id: name }))?.position ?? 0;
  }

  async save(name: string, position: number): Promise<void> {
    await this.checkpoints.updateOne({ _id: name }, { $set: { position } }, { upsert: true });
  }
}
