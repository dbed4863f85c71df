// A forum's working days, indexed per calendar year so that "n días hábiles after" and "next
// working day" are two array reads instead of a day-by-day walk.
import { itemAt } from '../../common/item-at';
import { asEpochDay, epochDayOf, EpochDay, isWeekend, yearOf } from '../../time/epoch-day';
import { Bilingual } from '../rule-pack.types';
import { BusinessCalendar, NonWorkingDay, NonWorkingReason } from './business.calendar';
import { HolidayYear } from './national-holidays.source';

const WEEKEND: NonWorkingReason = {
  kind: 'weekend',
  name: { en: 'weekend', es: 'fin de semana' },
};

// Holiday data is reliable only for a bounded span; outside it a date is refused, not guessed.
export const CALENDAR_MIN_YEAR = 1970;
export const CALENDAR_MAX_YEAR = 2200;

export class IndexedBusinessCalendar implements BusinessCalendar {
  private firstYear = 0;
  private lastYear = -1;
  private start = asEpochDay(0);
  /** rankBefore[i]: number of working days in [start, start + i). */
  private rankBefore = new Int32Array(0);
  /** Every working day of the covered years, in order. */
  private working = new Int32Array(0);
  private readonly special = new Map<EpochDay, NonWorkingReason>();
  private specialSorted: EpochDay[] = [];

  constructor(
    readonly id: string,
    private readonly holidaysOf: (year: number) => HolidayYear,
    private readonly closures: ReadonlyMap<
      EpochDay,
      { readonly name: Bilingual; readonly scope: 'country' | 'forum' }
    > = new Map(),
  ) {}

  isWorkingDay(day: EpochDay): boolean {
    this.cover(day);
    const i = day - this.start;
    return this.rank(i + 1) > this.rank(i);
  }

  nonWorkingReason(day: EpochDay): NonWorkingReason | undefined {
    if (isWeekend(day)) return WEEKEND;
    this.cover(day);
    return this.special.get(day);
  }

  nextWorkingDayOnOrAfter(day: EpochDay): EpochDay {
    this.cover(day);
    const rank = this.rank(day - this.start);
    while (rank >= this.working.length) this.extendTo(this.lastYear + 1);
    return asEpochDay(itemAt(this.working, rank, `${this.id} working day`));
  }

  addWorkingDays(day: EpochDay, n: number): EpochDay {
    if (!Number.isInteger(n) || n < 1) throw new RangeError('n must be a positive integer');
    this.cover(asEpochDay(day + 1));
    const target = this.rank(day + 1 - this.start) + n - 1;
    while (target >= this.working.length) this.extendTo(this.lastYear + 1);
    return asEpochDay(itemAt(this.working, target, `${this.id} working day`));
  }

  holidaysBetween(from: EpochDay, to: EpochDay): readonly NonWorkingDay[] {
    if (to <= from) return [];
    this.cover(from);
    this.cover(to);
    const days = this.specialSorted;
    let lo = 0;
    let hi = days.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (itemAt(days, mid, this.id) <= from) lo = mid + 1;
      else hi = mid;
    }
    const found: NonWorkingDay[] = [];
    for (let i = lo; i < days.length; i++) {
      const day = itemAt(days, i, this.id);
      if (day > to) break;
      const reason = this.special.get(day);
      if (reason && !isWeekend(day)) found.push({ day, reason });
    }
    return found;
  }

  /** Working days before index `i` of the cover (`cover` has made sure it is inside). */
  private rank(i: number): number {
    return itemAt(this.rankBefore, i, `${this.id} calendar cover`);
  }

  private cover(day: EpochDay): void {
    const i = day - this.start;
    if (this.lastYear >= this.firstYear && i >= 0 && i < this.rankBefore.length - 1) return;
    this.extendTo(yearOf(day));
  }

  private extendTo(year: number): void {
    if (year < CALENDAR_MIN_YEAR || year > CALENDAR_MAX_YEAR) {
      throw new RangeError(
        `Calendar ${this.id} covers ${CALENDAR_MIN_YEAR}-${CALENDAR_MAX_YEAR}, not ${year}`,
      );
    }
    const empty = this.lastYear < this.firstYear;
    const first = empty ? year : Math.min(this.firstYear, year);
    // Cover the following year too: most periods started late in a year end in the next one.
    const last = empty ? Math.min(year + 1, CALENDAR_MAX_YEAR) : Math.max(this.lastYear, year);
    this.rebuild(first, last);
  }

  private rebuild(firstYear: number, lastYear: number): void {
    for (let y = firstYear; y <= lastYear; y++) {
      if (y >= this.firstYear && y <= this.lastYear) continue;
      for (const [day, name] of this.holidaysOf(y))
        this.special.set(day, { kind: 'holiday', name });
      for (const [day, { name, scope }] of this.closures) {
        if (yearOf(day) === y && !this.special.has(day))
          this.special.set(day, { kind: 'closure', name, scope });
      }
    }
    const start = epochDayOf(firstYear, 1, 1);
    const end = epochDayOf(lastYear + 1, 1, 1);
    const rankBefore = new Int32Array(end - start + 1);
    const working: number[] = [];
    for (let d = start; d < end; d++) {
      const day = asEpochDay(d);
      const isWorking = !isWeekend(day) && !this.special.has(day);
      rankBefore[d - start + 1] = itemAt(rankBefore, d - start, this.id) + (isWorking ? 1 : 0);
      if (isWorking) working.push(d);
    }
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.start = start;
    this.rankBefore = rankBefore;
    this.working = Int32Array.from(working);
    this.specialSorted = [...this.special.keys()]
      .filter((d) => d >= start && d < end)
      .sort((a, b) => a - b);
  }
}
