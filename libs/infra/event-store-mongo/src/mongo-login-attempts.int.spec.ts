import type { Connection } from 'mongoose';
import { integrationServer, runLoginAttemptsContract, uniqueName } from '@tuijin/testing';
import { connectMongo } from './mongo-connection';
import { MongoLoginAttempts } from './mongo-login-attempts';

const connections: Connection[] = [];
const connect = async (dbName: string) => {
  const connection = await connectMongo(integrationServer('MONGO_URL'), dbName);
  connections.push(connection);
  return connection;
};
afterAll(async () => {
  for (const connection of connections) await connection.close();
});

runLoginAttemptsContract('MongoDB', async (lockout) => {
  const dbName = uniqueName('logins');
  return {
    attempts: new MongoLoginAttempts(await connect(dbName), lockout),
    openAnother: async () => new MongoLoginAttempts(await connect(dbName), lockout),
  };
});
