import { inputProblem, MAX_BODY_DEPTH } from './request-input.checks';

/** `levels` arrays (or objects) inside one another. */
function nested(levels: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < levels; i += 1) value = kind === 'array' ? [value] : { a: value };
  return value;
}

describe('inputProblem', () => {
  it.each(['array', 'object'] as const)('accepts %s bodies of exactly the limit', (kind) => {
    expect(inputProblem(nested(MAX_BODY_DEPTH, kind), MAX_BODY_DEPTH)).toBeUndefined();
    expect(inputProblem(nested(MAX_BODY_DEPTH + 1, kind), MAX_BODY_DEPTH)).toBe('too-deep');
  });

  it('counts the deepest branch, not the first one', () => {
    const body = { shallow: 1, list: [1, 2, { deep: nested(MAX_BODY_DEPTH, 'object') }] };
    // body (1) → list (2) → { deep } (3) → 32 more levels
    expect(inputProblem(body, MAX_BODY_DEPTH)).toBe('too-deep');
    expect(inputProblem(body, MAX_BODY_DEPTH + 3)).toBeUndefined();
  });

  it('treats scalars, null and text as no nesting at all', () => {
    for (const value of [null, undefined, 1, 'text', true]) {
      expect(inputProblem(value, 0)).toBeUndefined();
    }
  });

  it('walks a body far deeper than the call stack allows, without recursion', () => {
    const text = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(inputProblem(JSON.parse(text), MAX_BODY_DEPTH)).toBe('too-deep');
  });

  it('finds an unpaired surrogate in any value or key, and lets pairs through', () => {
    const parsed = (json: string) => inputProblem(JSON.parse(json), MAX_BODY_DEPTH);
    expect(parsed('{"email":"\\ud800a@example.org"}')).toBe('unpaired-surrogate');
    expect(parsed('{"list":[{"name":"x\\udfff"}]}')).toBe('unpaired-surrogate');
    expect(parsed('{"\\ud83d":1}')).toBe('unpaired-surrogate');
    expect(parsed('"\\udc00"')).toBe('unpaired-surrogate');
    expect(parsed('{"name":"Nguyễn \\ud83d\\udca5 Ñuñez"}')).toBeUndefined();
  });

  it('finds a NUL character, which PostgreSQL text cannot hold, in values and keys', () => {
    expect(inputProblem({ name: 'Ana\u0000' }, MAX_BODY_DEPTH)).toBe('nul-character');
    expect(inputProblem({ q: ['a', 'b\u0000c'] }, MAX_BODY_DEPTH)).toBe('nul-character');
    expect(inputProblem({ 'a\u0000': 1 }, MAX_BODY_DEPTH)).toBe('nul-character');
    expect(inputProblem({ note: 'tab\tand\nlines stay' }, MAX_BODY_DEPTH)).toBeUndefined();
  });

  it('finds other control characters, and bidirectional overrides and isolates', () => {
    for (const control of ['\u0007', '\u001b[31m', '\u000c', '\u007f', '\u0085', '\u009b'])
      expect(inputProblem({ name: `Ana${control}` }, MAX_BODY_DEPTH)).toBe('control-character');
    for (const bidi of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2069'])
      expect(inputProblem({ aliases: [`x${bidi}y`] }, MAX_BODY_DEPTH)).toBe('bidi-control');
    // The marks right-to-left names need, and any script, stay.
    expect(
      inputProblem({ name: 'محمد\u200f عبد الله', alias: 'Ἀθηνᾶ \u200e 李' }, MAX_BODY_DEPTH),
    ).toBeUndefined();
  });
});
