// Bundles the API and its CLI with the workspace libraries; node_modules stay external.
// ts-loader (compiler: 'tsc') keeps decorator metadata, which NestJS dependency injection needs.
// OpenAPI metadata is not made here: the API loads apps/api/src/app/openapi/openapi-plugin.metadata.ts,
// generated ahead of time, so the bundle and the tests serve the same document.
const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('node:path');

module.exports = {
  mode: 'production',
  output: { path: join(__dirname, '../../dist/apps/api'), clean: true },
  devtool: 'source-map',
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      additionalEntryPoints: [{ entryName: 'cli', entryPath: './src/cli.ts' }],
      tsConfig: './tsconfig.app.json',
      outputHashing: 'none',
      optimization: false,
      sourceMap: true,
      externalDependencies: 'all',
    }),
  ],
};
