// `npm run test:integration`: the tests that need real servers (`*.int.spec.ts`): the
// MongoDB and Kafka adapters' contract suites and the distributed topology end to end.
// tools/integration/run.sh starts the servers and sets MONGO_URL and KAFKA_BROKERS.
module.exports = {
  ...require('./jest.preset'),
  rootDir: __dirname,
  testMatch: ['<rootDir>/{apps,libs,tools}/**/*.int.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 60_000,
  // the servers are shared: suites run one at a time so their timings stay honest
  maxWorkers: 1,
};
