// Breaks text into lines that fit a width, marking which lines a justified paragraph stretches.

export type Measure = (text: string) => number;

export interface LaidLine {
  readonly words: readonly string[];
  /** Last line of a paragraph (or before a hard break): never stretched. */
  readonly last: boolean;
}

/** Splits a word wider than the line (a long URL, a file number) into pieces that fit. */
function splitLongWord(word: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && measure(piece + char) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

export function wrapText(text: string, width: number, measure: Measure): LaidLine[] {
  const lines: LaidLine[] = [];
  const space = measure(' ');
  for (const hardLine of text.split('\n')) {
    const words = hardLine
      .split(/\s+/)
      .filter((w) => w.length > 0)
      .flatMap((w) => (measure(w) > width ? splitLongWord(w, width, measure) : [w]));
    let current: string[] = [];
    let currentWidth = 0;
    for (const word of words) {
      const w = measure(word);
      const next = current.length === 0 ? w : currentWidth + space + w;
      if (current.length > 0 && next > width) {
        lines.push({ words: current, last: false });
        current = [word];
        currentWidth = w;
      } else {
        current.push(word);
        currentWidth = next;
      }
    }
    lines.push({ words: current, last: true });
  }
  return lines;
}

/**
 * Lines for a short label in a narrow column (a signer's name): wrapped like any text, except that
 * a closing parenthesis ("(demo)", "(art. 15)") is never left alone on the last line; the word
 * before it goes down with it.
 */
export function wrapLabel(text: string, width: number, measure: Measure): string[] {
  const lines = wrapText(text, width, measure).map((line) => [...line.words]);
  const last = lines[lines.length - 1];
  const before = lines[lines.length - 2];
  if (last?.length === 1 && last[0]?.startsWith('(') && before && before.length > 1) {
    const moved = before.pop() as string;
    const joined = `${moved} ${last[0]}`;
    if (measure(joined) <= width) last.unshift(moved);
    else before.push(moved);
  }
  return lines.map((words) => words.join(' '));
}

/** x offsets of each word so that the line fills `width` exactly (inter-word stretch). */
export function justifiedOffsets(
  words: readonly string[],
  width: number,
  measure: Measure,
): number[] {
  const natural = words.reduce((sum, w) => sum + measure(w), 0);
  const gap = words.length > 1 ? (width - natural) / (words.length - 1) : 0;
  const offsets: number[] = [];
  let x = 0;
  for (const word of words) {
    offsets.push(x);
    x += measure(word) + gap;
  }
  return offsets;
}
