// API integration tests over HTTP against a freshly migrated database per test file: a real
// PostgreSQL server when DATABASE_URL is set, else embedded PGlite.
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'api-integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.integration-spec.ts'],
  testTimeout: 60_000,
  maxWorkers: 2,
};
