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

/**
 * Control characters no text of ours holds: C0 but tab, line feed and carriage return (notes and
 * statements have lines), DEL and C1. They hide in names and break lines of PDFs and exports.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it finds
const CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * Bidirectional embeddings, overrides and isolates (U+202A–202E, U+2066–2069) make text display
 * in another order than it is stored ("Trojan Source"): a name or a date in a filing could read
 * otherwise than it is. The marks (U+200E, U+200F, U+061C) that right-to-left names need stay.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

export type TextProblem =
  'nul-character' | 'unpaired-surrogate' | 'control-character' | 'bidi-control';

export type InputProblem = 'too-deep' | TextProblem;

/** What a person is told about each, after "The request body", "column x"... */
export const TEXT_PROBLEM_MESSAGES: Record<TextProblem, string> = {
  'nul-character': 'holds a NUL character (\\u0000), which no text may contain: remove it',
  'unpaired-surrogate':
    'holds an unpaired surrogate (\\ud800 without its pair): text must be valid Unicode',
  'control-character':
    'holds a control character (such as an escape or a form feed): remove it; only tabs and line breaks may stand in text',
  'bidi-control':
    'holds a bidirectional override or isolate (U+202A–202E, U+2066–2069), which makes text read in another order than it is written: remove it',
};

/**
 * The first problem found in parsed input: objects or arrays nested deeper than `limit` levels
 * (the input itself, when it is an object or array, is level 1), or text (a value or a key) with
 * a NUL character, an unpaired surrogate, another control character or a bidirectional control.
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

/** What is wrong with one text, if anything (a CSV cell is checked with it too). */
export function textProblem(text: string): TextProblem | undefined {
  if (text.includes(NUL)) return 'nul-character';
  if (UNPAIRED_SURROGATE.test(text)) return 'unpaired-surrogate';
  if (CONTROL.test(text)) return 'control-character';
  if (BIDI_CONTROL.test(text)) return 'bidi-control';
  return undefined;
}
