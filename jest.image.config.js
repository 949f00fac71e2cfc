// `npm run test:image`: the Dockerfile's steps done without Docker (a production install in a
// clean folder, the built platform started from it as an unprivileged user). Slow: it
// compiles better-sqlite3 for the image's Node.js.
module.exports = {
  ...require('./jest.preset'),
  rootDir: __dirname,
  testMatch: ['<rootDir>/apps/image-e2e/**/*.e2e.spec.ts'],
  testTimeout: 180_000,
};
