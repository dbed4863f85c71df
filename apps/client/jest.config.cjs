// Component tests run in jsdom through jest-preset-angular (ts-jest with the Angular compiler's
// transformers), zoneless like the app itself, so what passes here matches production behaviour.
const { createCjsPreset } = require('jest-preset-angular/presets');

module.exports = {
  ...createCjsPreset({ tsconfig: '<rootDir>/tsconfig.spec.json' }),
  displayName: 'client',
  rootDir: __dirname,
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  moduleNameMapper: {
    '^@amparo/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
    '^@amparo/domain$': '<rootDir>/../../libs/domain/src/index.ts',
  },
};
