// `npm run test:e2e`: the admin app in a real browser against a real platform. Started by
// apps/admin-e2e/run-e2e.js, which builds the app, runs the platform and sets TUIJIN_E2E_URL.
module.exports = {
  ...require('./jest.preset'),
  rootDir: __dirname,
  testMatch: ['<rootDir>/apps/admin-e2e/**/*.e2e.spec.ts'],
  // One browser at a time against one platform: the tests change the data they read.
  maxWorkers: 1,
  testTimeout: 180_000,
};
