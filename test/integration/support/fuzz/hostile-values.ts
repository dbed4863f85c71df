// Values that have broken APIs before: wrong types, text too long for a column, characters that
// PostgreSQL refuses or that reorder what a reader sees, numbers no column holds, nesting deeper
// than any body should.
import fc from 'fast-check';
import type { JsonSchema } from '../openapi-operations';

/** C0 controls (NUL included: PostgreSQL text cannot hold it), DEL, C1 controls. */
const CONTROLS = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u001b', '\u007f', '\u0085'];
/** Bidirectional overrides and isolates (a name that reads backwards), and invisible marks. */
const BIDI = ['\u202e', '\u202d', '\u202a', '\u2066', '\u2067', '\u2068', '\u2069', '\u200f'];
/** Surrogates without their pair, a byte-order mark, a non-character, line separators. */
const ODD = ['\ud800', '\udfff', '\ufeff', '\uffff', '\u2028', '\u2029', '\u{1f4a5}'];

const hostileCharacter = fc.constantFrom(...CONTROLS, ...BIDI, ...ODD);

/** A plausible string with control, bidirectional or unpaired characters worked in. */
export const controlText: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.string({ maxLength: 6 }), hostileCharacter), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(''));

/** Just over the schema's limit, or far over any limit (but under the 1 MB body limit). */
export function overlongText(schema: JsonSchema): fc.Arbitrary<string> {
  const lengths = [257, 10_001, 100_000];
  if (schema.maxLength !== undefined) lengths.unshift(schema.maxLength + 1);
  return fc
    .tuple(fc.constantFrom(...lengths), fc.constantFrom('x', 'ñ', '\u{1f4a5}', '\u202e'))
    .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));
}

/** Numbers at and beyond what JSON, JavaScript and PostgreSQL integers hold, and lookalikes. */
export const hugeNumber: fc.Arbitrary<unknown> = fc.constantFrom(
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  -0,
  2 ** 31,
  2 ** 63,
  -(2 ** 63),
  Number.MAX_SAFE_INTEGER + 2,
  0.5,
  -1,
  1e21,
  'NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  '0x10',
  '9'.repeat(400),
  '',
);

/** Something of another type than the schema says. */
export function wrongType(schema: JsonSchema): fc.Arbitrary<unknown> {
  const others: Record<string, unknown[]> = {
    string: [0, 12345, true, null, {}, [], ['a'], { $ne: '' }],
    number: ['1', 'abc', true, null, {}, [], [1], '1e3'],
    integer: ['1', 1.5, true, null, {}, []],
    boolean: ['true', 'false', 1, 0, null, {}, []],
    array: ['a', 1, true, null, {}, [null], [[]], [{}]],
    object: ['a', 1, true, null, [], [{}]],
  };
  return fc.constantFrom(...(others[schema.type ?? 'object'] ?? others['object']));
}

/** Objects or arrays inside one another, up to and past the 32 levels the API accepts. */
export const deepValue: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 2, max: 45 }), fc.boolean())
  .map(([levels, arrays]) => {
    let value: unknown = 'leaf';
    for (let level = 0; level < levels; level += 1) value = arrays ? [value] : { a: value };
    return value;
  });

/** Keys a careless server might act on, or that break objects built from input. */
export const extraKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'isAdmin',
    'organizationId',
    'id',
    'version ',
    '',
    '\u202eevil',
  ),
  fc.string({ minLength: 1, maxLength: 12 }),
);

/** Path segments that name no record: other formats, encodings, traversal, huge, hostile. */
export const badPathSegment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '0',
    '-1',
    '1e308',
    'null',
    'undefined',
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    // a UUID of version 1
    'c232ab00-9414-11ec-b3c8-9f68deced846',
    '%00',
    '%E0%A4%A',
    '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '..%252f',
    '%F0%9F%92%A5',
    'x'.repeat(5_000),
    "1' OR '1'='1",
  ),
  controlText.map(percentEncoded),
  fc.uuid({ version: 4 }),
);

/** A query string value of any of the kinds above. */
export const badQueryValue: fc.Arbitrary<string> = fc.oneof(
  controlText,
  hugeNumber.map(String),
  fc.constantFrom('', 'true', 'null', '[]', '{}', '-1', '0', 'x'.repeat(10_000)),
  fc.string(),
);

/** Every byte percent-encoded (unpaired surrogates as U+FFFD, which encodeURIComponent refuses). */
function percentEncoded(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) => `%${byte.toString(16).padStart(2, '0')}`)
    .join('');
}
