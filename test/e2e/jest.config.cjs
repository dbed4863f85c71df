// Browser end-to-end tests: one app (as `npm start` runs it) and one Chromium for the whole run,
// started in global-setup.ts; each test file connects to the browser and opens its own contexts.
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/global-setup.ts',
  globalTeardown: '<rootDir>/global-teardown.ts',
  // One worker: the app, the browser and the tests already share two cores.
  maxWorkers: 1,
  testTimeout: 150_000,
  verbose: true,
};
