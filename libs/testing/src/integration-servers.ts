/**
 * Where the real servers of the integration tests (`*.int.spec.ts`) are: set by
 * `npm run test:integration`, which starts them, or by whoever runs Jest by hand.
 */
export function integrationServer(variable: 'MONGO_URL' | 'KAFKA_BROKERS'): string {
  const value = process.env[variable];
  if (!value) {
    throw new Error(`${variable} is not set: run the integration tests with \`npm run test:integration\``);
  }
  return value;
}

/** A name no other test run uses, for a fresh database, topic or consumer group. */
export const uniqueName = (prefix: string): string =>
  `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
