// What the parsers accept but the rest of the pipeline cannot take, found in one walk of a parsed
// body (or query string, or path parameters). The walk keeps its own stack: validation and
// transformation recurse, so a body nested thousands of levels deep (200 KB of `[`) would
// overflow theirs.

/** The most levels a request body may nest: far beyond any body the API reads. */
export const MAX_BODY_DEPTH = 32;

/** PostgreSQL's text and jsonb cannot hold U+0000: the driver's error became a 500. */
const NUL = '\u0000';

/**
 * A `\ud800`-style escape without its pair is valid JSON but not Unicode text: validator.js
 * throws on it (its e-mail check runs encodeURI), and no column should hold it.
 */
const UNPAIRED_SURROGATE = /\p{Cs}/u;

export type InputProblem = 'too-deep' | 'nul-character' | 'unpaired-surrogate';

/**
 * The first problem found in parsed input: objects or arrays nested deeper than `limit` levels
 * (the input itself, when it is an object or array, is level 1), or text (a value or a key) with
 * a NUL character or an unpaired surrogate.
 */
export function inputProblem(value: unknown, limit: number): InputProblem | undefined {
  const pending: Array<[unknown, number]> = [[value, 1]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [current, depth] = next;
    if (typeof current === 'string') {
      const problem = textProblem(current);
      if (problem) return problem;
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (depth > limit) return 'too-deep';
    for (const [key, child] of Object.entries(current)) {
      const problem = textProblem(key);
      if (problem) return problem;
      pending.push([child, depth + 1]);
    }
  }
  return undefined;
}

function textProblem(text: string): InputProblem | undefined {
  if (text.includes(NUL)) return 'nul-character';
  if (UNPAIRED_SURROGATE.test(text)) return 'unpaired-surrogate';
  return undefined;
}
