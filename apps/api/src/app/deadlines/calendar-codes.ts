// The calendars a closure day may close: a country's (every forum of it) or a forum the rule
// packs count on (MX-COMAR), each tied to the country whose holidays it also keeps.
import { isPeriodRule, JURISDICTION_CODES, shippedRulePacks } from '@amparo/domain';

let byCode: ReadonlyMap<string, string> | undefined;

/** Calendar code → its country. */
export function calendarCountries(): ReadonlyMap<string, string> {
  if (!byCode) {
    const codes = new Map<string, string>(JURISDICTION_CODES.map((code) => [code, code]));
    for (const pack of shippedRulePacks().all())
      for (const rule of pack.rules)
        if (isPeriodRule(rule) && rule.calendar.forum)
          codes.set(rule.calendar.forum, rule.calendar.country);
    byCode = codes;
  }
  return byCode;
}

/** The calendar codes whose closures fall on this country's calendars (PE → PE; MX → MX, MX-COMAR). */
export function calendarCodesOf(country: string): string[] {
  return [...calendarCountries()].filter(([, of]) => of === country).map(([code]) => code);
}
