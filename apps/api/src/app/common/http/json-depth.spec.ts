import { MAX_BODY_DEPTH, nestsDeeperThan } from './json-depth';

/** `levels` arrays (or objects) inside one another. */
function nested(levels: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < levels; i += 1) value = kind === 'array' ? [value] : { a: value };
  return value;
}

describe('nestsDeeperThan', () => {
  it.each(['array', 'object'] as const)('accepts %s bodies of exactly the limit', (kind) => {
    expect(nestsDeeperThan(nested(MAX_BODY_DEPTH, kind), MAX_BODY_DEPTH)).toBe(false);
    expect(nestsDeeperThan(nested(MAX_BODY_DEPTH + 1, kind), MAX_BODY_DEPTH)).toBe(true);
  });

  it('counts the deepest branch, not the first one', () => {
    const body = { shallow: 1, list: [1, 2, { deep: nested(MAX_BODY_DEPTH, 'object') }] };
    // body (1) → list (2) → { deep } (3) → 32 more levels
    expect(nestsDeeperThan(body, MAX_BODY_DEPTH)).toBe(true);
    expect(nestsDeeperThan(body, MAX_BODY_DEPTH + 3)).toBe(false);
  });

  it('treats scalars, null and text as no nesting at all', () => {
    for (const value of [null, undefined, 1, 'text', true]) {
      expect(nestsDeeperThan(value, 0)).toBe(false);
    }
  });

  it('walks a body far deeper than the call stack allows, without recursion', () => {
    const text = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(nestsDeeperThan(JSON.parse(text), MAX_BODY_DEPTH)).toBe(true);
  });
});
