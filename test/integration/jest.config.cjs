// API integration tests over HTTP against a freshly migrated database per test file: a real
// PostgreSQL server when DATABASE_URL is set, else embedded PGlite. Files named
// `*.server.integration-spec.ts` test what only a real server can show (races, locks, pooling:
// PGlite has one session and serializes every transaction), so they run only with DATABASE_URL.
const SERVER_ONLY = '\\.server\\.integration-spec\\.ts$';

if (!process.env.DATABASE_URL) {
  console.log(
    'api-integration: *.server.integration-spec.ts skipped: they need a real PostgreSQL server ' +
      '(set DATABASE_URL, as .ci/run does); the embedded database serializes transactions and ' +
      'cannot show a race.',
  );
}

module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'api-integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.integration-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...(process.env.DATABASE_URL ? [] : [SERVER_ONLY])],
  // Generous: a fresh embedded database migrates and seeds in ~10 s alone; with the load average at
  // 25 an audit-trail suite's start-up was measured past 120 s.
  testTimeout: 240_000,
  maxWorkers: 2,
};
