// The kinds of bad request the fuzz suite sends, each a fast-check arbitrary of whole HTTP
// requests built from one operation of the OpenAPI document: its path parameters filled with real
// records, a plausible body (from the schema) and then one kind of damage.
import fc from 'fast-check';
import {
  badPathSegment,
  badQueryValue,
  controlText,
  deepValue,
  extraKey,
  hugeNumber,
  overlongText,
  wrongType,
} from './hostile-values';
import type { JsonSchema, OpenApiOperation } from '../openapi-operations';
import { type Leaves, plausibleLeaves, sometimes, valueOf } from './schema-values';

export interface FuzzRequest {
  method: OpenApiOperation['method'];
  /** Path and query string, already encoded (some on purpose badly). */
  url: string;
  contentType?: string;
  body?: string;
}

export interface FuzzContext {
  /** The path parameter's value: a record of the office (never undefined once checked). */
  parameter(name: string): string;
  recordIds: readonly string[];
  /** The intake file's columns, from GET /api/intake/csv/template. */
  csvColumns: readonly string[];
}

export interface FuzzKind {
  name: string;
  /** Undefined when the kind has nothing to damage in this operation. */
  requests(
    operation: OpenApiOperation,
    context: FuzzContext,
  ): fc.Arbitrary<FuzzRequest> | undefined;
}

const JSON_TYPE = 'application/json';

const isJson = (operation: OpenApiOperation) => operation.requestBody?.contentType === JSON_TYPE;
const isCsv = (operation: OpenApiOperation) => operation.requestBody?.contentType === 'text/csv';
const readsBody = (operation: OpenApiOperation) => operation.method !== 'GET';

function pathOf(
  operation: OpenApiOperation,
  context: FuzzContext,
  replaced?: { name: string; raw: string },
): string {
  return operation.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    replaced?.name === name ? replaced.raw : encodeURIComponent(context.parameter(name)),
  );
}

/** Plausible values for the operation's query parameters (the required ones always). */
function plausibleQuery(
  operation: OpenApiOperation,
  context: FuzzContext,
): fc.Arbitrary<[string, string][]> {
  const leaves = plausibleLeaves(context.recordIds);
  const fields = Object.fromEntries(
    operation.query.map((parameter) => [parameter.name, valueOf(parameter.schema, leaves)]),
  );
  const required = operation.query.filter((p) => p.required).map((p) => p.name);
  return fc
    .record(fields, { requiredKeys: required })
    .map((values) => Object.entries(values).map(([name, value]) => [name, String(value)]));
}

const queryString = (pairs: [string, string][]) =>
  pairs.length === 0 ? '' : `?${new URLSearchParams(pairs).toString()}`;

/** A request with a JSON body built by `body` (the query plausible). */
function withJsonBody(
  operation: OpenApiOperation,
  context: FuzzContext,
  body: fc.Arbitrary<unknown>,
): fc.Arbitrary<FuzzRequest> {
  return fc.tuple(plausibleQuery(operation, context), body).map(([query, value]) => ({
    method: operation.method,
    url: pathOf(operation, context) + queryString(query),
    contentType: JSON_TYPE,
    body: value === undefined ? undefined : JSON.stringify(value),
  }));
}

/** A request with an intake file whose cells come from `cell`. */
function withCsvBody(
  operation: OpenApiOperation,
  context: FuzzContext,
  cell: fc.Arbitrary<string>,
): fc.Arbitrary<FuzzRequest> {
  const row = fc.array(cell, {
    minLength: context.csvColumns.length,
    maxLength: context.csvColumns.length,
  });
  return fc
    .tuple(plausibleQuery(operation, context), fc.array(row, { minLength: 1, maxLength: 4 }))
    .map(([query, rows]) => ({
      method: operation.method,
      url: pathOf(operation, context) + queryString(query),
      contentType: 'text/csv',
      body: [context.csvColumns, ...rows].map((cells) => cells.map(csvField).join(',')).join('\n'),
    }));
}

const csvField = (value: string) =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

const PLAUSIBLE_CELLS = fc.constantFrom(
  'PE',
  'MX',
  'US',
  'pasee-expulsion',
  'VE',
  '1990-05-01',
  '2026-11-20 06:00',
  'detained',
);

/** A body's JSON with one property (or the body itself) replaced by `value`. */
function damaged(
  operation: OpenApiOperation,
  context: FuzzContext,
  value: fc.Arbitrary<unknown>,
): fc.Arbitrary<FuzzRequest> {
  const schema = operation.requestBody?.schema ?? {};
  const names = Object.keys(schema.properties ?? {});
  const base = valueOf(schema, plausibleLeaves(context.recordIds));
  const body =
    names.length === 0
      ? value
      : fc
          .tuple(base, fc.constantFrom(...names, 'fuzz'), value)
          .map(([plain, name, bad]) => ({ ...(plain as object), [name]: bad }));
  return withJsonBody(operation, context, body);
}

/** The body's schema with every leaf possibly damaged by `hostile`. */
function everywhere(
  operation: OpenApiOperation,
  context: FuzzContext,
  hostile: Partial<Leaves>,
  csvCell: fc.Arbitrary<string>,
): fc.Arbitrary<FuzzRequest> | undefined {
  if (isCsv(operation)) return withCsvBody(operation, context, fc.oneof(PLAUSIBLE_CELLS, csvCell));
  if (!isJson(operation)) return undefined;
  const leaves = sometimes(plausibleLeaves(context.recordIds), hostile);
  return withJsonBody(operation, context, valueOf(operation.requestBody?.schema ?? {}, leaves));
}

