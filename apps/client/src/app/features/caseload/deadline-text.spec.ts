import { TestBed } from '@angular/core/testing';
import { TranslationService } from '../../core/i18n';
import { sameWallClock } from '../../core/time';
import { resetBrowserStorage, testNow } from '../../testing/test-providers';
import { describeDeadline, type NextDeadline } from './deadline-text';

// testNow is 2026-03-02 11:00 UTC = 06:00 in Lima (UTC-5, no daylight saving).
const hours = (count: number) => count * 3_600_000;
const pasee = (overrides: Partial<NextDeadline> = {}): NextDeadline => ({
  ruleId: 'pe.pasee.decision',
  title: { en: 'PASEE', es: 'PASEE' },
  // 13 h 42 min after now: 19:42 Lima.
  dueAt: new Date(testNow + hours(13) + 42 * 60_000).toISOString(),
  latestDueAt: null,
  timeZone: 'America/Lima',
  urgent: true,
  ruleStatus: 'verified',
  ...overrides,
});

describe('describeDeadline', () => {
  let i18n: TranslationService;

  beforeEach(() => {
    resetBrowserStorage();
    i18n = TestBed.inject(TranslationService);
    i18n.setLanguage('en');
  });

  it('counts an hour clock down in the forum zone, with nothing more when the person is there too', () => {
    const text = describeDeadline(i18n, pasee(), testNow, 'America/Lima');
    expect(text.main).toBe('PASEE: 13 h 42 min left, Lima time');
    expect(text.due).toBe('Due Mon, Mar 2, 7:42 PM, Lima time');
    expect(text.yours).toBeNull();
    expect(text.overdue).toBe(false);
  });

  it("adds the person's own time when their zone shows another time", () => {
    // New York is UTC-5 in winter (same as Lima) but UTC-4 from 8 March 2026.
    const winter = describeDeadline(i18n, pasee(), testNow, 'America/New_York');
    expect(winter.yours).toBeNull();
    const summerNow = Date.parse('2026-03-10T11:00:00Z');
    const summer = describeDeadline(
      i18n,
      pasee({ dueAt: new Date(summerNow + hours(13) + 42 * 60_000).toISOString() }),
      summerNow,
      'America/New_York',
    );
    expect(summer.main).toBe('PASEE: 13 h 42 min left, Lima time');
    expect(summer.due).toBe('Due Tue, Mar 10, 7:42 PM, Lima time');
    expect(summer.yours).toBe('Tue, Mar 10, 8:42 PM your time (New York)');

    const madrid = describeDeadline(i18n, pasee(), testNow, 'Europe/Madrid');
    expect(madrid.yours).toBe('Tue, Mar 3, 1:42 AM your time (Madrid)');
  });

  it('moves with the clock, never promising time that is not there, and says when it is overdue', () => {
    const deadline = pasee();
    const dueMs = Date.parse(deadline.dueAt);
    expect(describeDeadline(i18n, deadline, dueMs - 59 * 60_000 - 5_000, 'UTC').main).toBe(
      'PASEE: 59 min left, Lima time',
    );
    expect(describeDeadline(i18n, deadline, dueMs - 5 * 3_600_000, 'UTC').imminent).toBe(true);
    const late = describeDeadline(i18n, deadline, dueMs + hours(2) + 60_000, 'America/Lima');
    expect(late.main).toBe('PASEE: 2 h 1 min overdue, Lima time');
    expect(late.overdue).toBe(true);
  });

  it('flags a possible range with its latest end on the forum clock', () => {
    const text = describeDeadline(
      i18n,
      pasee({ latestDueAt: new Date(testNow + hours(37) + 42 * 60_000).toISOString() }),
      testNow,
      'America/Lima',
    );
    expect(text.range).toBe('Possible range: at the latest Tue, Mar 3, 7:42 PM');
  });

  it("shows a day deadline as the forum's local date, whatever the person's zone", () => {
    // The end of Friday 6 March in Lima is already Saturday in Madrid: the forum's date counts.
    const appeal: NextDeadline = pasee({
      title: { en: 'Appeal', es: 'Apelación' },
      dueAt: '2026-03-07T04:59:59.999Z',
      urgent: false,
    });
    const text = describeDeadline(i18n, appeal, testNow, 'Europe/Madrid');
    expect(text.main).toBe('Appeal: due Fri, Mar 6, 2026 (Lima)');
    expect(text.due).toBeNull();
  });

  it('speaks Spanish after the switch', () => {
    i18n.setLanguage('es');
    const text = describeDeadline(i18n, pasee(), testNow, 'America/Lima');
    expect(text.main).toBe('PASEE: quedan 13 h 42 min, hora de Lima');
  });
});

describe('time zone helpers', () => {
  it('compares wall clocks at an instant, not zone names', () => {
    expect(sameWallClock(testNow, 'America/Lima', 'America/Bogota')).toBe(true);
    expect(sameWallClock(testNow, 'America/Lima', 'America/Mexico_City')).toBe(false);
  });
});
