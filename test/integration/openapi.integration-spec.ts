// The OpenAPI document: the tests (compiled by SWC) and the webpack bundle load the same generated
// plugin metadata, so both serve the same document, request bodies described field by field.
import request from 'supertest';
import { buildApi, startBuiltApp } from './support/built-app';
import { startTestApi, type TestApi } from './support/test-api';

interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
}
interface Operation {
  requestBody?: { content: Record<string, { schema: Schema }> };
}
interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

// Building the bundle (when the sources changed) and starting it take a while on two cores.
jest.setTimeout(180_000);

describe('OpenAPI document', () => {
  let api: TestApi;
  let document: OpenApiDocument;

  beforeAll(async () => {
    api = await startTestApi();
    document = (await request(api.url).get('/api/openapi.json').expect(200)).body;
  });
  afterAll(() => api.close());

  const resolve = (schema: Schema): Schema =>
    schema.$ref ? document.components.schemas[schema.$ref.replace(/^.*\//, '')] : schema;
  const jsonBody = (path: string, method: string): Schema =>
    resolve(document.paths[path]?.[method]?.requestBody?.content['application/json']?.schema ?? {});

  it('describes each JSON request body field by field', () => {
    const bodies = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations).flatMap(([method, operation]) => {
        const json = operation.requestBody?.content['application/json'];
        return json ? [{ operation: `${method.toUpperCase()} ${path}`, schema: json.schema }] : [];
      }),
    );
    expect(bodies.length).toBeGreaterThan(20);
    const withoutFields = bodies
      .filter(({ schema }) => Object.keys(resolve(schema)?.properties ?? {}).length === 0)
      .map(({ operation }) => operation);
    expect(withoutFields).toEqual([]);

    const updateCase = jsonBody('/api/cases/{id}', 'patch');
    expect(updateCase.properties?.['version']).toMatchObject({ type: 'number', minimum: 1 });
    expect(updateCase.required).toContain('version');
    const login = jsonBody('/api/auth/login', 'post');
    expect(login.properties?.['email']).toMatchObject({ type: 'string', maxLength: 254 });
  });

  it('is the document the built bundle serves', async () => {
    buildApi();
    const built = await startBuiltApp();
    try {
      const served = await fetch(`${built.url}/api/openapi.json`);
      expect(served.status).toBe(200);
      expect(await served.json()).toEqual(document);
    } finally {
      await built.stop();
    }
  });
});
