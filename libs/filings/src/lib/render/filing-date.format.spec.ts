// Dates print in the filing's language and the forum's zone, whatever the server's zone.
import { formatDate, formatInstant, formatInstantDate } from './filing-date.format';
import { FILING_LOCALES } from './filing-locale';

describe('filing dates', () => {
  it('prints a calendar date in Spanish and English', () => {
    expect(formatDate('2026-11-20', FILING_LOCALES.es)).toBe('20 de noviembre de 2026');
    expect(formatDate('2026-11-20', FILING_LOCALES.en)).toBe('November 20, 2026');
  });

  it("prints an instant on the forum's clock: 06:00 in Lima is 11:00 UTC", () => {
    const retained = { at: '2026-11-20T11:00:00Z', timeZone: 'America/Lima' };
    expect(formatInstant(retained, FILING_LOCALES.es)).toBe(
      '20 de noviembre de 2026, a las 06:00 horas (hora de Lima)',
    );
  });

  it('dates an instant by the local day, not the UTC day', () => {
    const lateEvening = { at: '2026-11-21T03:30:00Z', timeZone: 'America/Mexico_City' };
    expect(formatInstantDate(lateEvening, FILING_LOCALES.es)).toBe('20 de noviembre de 2026');
    expect(formatInstant(lateEvening, FILING_LOCALES.es)).toContain(
      '21:30 horas (hora de Ciudad de México)',
    );
  });

  it('refuses a malformed date instead of printing nonsense', () => {
    expect(() => formatDate('20/11/2026', FILING_LOCALES.es)).toThrow(/Invalid date/);
  });
});
