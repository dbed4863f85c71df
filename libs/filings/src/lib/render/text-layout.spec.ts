// Line breaking and justification, measured with a fixed-width stand-in for the font.
import { justifiedOffsets, wrapText } from './text-layout';

const mono = (text: string) => text.length * 10;

describe('wrapText', () => {
  it('breaks between words so that no line exceeds the width', () => {
    const lines = wrapText('uno dos tres cuatro cinco seis', 100, mono);
    expect(lines.map((l) => l.words.join(' '))).toEqual([
      'uno dos',
      'tres',
      'cuatro',
      'cinco seis',
    ]);
    for (const line of lines) expect(mono(line.words.join(' '))).toBeLessThanOrEqual(100);
    expect(lines.map((l) => l.last)).toEqual([false, false, false, true]);
  });

  it('honours hard line breaks and marks the line before each as last', () => {
    const lines = wrapText('a b\nc', 1000, mono);
    expect(lines).toEqual([
      { words: ['a', 'b'], last: true },
      { words: ['c'], last: true },
    ]);
  });

  it('splits a word wider than the line rather than overflowing the margin', () => {
    const lines = wrapText('https://example.org/a/very/long/path', 100, mono);
    expect(lines.every((l) => mono(l.words.join(' ')) <= 100)).toBe(true);
    expect(lines.map((l) => l.words.join('')).join('')).toBe(
      'https://example.org/a/very/long/path',
    );
  });
});

describe('justifiedOffsets', () => {
  it('spreads the words so the last one ends exactly at the width', () => {
    const words = ['uno', 'dos', 'tres'];
    const offsets = justifiedOffsets(words, 200, mono);
    expect(offsets[0]).toBe(0);
    expect(offsets[2] + mono('tres')).toBeCloseTo(200, 9);
    expect(offsets[1] - (offsets[0] + mono('uno'))).toBeCloseTo(
      offsets[2] - (offsets[1] + mono('dos')),
      9,
    );
  });
});
