import fc from 'fast-check';
import { formatUtcIso } from './utc-iso.format';

describe('formatUtcIso', () => {
  it('writes what Date.prototype.toISOString writes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('1970-01-01'), max: Date.parse('2200-12-31') }),
        (ms) => {
          expect(formatUtcIso(ms)).toBe(new Date(ms).toISOString());
        },
      ),
      { numRuns: 2000 },
    );
    expect(formatUtcIso(Date.parse('2026-12-29T04:59:59.999Z'))).toBe('2026-12-29T04:59:59.999Z');
  });
});
