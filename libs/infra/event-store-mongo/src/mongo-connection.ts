import mongoose, { type Connection } from 'mongoose';

/**
 * Opens a mongoose connection the adapters share. `ignoreUndefined` keeps an absent
 * optional field absent (not null), as the in-memory store keeps it; indexes are
 * never built implicitly: each adapter creates its own at start-up.
 */
export async function connectMongo(url: string, dbName?: string): Promise<Connection> {
  const connection = mongoose.createConnection(url, {
    dbName,
    ignoreUndefined: true,
    autoIndex: false,
    autoCreate: false,
    serverSelectionTimeoutMS: 10_000,
  });
  await connection.asPromise();
  return connection;
}

/** MongoDB's duplicate-key error: the only signal the stores use to detect a conflicting write. */
export const isDuplicateKey = (error: unknown): boolean => (error as { code?: unknown })?.code === 11000;
