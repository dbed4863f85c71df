// What the body parser accepts but the rest of the pipeline cannot take, found in one walk of the
// parsed body. The walk keeps its own stack: validation and transformation recurse, so a body
// nested thousands of levels deep (200 KB of `[`) would overflow theirs.

/** The most levels a request body may nest: far beyond any body the API reads. */
export const MAX_BODY_DEPTH = 32;

/**
 * A `\ud800`-style escape without its pair is valid JSON but not Unicode text: validator.js
 * throws on it (its e-mail check runs encodeURI), and no column should hold it.
 */
const UNPAIRED_SURROGATE = /\p{Cs}/u;

export type JsonBodyProblem = 'too-deep' | 'unpaired-surrogate';

/**
 * The first problem found in a parsed body: objects or arrays nested deeper than `limit` levels
 * (the body itself, when it is an object or array, is level 1), or text (a value or a key) with
 * an unpaired surrogate.
 */
export function jsonBodyProblem(value: unknown, limit: number): JsonBodyProblem | undefined {
  const pending: Array<[unknown, number]> = [[value, 1]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [current, depth] = next;
    if (typeof current === 'string') {
      if (UNPAIRED_SURROGATE.test(current)) return 'unpaired-surrogate';
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (depth > limit) return 'too-deep';
    for (const [key, child] of Object.entries(current)) {
      if (UNPAIRED_SURROGATE.test(key)) return 'unpaired-surrogate';
      pending.push([child, depth + 1]);
    }
  }
  return undefined;
}
