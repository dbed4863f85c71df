import type { AbstractControl, ValidationErrors } from '@angular/forms';
import type { CreateClientDto, DerivativeRelationship } from '@amparo/contracts';
import type { MessageKey } from '../../../core/i18n';

export type Vulnerability = NonNullable<CreateClientDto['vulnerabilities']>[number];
export type BirthDatePrecision = NonNullable<CreateClientDto['birthDatePrecision']>;

/**
 * The contracts' VULNERABILITIES with their labels, restated: a value import of @amparo/contracts
 * would bring class-validator into the bundle. `satisfies Record<…>` fails the type check when the
 * contracts' list gains or loses an entry.
 */
export const vulnerabilityKeys = {
  unaccompanied_child: 'person.vulnerability.unaccompanied_child',
  child: 'person.vulnerability.child',
  lgbtiq: 'person.vulnerability.lgbtiq',
  trafficking: 'person.vulnerability.trafficking',
  gender_based_violence: 'person.vulnerability.gender_based_violence',
  disability: 'person.vulnerability.disability',
  indigenous: 'person.vulnerability.indigenous',
  elderly: 'person.vulnerability.elderly',
  pregnant: 'person.vulnerability.pregnant',
  detained: 'person.vulnerability.detained',
  medical: 'person.vulnerability.medical',
} as const satisfies Record<Vulnerability, MessageKey>;
export const vulnerabilities = Object.keys(vulnerabilityKeys) as Vulnerability[];

export const precisionKeys = {
  day: 'person.precision.day',
  month: 'person.precision.month',
  year: 'person.precision.year',
  unknown: 'person.precision.unknown',
} as const satisfies Record<BirthDatePrecision, MessageKey>;

export const relationshipKeys = {
  spouse: 'person.relationship.spouse',
  child: 'person.relationship.child',
  parent: 'person.relationship.parent',
  sibling: 'person.relationship.sibling',
  other: 'person.relationship.other',
} as const satisfies Record<DerivativeRelationship, MessageKey>;
export const relationships = Object.keys(relationshipKeys) as DerivativeRelationship[];

/** A list typed as text: one entry per line, or separated by commas or semicolons. */
export function parseList(text: string, separators = /[\n,;]/): string[] {
  const seen = new Set<string>();
  for (const part of text.split(separators)) {
    const entry = part.trim();
    if (entry) seen.add(entry);
  }
  return [...seen];
}

/** Aliases may hold commas ("Castañeda, Yeni"): one per line only. */
export const parseAliases = (text: string): string[] => parseList(text, /\n/);

const country = /^[A-Za-z]{2}$/;
const language = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Nationalities as ISO codes (VE, HN), up to five, the API's rule. */
export function nationalitiesError(control: AbstractControl): ValidationErrors | null {
  const list = parseList(String(control.value ?? ''));
  if (list.some((code) => !country.test(code))) return { pattern: true };
  return list.length > 5 ? { tooMany: true } : null;
}

/** Language tags (es, ht, qu), up to ten. */
export function languagesError(control: AbstractControl): ValidationErrors | null {
  const list = parseList(String(control.value ?? '')).map((tag) => tag.toLowerCase());
  if (list.some((tag) => !language.test(tag))) return { pattern: true };
  return list.length > 10 ? { tooMany: true } : null;
}

/** Up to twenty aliases of at most 200 characters each. */
export function aliasesError(control: AbstractControl): ValidationErrors | null {
  const list = parseAliases(String(control.value ?? ''));
  if (list.some((alias) => alias.length > 200)) return { maxlength: true };
  return list.length > 20 ? { tooMany: true } : null;
}

/** At most `max` entries chosen (the API's limit). */
export const maxItems =
  (max: number) =>
  (control: AbstractControl): ValidationErrors | null =>
    ((control.value as unknown[] | null)?.length ?? 0) > max ? { tooMany: true } : null;

export const phonePattern = /^[+0-9 ()-]*$/;

/** The date as the API keeps it: with month or year precision, the rest is a placeholder (01). */
export function birthDateFor(date: string, precision: BirthDatePrecision): string {
  if (precision === 'month') return `${date.slice(0, 7)}-01`;
  if (precision === 'year') return `${date.slice(0, 4)}-01-01`;
  return date;
}

/** A birth date shown only as precisely as it is known. */
export function birthDateText(
  date: string | null,
  precision: BirthDatePrecision,
  format: (iso: string, options: Intl.DateTimeFormatOptions) => string,
): string | null {
  if (!date || precision === 'unknown') return null;
  const instant = `${date}T12:00:00Z`;
  if (precision === 'year') return date.slice(0, 4);
  if (precision === 'month')
    return format(instant, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  return format(instant, { dateStyle: 'long', timeZone: 'UTC' });
}
