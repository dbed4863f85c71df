// Crash recovery: the built API as a child process on a real PostgreSQL server, killed with
// SIGKILL in the middle of a job and started again. Run through run.mjs (it builds the API and
// skips, saying why, without DATABASE_URL).
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'crash',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.crash-spec.ts'],
  // One file at a time: each runs the API, its jobs and PostgreSQL on the same two cores.
  maxWorkers: 1,
  testTimeout: 300_000,
  verbose: true,
};
