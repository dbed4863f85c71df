// Component tests run in jsdom through jest-preset-angular (ts-jest with the Angular compiler's
// transformers), zoneless like the app itself, so what passes here matches production behaviour.
const { createCjsPreset } = require('jest-preset-angular/presets');

module.exports = {
  ...createCjsPreset({ tsconfig: '<rootDir>/tsconfig.spec.json' }),
  displayName: 'client',
  rootDir: __dirname,
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // A component test renders, clicks and settles several times; with the API, integration and
  // browser suites sharing two cores, 5 s was measured too short (four timeouts in one CI run).
  // The assertions are unchanged: this only stops slowness being reported as a failure.
  testTimeout: 30_000,
  moduleNameMapper: {
    '^@amparo/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
    '^@amparo/domain$': '<rootDir>/../../libs/domain/src/index.ts',
    '^@amparo/domain/deadline-status$': '<rootDir>/../../libs/domain/src/deadline-status.ts',
  },
};
