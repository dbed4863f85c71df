// Writes how a deadline was reached, step by step, in English and Spanish, so that a person can
// check it against a calendar without trusting the software.
import { itemAt } from '../common/item-at';
import { EpochDay, isoDateOf, isoWeekdayOf } from '../time/epoch-day';
import { ForumClock, formatOffset } from '../time/forum-clock';
import { BusinessCalendar, NonWorkingReason } from './calendar/business.calendar';
import { DayReading, InstantReading, PeriodReading } from './period.calculator';
import { Bilingual, Period, PeriodUnit } from './rule-pack.types';

const WEEKDAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAYS_ES = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'];

const UNITS: Record<PeriodUnit, { en: [string, string]; es: [string, string] }> = {
  hours: { en: ['hour', 'hours'], es: ['hora', 'horas'] },
  calendarDays: { en: ['calendar day', 'calendar days'], es: ['día natural', 'días naturales'] },
  businessDays: { en: ['business day', 'business days'], es: ['día hábil', 'días hábiles'] },
  months: { en: ['month', 'months'], es: ['mes', 'meses'] },
  years: { en: ['year', 'years'], es: ['año', 'años'] },
};

export function describePeriod(period: Period): Bilingual {
  const form = period.amount === 1 ? 0 : 1;
  const unit = UNITS[period.unit];
  return { en: `${period.amount} ${unit.en[form]}`, es: `${period.amount} ${unit.es[form]}` };
}

const weekdayEn = (day: EpochDay): string => itemAt(WEEKDAYS_EN, isoWeekdayOf(day) - 1, 'weekday');
const weekdayEs = (day: EpochDay): string => itemAt(WEEKDAYS_ES, isoWeekdayOf(day) - 1, 'weekday');

export interface DerivationContext {
  readonly eventLabel: Bilingual;
  readonly eventClock: ForumClock;
  readonly forumClock: ForumClock;
  readonly calendar: BusinessCalendar;
  /** What the calendar calls its holidays: "federal holiday", "día inhábil (Ley de Amparo art. 19)". */
  readonly holidayWord: Bilingual;
}

export function describeReading(reading: PeriodReading, context: DerivationContext): Bilingual {
  return reading.kind === 'instant'
    ? describeInstant(reading, context)
    : describeDays(reading, context);
}

function describeInstant(reading: InstantReading, context: DerivationContext): Bilingual {
  const clock = context.forumClock;
  const period = describePeriod(reading.period);
  const from = clock.formatLocalWithOffset(reading.triggerMs);
  const to = `${clock.formatLocalWithOffset(reading.dueMs)} ${clock.timeZone}`;
  const startOffset = clock.offsetMsAt(reading.triggerMs);
  const endOffset = clock.offsetMsAt(reading.dueMs);
  let shiftEn = '';
  let shiftEs = '';
  if (startOffset !== endOffset) {
    const change = `UTC${formatOffset(startOffset)} to UTC${formatOffset(endOffset)}`;
    shiftEn = `; the clock changed from ${change} in between, and the period counts elapsed hours`;
    shiftEs = `; la hora oficial cambió de ${change.replace(' to ', ' a ')} en el intervalo, y el plazo cuenta horas transcurridas`;
  }
  return {
    en: `${context.eventLabel.en} ${from} + ${period.en} on the clock = ${to}${shiftEn}; hour periods do not roll over weekends or holidays.`,
    es: `${context.eventLabel.es} ${from} + ${period.es} de reloj = ${to}${shiftEs}; los plazos en horas no se trasladan por fines de semana ni feriados.`,
  };
}

function reasonText(
  reason: NonWorkingReason | undefined,
  day: EpochDay,
  context: DerivationContext,
): Bilingual {
  if (!reason || reason.kind === 'weekend') {
    return { en: 'a weekend day', es: 'fin de semana' };
  }
  if (reason.kind === 'holiday') {
    return {
      en: `a ${context.holidayWord.en} (${reason.name.en})`,
      es: `${context.holidayWord.es} (${reason.name.es})`,
    };
  }
  const closure = closureWords(reason);
  return { en: `a ${closure.en} (${reason.name.en})`, es: `${closure.es} (${reason.name.es})` };
}

/** What a closure is, so a person knows which list to check it against. */
function closureWords(reason: NonWorkingReason): Bilingual {
  return reason.scope === 'country'
    ? { en: 'public-sector non-working day', es: 'día no laborable del sector público' }
    : { en: 'closure day of the office or court', es: 'día inhábil del órgano' };
}

/** One skipped day of a business-day count, named with what kind of day it is. */
function skippedDay(
  day: EpochDay,
  reason: NonWorkingReason,
  context: DerivationContext,
): Bilingual {
  const date = isoDateOf(day);
  const what = reason.kind === 'holiday' ? context.holidayWord : closureWords(reason);
  return {
    en: `${date} ${reason.name.en} (${what.en})`,
    es: `${date} ${reason.name.es} (${what.es})`,
  };
}

function describeDays(reading: DayReading, context: DerivationContext): Bilingual {
  const period = describePeriod(reading.period);
  const trigger = isoDateOf(reading.triggerDay);
  const en: string[] = [`${context.eventLabel.en} ${trigger}`];
  const es: string[] = [`${context.eventLabel.es} ${trigger}`];
  if (reading.anchorDay !== reading.triggerDay) {
    const anchor = isoDateOf(reading.anchorDay);
    en.push(`, counted from the next business day ${weekdayEn(reading.anchorDay)} ${anchor},`);
    es.push(`, contado desde el día hábil siguiente, ${weekdayEs(reading.anchorDay)} ${anchor},`);
  }
  if (reading.mailingDays > 0) {
    en.push(` + ${reading.mailingDays} mailing days`);
    es.push(` + ${reading.mailingDays} días por correo`);
  }
  let skipped = { en: '', es: '' };
  if (reading.period.unit === 'businessDays') {
    const holidays = context.calendar
      .holidaysBetween(reading.anchorDay, reading.rawDay)
      .map((h) => skippedDay(h.day, h.reason, context));
    const listEn = holidays.map((h) => h.en).join(', ');
    const listEs = holidays.map((h) => h.es).join(', ');
    skipped = holidays.length
      ? {
          en: ` (skipping weekends and ${listEn})`,
          es: ` (sin contar fines de semana ni ${listEs})`,
        }
      : { en: ' (skipping weekends)', es: ' (sin contar fines de semana)' };
  }
  const raw = isoDateOf(reading.rawDay);
  const rawEn = `${weekdayEn(reading.rawDay)} ${raw}`;
  const rawEs = `${weekdayEs(reading.rawDay)} ${raw}`;
  en.push(` + ${period.en}${skipped.en} = ${rawEn}`);
  es.push(` + ${period.es}${skipped.es} = ${rawEs}`);
  if (reading.clamped) {
    en.push(' (that month has no such day: its last day is used)');
    es.push(' (ese mes no tiene ese día: se toma su último día)');
  }
  if (reading.dueDay !== reading.rawDay) {
    const reason = reasonText(reading.rolledBecause, reading.rawDay, context);
    const due = isoDateOf(reading.dueDay);
    en.push(`, ${reason.en} → next working day ${weekdayEn(reading.dueDay)} ${due}`);
    es.push(`, ${reason.es} → siguiente día hábil: ${weekdayEs(reading.dueDay)} ${due}`);
  }
  const zone = context.forumClock.timeZone;
  en.push(`; due by the end of that day (23:59, ${zone}).`);
  es.push(`; vence al terminar ese día (23:59, ${zone}).`);
  return { en: en.join(''), es: es.join('') };
}
