// Every operation of the served OpenAPI document, with what a fuzzer needs to know about it: its
// path and query parameters and the schema of its body, references resolved.

/** The subset of JSON Schema the document uses. */
export interface Schema {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  format?: string;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

interface OperationObject {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: Schema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface QueryParameter {
  name: string;
  required: boolean;
  schema: Schema;
}

export interface FuzzOperation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As in the document: /api/cases/{id}. */
  path: string;
  /** As NestJS routes it: /api/cases/:id. */
  route: string;
  pathParameters: string[];
  query: QueryParameter[];
  /** The body the operation reads, when it reads one. */
  body?: { contentType: string; schema: Schema };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

export function operationsOf(document: OpenApiDocument): FuzzOperation[] {
  const resolve = schemaResolver(document);
  const operations: FuzzOperation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const parameters = operation.parameters ?? [];
      const [body] = Object.entries(operation.requestBody?.content ?? {});
      operations.push({
        method: method.toUpperCase() as FuzzOperation['method'],
        path,
        route: path.replace(/\{(\w+)\}/g, ':$1'),
        pathParameters: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        query: parameters
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, required: p.required ?? false, schema: resolve(p.schema) })),
        body: body && { contentType: body[0], schema: resolve(body[1].schema) },
      });
    }
  }
  return operations;
}

/** Inlines `$ref` and merges `allOf`, all the way down (the document's schemas are acyclic). */
function schemaResolver(document: OpenApiDocument): (schema?: Schema) => Schema {
  const resolve = (schema: Schema = {}): Schema => {
    if (schema.$ref) {
      const name = schema.$ref.replace(/^#\/components\/schemas\//, '');
      const target = document.components?.schemas?.[name];
      if (!target) throw new Error(`the document refers to a schema it lacks: ${schema.$ref}`);
      return resolve(target);
    }
    if (schema.allOf) {
      const { allOf, ...rest } = schema;
      return allOf.map(resolve).reduce((merged, part) => ({ ...merged, ...part }), resolve(rest));
    }
    const resolved: Schema = { ...schema };
    if (schema.items) resolved.items = resolve(schema.items);
    if (schema.properties) {
      resolved.properties = Object.fromEntries(
        Object.entries(schema.properties).map(([name, property]) => [name, resolve(property)]),
      );
    }
    return resolved;
  };
  return resolve;
}
