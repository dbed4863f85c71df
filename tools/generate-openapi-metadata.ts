// Writes apps/api/src/app/openapi/openapi-plugin.metadata.ts (npm run openapi:metadata); an API
// test fails when the committed file differs from what this would write.
import { writeFileSync } from 'node:fs';
import {
  OPENAPI_METADATA_FILE,
  renderOpenApiMetadata,
} from '../apps/api/src/app/openapi/openapi-metadata.generator';

writeFileSync(OPENAPI_METADATA_FILE, renderOpenApiMetadata());
console.log(`wrote ${OPENAPI_METADATA_FILE}`);
