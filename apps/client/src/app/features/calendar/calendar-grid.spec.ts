import { TestBed } from '@angular/core/testing';
import { TranslationService } from '../../core/i18n';
import { resetBrowserStorage } from '../../testing/test-providers';
import type { CaseDeadlineResponse } from './calendar.api';
import { byDate, toEntries } from './calendar-entries';
import {
  addDays,
  isDateKey,
  monthWeeks,
  shiftDate,
  startOfWeek,
  visibleRange,
  weekDays,
} from './calendar-grid';

describe('calendar grid', () => {
  it('covers a month with whole weeks, from Sunday or from Monday', () => {
    // March 2026 starts on a Sunday and ends on a Tuesday.
    const sunday = monthWeeks('2026-03-17', 0);
    expect(sunday).toHaveLength(5);
    expect(sunday[0][0]).toBe('2026-03-01');
    expect(sunday[4][6]).toBe('2026-04-04');
    const monday = monthWeeks('2026-03-17', 1);
    expect(monday).toHaveLength(6);
    expect(monday[0][0]).toBe('2026-02-23');
    expect(monday[5][6]).toBe('2026-04-05');
    expect(monday.every((week) => week.length === 7)).toBe(true);
  });

  it('counts days across daylight-saving changes and month ends', () => {
    // The US changes clocks on 8 March 2026: plain dates do not care.
    expect(weekDays('2026-03-09', 0)).toEqual([
      '2026-03-08',
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
      '2026-03-14',
    ]);
    expect(startOfWeek('2026-03-08', 1)).toBe('2026-03-02');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(shiftDate('2026-01-31', 'month', 1)).toBe('2026-02-28');
    expect(shiftDate('2026-03-31', 'month', -1)).toBe('2026-02-28');
    expect(shiftDate('2026-12-15', 'month', 1)).toBe('2027-01-15');
    expect(shiftDate('2026-03-02', 'week', -1)).toBe('2026-02-23');
    expect(visibleRange('2026-03-04', 'week', 1)).toEqual({
      first: '2026-03-02',
      last: '2026-03-08',
    });
  });

  it('accepts only real dates from the address', () => {
    expect(isDateKey('2026-02-28')).toBe(true);
    expect(isDateKey('2026-02-30')).toBe(false);
    expect(isDateKey('2026-2-3')).toBe(false);
    expect(isDateKey(undefined)).toBe(false);
  });
});

describe('calendar entries', () => {
  const NOW = Date.parse('2026-03-02T12:00:00Z');
  beforeEach(() => {
    resetBrowserStorage();
    TestBed.inject(TranslationService).setLanguage('en');
  });

  const deadline = (overrides: Partial<CaseDeadlineResponse>): CaseDeadlineResponse =>
    ({
      id: 'd-1',
      caseId: 'c-1',
      title: { en: 'PASEE', es: 'PASEE' },
      effectiveDueAt: '2026-03-03T04:30:00.000Z',
      latestDueAt: null,
      overridden: false,
      timeZone: 'America/Lima',
      urgent: true,
      status: 'open',
      kind: 'due',
      party: 'defense',
      dueAt: overrides.effectiveDueAt ?? '2026-03-03T04:30:00.000Z',
      recordedAt: '2026-03-01T00:00:00.000Z',
      ruleStatus: 'secondary',
      ...overrides,
    }) as CaseDeadlineResponse;

  it("places each deadline on its forum's date, with the person's time when it differs", () => {
    const i18n = TestBed.inject(TranslationService);
    // 04:30 UTC on 3 March is still 2 March, 23:30 in Lima; already 3 March in Madrid.
    const [clock] = toEntries(i18n, [deadline({})], 'Europe/Madrid', NOW);
    expect(clock.date).toBe('2026-03-02');
    expect(clock.time).toBe('11:30 PM Lima');
    expect(clock.yours).toBe('5:30 AM your time (Madrid)');
    const [day] = toEntries(
      i18n,
      [deadline({ urgent: false, effectiveDueAt: '2026-03-07T04:59:59.999Z' })],
      'Europe/Madrid',
      NOW,
    );
    expect(day.date).toBe('2026-03-06');
    expect(day.time).toBeNull();
    expect(toEntries(i18n, [deadline({ effectiveDueAt: null })], 'UTC', NOW)).toEqual([]);
  });

  it('groups entries by date in due order', () => {
    const i18n = TestBed.inject(TranslationService);
    const entries = toEntries(
      i18n,
      [
        deadline({ id: 'late', effectiveDueAt: '2026-03-02T20:00:00.000Z' }),
        deadline({ id: 'early', effectiveDueAt: '2026-03-02T14:00:00.000Z' }),
        deadline({ id: 'next', effectiveDueAt: '2026-03-04T14:00:00.000Z', latestDueAt: 'x' }),
      ],
      'America/Lima',
      NOW,
    );
    const days = byDate(entries);
    expect(days.get('2026-03-02')?.map((entry) => entry.id)).toEqual(['early', 'late']);
    expect(days.get('2026-03-04')?.[0].possibleRange).toBe(true);
  });

  it('reads each entry as every screen does: running, missed, an opening, history', () => {
    const i18n = TestBed.inject(TranslationService);
    const at = (overrides: Partial<CaseDeadlineResponse>) =>
      toEntries(i18n, [deadline(overrides)], 'UTC', NOW)[0];
    expect(at({ effectiveDueAt: '2026-03-02T20:00:00.000Z' }).state).toBe('running');
    const passed = {
      effectiveDueAt: '2026-03-02T10:00:00.000Z',
      dueAt: '2026-03-02T10:00:00.000Z',
    };
    expect(at(passed)).toMatchObject({ state: 'missed', tone: 'missed' });
    expect(at({ ...passed, party: 'authority' })).toMatchObject({
      state: 'opening',
      tone: 'opening',
    });
    expect(at({ ...passed, recordedAt: '2026-03-02T11:00:00.000Z' }).state).toBe(
      'passed-before-recorded',
    );
  });
});