const objectBody = (operation: OpenApiOperation): JsonSchema | undefined =>
  isJson(operation) && operation.requestBody?.schema.properties
    ? operation.requestBody.schema
    : undefined;

export const FUZZ_KINDS: readonly FuzzKind[] = [
  {
    name: 'plausible body',
    requests: (operation, context) =>
      isCsv(operation)
        ? withCsvBody(operation, context, fc.oneof(PLAUSIBLE_CELLS, fc.string({ maxLength: 20 })))
        : isJson(operation)
          ? withJsonBody(
              operation,
              context,
              valueOf(operation.requestBody?.schema ?? {}, plausibleLeaves(context.recordIds)),
            )
          : undefined,
  },
  {
    name: 'wrong types',
    requests: (operation, context) =>
      objectBody(operation) &&
      everywhere(
        operation,
        context,
        { any: (schema: JsonSchema) => wrongType(schema) },
        fc.string(),
      ),
  },
  {
    name: 'missing required fields',
    requests: (operation, context) => {
      const schema = objectBody(operation);
      const required = schema?.required ?? [];
      if (!schema || required.length === 0) return undefined;
      const body = fc
        .tuple(
          valueOf(schema, plausibleLeaves(context.recordIds)),
          fc.subarray(required, { minLength: 1 }),
        )
        .map(([plain, missing]) =>
          Object.fromEntries(
            Object.entries(plain as object).filter(([name]) => !missing.includes(name)),
          ),
        );
      return withJsonBody(operation, context, body);
    },
  },
  {
    name: 'extra fields',
    requests: (operation, context) => {
      const schema = objectBody(operation);
      if (!schema) return undefined;
      const extras = fc.array(fc.tuple(extraKey, fc.jsonValue({ maxDepth: 2 })), {
        minLength: 1,
        maxLength: 3,
      });
      const body = fc
        .tuple(valueOf(schema, plausibleLeaves(context.recordIds)), extras)
        .map(([plain, added]) => {
          const value = { ...(plain as object) };
          // defineProperty: `__proto__` must become a key of the body, not its prototype.
          for (const [key, extra] of added) {
            Object.defineProperty(value, key, {
              value: extra,
              enumerable: true,
              writable: true,
              configurable: true,
            });
          }
          return value;
        });
      return withJsonBody(operation, context, body);
    },
  },
  {
    name: 'over-long strings',
    requests: (operation, context) =>
      everywhere(operation, context, { string: overlongText }, overlongText({ maxLength: 200 })),
  },
  {
    name: 'control and bidirectional characters',
    requests: (operation, context) =>
      everywhere(operation, context, { string: () => controlText }, controlText),
  },
  {
    name: 'huge numbers',
    requests: (operation, context) =>
      everywhere(
        operation,
        context,
        { number: () => hugeNumber, any: () => hugeNumber },
        hugeNumber.map(String),
      ),
  },
  {
    name: 'deep nesting',
    requests: (operation, context) =>
      isJson(operation) ? damaged(operation, context, deepValue) : undefined,
  },
  {
    name: 'empty bodies',
    requests: (operation, context) =>
      readsBody(operation)
        ? fc
            .tuple(
              fc.constantFrom(undefined, '', ' ', '{}', '[]', 'null', '0', '"x"', 'true'),
              fc.constantFrom(
                JSON_TYPE,
                operation.requestBody?.contentType ?? JSON_TYPE,
                undefined,
              ),
            )
            .map(([body, contentType]) => ({
              method: operation.method,
              url: pathOf(operation, context),
              contentType: body === undefined ? undefined : contentType,
              body,
            }))
        : undefined,
  },
  {
    name: 'wrong content types',
    requests: (operation, context) =>
      readsBody(operation)
        ? fc
            .tuple(
              fc.constantFrom(
                'text/plain',
                'application/xml',
                'application/x-www-form-urlencoded',
                'multipart/form-data',
                'multipart/form-data; boundary=fuzz',
                'text/csv',
                'application/json; charset=latin1',
                'application/json; charset=utf-16',
                'application/octet-stream',
                'application/jsonx',
                '*/*',
                'fuzz',
              ),
              fc.constantFrom(
                '{"a":1}',
                'a=1&b=2',
                '--fuzz\r\n\r\nx\r\n--fuzz--',
                'a,b\n1,2',
                '\u0000',
              ),
            )
            .map(([contentType, body]) => ({
              method: operation.method,
              url: pathOf(operation, context),
              contentType,
              body,
            }))
        : undefined,
  },
  {
    name: 'bad path parameters',
    requests: (operation, context) =>
      operation.pathParameters.length > 0
        ? fc
            .tuple(fc.constantFrom(...operation.pathParameters), badPathSegment)
            .map(([name, raw]) => ({
              method: operation.method,
              url: pathOf(operation, context, { name, raw }),
            }))
        : undefined,
  },
  {
    name: 'bad query strings',
    requests: (operation, context) => {
      const names = [...operation.query.map((p) => p.name), 'fuzz', 'limit', '__proto__[x]'];
      const pair = fc.tuple(fc.constantFrom(...names), badQueryValue);
      const raw = fc.constantFrom('q=%E0%A4%A', 'a[b][c]=1', '&&&', '=x', 'x', '%');
      return fc
        .tuple(
          plausibleQuery(operation, context),
          fc.array(pair, { minLength: 1, maxLength: 4 }),
          raw,
        )
        .map(([plain, bad, rawPart]) => {
          const encoded = new URLSearchParams([...plain, ...bad]).toString();
          return {
            method: operation.method,
            url: `${pathOf(operation, context)}?${encoded}&${rawPart}`,
          };
        });
    },
  },
];
