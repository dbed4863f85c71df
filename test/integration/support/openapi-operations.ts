// The operations of the API as its OpenAPI document describes them, for suites that must cover
// every route (a new route joins them without anyone listing it): the race suite and the fuzz
// suite.
import request from 'supertest';

/** The subset of JSON Schema the document uses, references resolved. */
export interface JsonSchema {
  type?: string;
  $ref?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  allOf?: JsonSchema[];
  format?: string;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  [keyword: string]: unknown;
}

export interface QueryParameter {
  name: string;
  required: boolean;
  schema: JsonSchema;
}

export interface OpenApiOperation {
  /** Upper case, as in `PATCH`. */
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** In the document's form: `/api/cases/{id}`. */
  path: string;
  /** As NestJS routes it: `/api/cases/:id`. */
  route: string;
  /** `PATCH /api/cases/{id}`: how suites name an operation. */
  key: string;
  pathParameters: string[];
  query: QueryParameter[];
  /** The JSON request body's schema, if the operation takes one. */
  body?: JsonSchema;
  /** The body the operation reads, whatever its media type (the intake routes read CSV). */
  requestBody?: { contentType: string; schema: JsonSchema };
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Parameter[];
        requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
      }
    >
  >;
  components?: { schemas?: Record<string, JsonSchema> };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Every operation of the document served at `/api/openapi.json`. */
export async function openApiOperations(url: string): Promise<OpenApiOperation[]> {
  const document = (await request(url).get('/api/openapi.json').expect(200))
    .body as OpenApiDocument;
  const resolve = schemaResolver(document);
  const operations: OpenApiOperation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS.filter((m) => item[m])) {
      const operation = item[method];
      const parameters = operation.parameters ?? [];
      const [read] = Object.entries(operation.requestBody?.content ?? {});
      const requestBody = read && { contentType: read[0], schema: resolve(read[1].schema) };
      const upper = method.toUpperCase() as OpenApiOperation['method'];
      operations.push({
        method: upper,
        path,
        route: path.replace(/\{(\w+)\}/g, ':$1'),
        key: `${upper} ${path}`,
        pathParameters: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        query: parameters
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, required: p.required ?? false, schema: resolve(p.schema) })),
        ...(requestBody?.contentType === 'application/json' ? { body: requestBody.schema } : {}),
        ...(requestBody ? { requestBody } : {}),
      });
    }
  }
  return operations.sort((a, b) => a.key.localeCompare(b.key));
}

/** Whether a request body carries the version of the record it changes. */
export function isVersioned(operation: OpenApiOperation): boolean {
  return operation.body?.properties?.['version'] !== undefined;
}

/** Inlines `$ref` and merges `allOf` all the way down; a reference back to itself stays `{}`. */
function schemaResolver(document: OpenApiDocument) {
  const resolve = (schema: JsonSchema = {}, seen = new Set<string>()): JsonSchema => {
    if (schema.$ref) {
      const name = schema.$ref.replace('#/components/schemas/', '');
      if (seen.has(name)) return {};
      return resolve(document.components?.schemas?.[name], new Set([...seen, name]));
    }
    if (schema.allOf) {
      const { allOf, ...rest } = schema;
      return allOf
        .map((part) => resolve(part, seen))
        .reduce((merged, part) => ({ ...merged, ...part }), resolve(rest, seen));
    }
    const resolved: JsonSchema = { ...schema };
    if (schema.items) resolved.items = resolve(schema.items, seen);
    if (schema.properties) {
      resolved.properties = Object.fromEntries(
        Object.entries(schema.properties).map(([name, property]) => [
          name,
          resolve(property, seen),
        ]),
      );
    }
    return resolved;
  };
  return resolve;
}
