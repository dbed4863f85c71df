import type { CaseloadDeadline } from '@amparo/contracts';
import { TestBed } from '@angular/core/testing';
import { TranslationService } from '../../core/i18n';
import { sameWallClock } from '../../core/time';
import { resetBrowserStorage, testNow } from '../../testing/test-providers';
import { readingOf } from '../case-shared/deadline-reading';
import { describeDeadline } from './deadline-text';

// testNow is 2026-03-02 11:00 UTC = 06:00 in Lima (UTC-5, no daylight saving).
const hours = (count: number) => count * 3_600_000;
const pasee = (overrides: Partial<CaseloadDeadline> = {}): CaseloadDeadline => ({
  id: 'd1',
  ruleId: 'pe.pasee.decision',
  title: { en: 'PASEE', es: 'PASEE' },
  kind: 'due',
  party: 'defense',
  status: 'open',
  // 13 h 42 min after now: 19:42 Lima.
  dueAt: new Date(testNow + hours(13) + 42 * 60_000).toISOString(),
  latestDueAt: null,
  overrideDueAt: null,
  recordedAt: new Date(testNow - hours(1)).toISOString(),
  timeZone: 'America/Lima',
  urgent: true,
  ruleStatus: 'verified',
  ...overrides,
});

describe('describeDeadline', () => {
  let i18n: TranslationService;
  const describeAt = (deadline: CaseloadDeadline, now: number, zone: string) =>
    describeDeadline(i18n, deadline, readingOf(deadline, now), zone);

  beforeEach(() => {
    resetBrowserStorage();
    i18n = TestBed.inject(TranslationService);
    i18n.setLanguage('en');
  });

  it('counts an hour clock down in the forum zone, with nothing more when the person is there too', () => {
    const text = describeAt(pasee(), testNow, 'America/Lima');
    expect(text.main).toBe('PASEE: 13 h 42 min left');
    expect(text.due).toBe('Due Mon, Mar 2, 7:42 PM, Lima time');
    expect(text.yours).toBeNull();
    expect(text).toMatchObject({ state: 'running', tone: 'calm', imminent: false });
  });

  it("adds the person's own time when their zone shows another time", () => {
    const summerNow = Date.parse('2026-03-10T11:00:00Z');
    const summer = describeAt(
      pasee({ dueAt: new Date(summerNow + hours(13) + 42 * 60_000).toISOString() }),
      summerNow,
      'America/New_York',
    );
    expect(summer.due).toBe('Due Tue, Mar 10, 7:42 PM, Lima time');
    expect(summer.yours).toBe('Tue, Mar 10, 8:42 PM your time (New York)');
    expect(describeAt(pasee(), testNow, 'America/New_York').yours).toBeNull();
  });

  it('says missed for the office, an opening for an authority, history for an old event', () => {
    const deadline = pasee();
    const dueMs = Date.parse(deadline.dueAt ?? '');
    expect(describeAt(deadline, dueMs - 5 * 3_600_000, 'UTC').imminent).toBe(true);
    const late = describeAt(deadline, dueMs + hours(2) + 60_000, 'America/Lima');
    expect(late).toMatchObject({ main: 'PASEE: missed 2 h 1 min ago', tone: 'missed' });
    const authority = describeAt(pasee({ party: 'authority' }), dueMs + hours(2), 'UTC');
    expect(authority).toMatchObject({ state: 'opening', tone: 'opening' });
    expect(authority.status).toBe(
      "authority's limit passed 2 h 0 min ago: the detention may be unlawful",
    );
    const old = describeAt(
      pasee({ recordedAt: new Date(dueMs + hours(1)).toISOString() }),
      dueMs + hours(2),
      'UTC',
    );
    expect(old).toMatchObject({ state: 'passed-before-recorded', tone: 'history' });
  });

  it('reads a possible range by its latest end once the earliest passed', () => {
    const range = pasee({ latestDueAt: new Date(testNow + hours(37) + 42 * 60_000).toISOString() });
    expect(describeAt(range, testNow, 'America/Lima').range).toBe(
      'Possible range: at the latest Tue, Mar 3, 7:42 PM',
    );
    const between = describeAt(range, testNow + hours(20), 'America/Lima');
    expect(between).toMatchObject({ state: 'latest-open', tone: 'warning' });
    expect(between.status).toBe('earliest reading passed; 17 h 42 min left on the latest');
  });

  it("shows a running day deadline as the forum's local date, whatever the person's zone", () => {
    // The end of Friday 6 March in Lima is already Saturday in Madrid: the forum's date counts.
    const appeal = pasee({
      title: { en: 'Appeal', es: 'Apelación' },
      dueAt: '2026-03-07T04:59:59.999Z',
      urgent: false,
    });
    const text = describeAt(appeal, testNow, 'Europe/Madrid');
    expect(text.main).toBe('Appeal: due Fri, Mar 6, 2026 (Lima)');
    expect(text.due).toBeNull();
  });

  it('speaks Spanish after the switch', () => {
    i18n.setLanguage('es');
    expect(describeAt(pasee(), testNow, 'America/Lima').main).toBe('PASEE: quedan 13 h 42 min');
  });
});

describe('time zone helpers', () => {
  it('compares wall clocks at an instant, not zone names', () => {
    expect(sameWallClock(testNow, 'America/Lima', 'America/Bogota')).toBe(true);
    expect(sameWallClock(testNow, 'America/Lima', 'America/Mexico_City')).toBe(false);
  });
});
