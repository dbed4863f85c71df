import { TestBed } from '@angular/core/testing';
import { TranslationService } from '../i18n';
import { formatDuration, wallTimeIn, zonedIso, zonedReadings } from './zoned-time';

describe('zoned time', () => {
  it('turns a wall time on the forum clock into ISO 8601 with its offset', () => {
    expect(zonedIso('2026-11-23', '06:00', 'America/Lima')).toBe('2026-11-23T06:00:00-05:00');
    // Daylight saving: New York is -04:00 in July and -05:00 in January.
    expect(zonedIso('2026-07-01', '09:30', 'America/New_York')).toBe('2026-07-01T09:30:00-04:00');
    expect(zonedIso('2026-01-15', '09:30', 'America/New_York')).toBe('2026-01-15T09:30:00-05:00');
    expect(zonedIso('2026-13-01', '09:30', 'America/Lima')).toBeNull();
    expect(zonedIso('2026-11-23', '', 'America/Lima')).toBeNull();
  });

  it('reads an instant back on the forum clock', () => {
    expect(wallTimeIn('2026-11-23T11:00:00Z', 'America/Lima')).toEqual({
      date: '2026-11-23',
      time: '06:00',
    });
  });

  it("shows the user's reading only when it differs from the forum's", () => {
    const i18n = TestBed.inject(TranslationService);
    i18n.setLanguage('en');
    const same = zonedReadings(i18n, '2026-11-23T11:00:00Z', 'America/Lima', 'America/Bogota');
    expect(same.local).toBeNull();
    const other = zonedReadings(i18n, '2026-11-23T11:00:00Z', 'America/Lima', 'Europe/Madrid');
    expect(other.forum).toContain('6:00');
    expect(other.local).toContain('12:00');
  });

  it('says a duration in hours and minutes, then days, never rounding time up', () => {
    const i18n = TestBed.inject(TranslationService);
    i18n.setLanguage('en');
    expect(formatDuration(i18n, (13 * 60 + 42) * 60_000 + 59_000)).toBe('13 h 42 min');
    expect(formatDuration(i18n, 9 * 60_000)).toBe('9 min');
    expect(formatDuration(i18n, (3 * 24 + 4) * 3_600_000)).toBe('3 d 4 h');
    expect(formatDuration(i18n, -125 * 60_000)).toBe('2 h 5 min');
  });
});
