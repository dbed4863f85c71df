module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'filings',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
