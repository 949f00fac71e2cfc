import { LOGIN_LOCKOUT, type LoginAttempts, type LoginLockout } from '@tuijin/application';
import type { Connection, mongo } from 'mongoose';
import { isDuplicateKey } from './mongo-connection';

/** One document per username that failed lately: the instants of its attempts, and the last one. */
interface AttemptsDoc {
  _id: string;
  attempts: number[];
  last: number;
}

/**
 * Login attempts in MongoDB, shared by every api instance. A reservation is one update of
 * the username's document that adds an attempt only while it holds fewer than the maximum
 * (and creates the document when there is none); MongoDB applies each update to a document
 * whole, so concurrent logins on any instance never reserve more than the maximum.
 */
export class MongoLoginAttempts implements LoginAttempts {
  private readonly docs: mongo.Collection<AttemptsDoc>;

  constructor(
    connection: Connection,
    private readonly lockout: LoginLockout = LOGIN_LOCKOUT,
    collection = 'loginAttempts',
  ) {
    this.docs = connection.db!.collection<AttemptsDoc>(collection);
  }

  async reserve(username: string, now: number): Promise<{ lockedUntil?: number }> {
    const horizon = now - this.lockout.windowMs;
    await this.docs.deleteMany({ last: { $lte: horizon } });
    await this.docs.updateOne({ _id: username }, { $pull: { attempts: { $lte: horizon } } });
    const full = `attempts.${this.lockout.maxAttempts - 1}`;
    try {
      await this.docs.updateOne(
        { _id: username, [full]: { $exists: false } },
        { $push: { attempts: now }, $max: { last: now } },
        { upsert: true },
      );
      return {};
    } catch (error) {
      // the document exists and is full, so the upsert tried to create it again
      if (!isDuplicateKey(error)) throw error;
      const doc = await this.docs.findOne({ _id: username });
      return { lockedUntil: Math.min(...(doc?.attempts ?? [now])) + this.lockout.windowMs };
    }
  }

  async clear(username: string): Promise<void> {
    await this.docs.deleteOne({ _id: username });
  }
}
