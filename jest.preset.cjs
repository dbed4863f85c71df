// Shared jest settings for every node-side project: SWC compiles TypeScript (with decorator
// metadata, which NestJS and class-validator need) far faster than ts-jest, and the module map
// mirrors the path aliases of tsconfig.base.json so tests import libraries exactly as the apps do.
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace('/', '\\/')}$`,
    path.join(__dirname, target),
  ]),
);

module.exports = {
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  moduleNameMapper,
  transform: {
    '^.+\\.(t|j|mj)s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: {
            legacyDecorator: true,
            decoratorMetadata: true,
            useDefineForClassFields: false,
          },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
  },
  // ESM-only packages are compiled to CommonJS like our own code; everything else is left as is.
  transformIgnorePatterns: ['/node_modules/(?!(temporal-polyfill|temporal-spec|temporal-utils)/)'],
};
