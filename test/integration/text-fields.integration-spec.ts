// Every text field of every request refuses what would make text read otherwise than it is
// written: control characters and bidirectional overrides or isolates ("Trojan Source"), in any
// field, body or query string; and line breaks and tabs in a one-line field (a name, a place, a
// reference, an e-mail). The fields come from the OpenAPI document, so a new one is checked
// without anyone listing it; a field that may hold lines must be named here on purpose.
import request from 'supertest';
import { asOwner, LIMA, login, withDemoData } from './support/demo-users';
import {
  openApiOperations,
  type JsonSchema,
  type OpenApiOperation,
} from './support/openapi-operations';
import { startTestApi, type TestApi } from './support/test-api';

/** Free text with lines: notes, narratives, reasons, grounds. Everything else is one line. */
const MAY_HOLD_LINES = new Set([
  'body',
  'note',
  'evidenceNotes',
  'reason',
  'grounds',
  // Secrets are compared, never shown: the control-character check covers them.
  'password',
  'token',
  'refreshToken',
  'otp',
  'code',
  'recoveryCode',
]);

const RECORD_ID = '0d0d0d0d-0000-4000-8000-00000000d0d0';

interface TextField {
  operation: OpenApiOperation;
  /** `contact.phone`, `aliases` (each), or a query parameter's name. */
  path: string;
  where: 'body' | 'query';
  isArray: boolean;
}

describe('text fields', () => {
  let api: TestApi;
  let token: string;
  let fields: TextField[];

  beforeAll(async () => {
    api = await startTestApi();
    await withDemoData(api);
    // One member who may call every route, so that each request reaches the input checks.
    await asOwner(
      api,
      LIMA,
      `UPDATE users SET roles = '{admin,supervisor,attorney,paralegal}' WHERE email = 'admin@lima.example'`,
    );
    token = (await login(api, 'admin@lima.example')).accessToken;
    fields = (await openApiOperations(api.url)).flatMap(textFieldsOf);
  });
  afterAll(() => api.close());

  const send = (field: TextField, value: string) => {
    const url = field.operation.path.replace(/\{[^}]+\}/g, RECORD_ID);
    const method = field.operation.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch';
    const call = request(api.url)[method](url).set('Authorization', `Bearer ${token}`);
    const text = field.isArray ? [value] : value;
    return field.where === 'query'
      ? call.query({ [field.path]: value })
      : call.send(nest(field.path, text));
  };

  it('finds the text fields of the document', () => {
    expect(fields.length).toBeGreaterThan(60);
    expect(fields.map((f) => `${f.operation.key} ${f.path}`)).toEqual(
      expect.arrayContaining([
        'POST /api/clients aliases',
        'POST /api/clients contact.location',
        'GET /api/cases q',
      ]),
    );
  });

  it('refuses a bidirectional override or a control character in every text field', async () => {
    const accepted: string[] = [];
    for (const field of fields)
      for (const value of ['Ana \u202Eoiram', 'Ana\u001b[2J', 'Ana\u2066x\u2069']) {
        const response = await send(field, value);
        if (response.status !== 400 || response.body.code !== 'INPUT_INVALID_TEXT')
          accepted.push(`${field.operation.key} ${field.path} ${JSON.stringify(value)}`);
      }
    console.log(
      `Text fields checked: ${fields.length}, hostile values accepted: ${accepted.length}`,
    );
    expect(accepted).toEqual([]);
  });

  it('refuses a line break or a tab in a one-line field, naming it', async () => {
    const accepted: string[] = [];
    const oneLine = fields.filter(
      (field) => !MAY_HOLD_LINES.has(field.path.split('.').at(-1) ?? ''),
    );
    for (const field of oneLine)
      for (const value of ['Ana\nMaría', 'Ana\tMaría']) {
        const response = await send(field, value);
        const named = (response.body.details ?? []).some(
          (detail: { field?: string }) => detail.field === field.path,
        );
        if (response.status !== 400 || !named)
          accepted.push(`${field.operation.key} ${field.path} ${JSON.stringify(value)}`);
      }
    console.log(
      `One-line fields checked: ${oneLine.length}, line breaks accepted: ${accepted.length}`,
    );
    expect(accepted).toEqual([]);
  });
});

/** The string fields (free text, not a choice or a date) of an operation's body and query. */
function textFieldsOf(operation: OpenApiOperation): TextField[] {
  const found: TextField[] = [];
  const walk = (schema: JsonSchema | undefined, path: string, depth: number) => {
    if (!schema || depth > 3) return;
    if (schema.type === 'object' || schema.properties)
      for (const [name, child] of Object.entries(schema.properties ?? {}))
        walk(child, path ? `${path}.${name}` : name, depth + 1);
    else if (schema.type === 'array' && isFreeText(schema.items))
      found.push({ operation, path, where: 'body', isArray: true });
    else if (isFreeText(schema)) found.push({ operation, path, where: 'body', isArray: false });
  };
  walk(operation.body, '', 0);
  for (const parameter of operation.query)
    if (isFreeText(parameter.schema))
      found.push({ operation, path: parameter.name, where: 'query', isArray: false });
  return found;
}

function isFreeText(schema: JsonSchema | undefined): boolean {
  return schema?.type === 'string' && !schema.enum && !schema.format;
}

function nest(path: string, value: unknown): object {
  return path
    .split('.')
    .reverse()
    .reduce<unknown>((inner, key) => ({ [key]: inner }), value) as object;
}
