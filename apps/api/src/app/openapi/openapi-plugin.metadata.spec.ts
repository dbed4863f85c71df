import { readFileSync } from 'node:fs';
import { OPENAPI_METADATA_FILE, renderOpenApiMetadata } from './openapi-metadata.generator';

describe('openapi-plugin.metadata.ts', () => {
  it('is up to date with the contracts and controllers (run `npm run openapi:metadata`)', () => {
    expect(readFileSync(OPENAPI_METADATA_FILE, 'utf8')).toBe(renderOpenApiMetadata());
  });
});
