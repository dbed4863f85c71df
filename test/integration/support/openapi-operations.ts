// The operations of the API as its OpenAPI document describes them, for suites that must cover
// every route (a new route joins them without anyone listing it).
import request from 'supertest';

export interface JsonSchema {
  type?: string;
  $ref?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  allOf?: JsonSchema[];
  [keyword: string]: unknown;
}

export interface OpenApiOperation {
  /** Upper case, as in `PATCH`. */
  method: string;
  /** In the document's form: `/api/cases/{id}`. */
  path: string;
  /** `PATCH /api/cases/{id}`: how suites name an operation. */
  key: string;
  /** The JSON request body's schema with its references resolved, if the operation takes one. */
  body?: JsonSchema;
}

interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>
  >;
  components?: { schemas?: Record<string, JsonSchema> };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Every operation of the document served at `/api/openapi.json`. */
export async function openApiOperations(url: string): Promise<OpenApiOperation[]> {
  const document = (await request(url).get('/api/openapi.json').expect(200))
    .body as OpenApiDocument;
  const resolve = (
    schema: JsonSchema | undefined,
    seen = new Set<string>(),
  ): JsonSchema | undefined => {
    if (!schema?.$ref) return schema;
    const name = schema.$ref.replace('#/components/schemas/', '');
    if (seen.has(name)) return {};
    return resolve(document.components?.schemas?.[name], new Set([...seen, name]));
  };
  const operations: OpenApiOperation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS.filter((m) => item[m])) {
      const schema = item[method].requestBody?.content?.['application/json']?.schema;
      const body = resolve(schema);
      operations.push({
        method: method.toUpperCase(),
        path,
        key: `${method.toUpperCase()} ${path}`,
        ...(body ? { body } : {}),
      });
    }
  }
  return operations.sort((a, b) => a.key.localeCompare(b.key));
}

/** Whether a request body carries the version of the record it changes. */
export function isVersioned(operation: OpenApiOperation): boolean {
  return operation.body?.properties?.['version'] !== undefined;
}
