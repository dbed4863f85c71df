module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'domain',
  // Generous for property tests and PDF rendering on two shared cores; assertions are unchanged.
  testTimeout: 30_000,
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
