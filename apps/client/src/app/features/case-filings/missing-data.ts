// Where each item a filing needs is entered: a field of the filing form itself (data the case's
// records do not hold yet, sent as `details` with this generation), or a tab of the case page.
import type { MessageKey } from '../../core/i18n';
import type { FilingDetails, FilingLanguage, FilingTemplate } from './filings.models';

/** Template fields typed on the filing form, by the `details` key the API reads them from. */
export const detailFieldOf: Readonly<Record<string, keyof FilingDetails>> = {
  place: 'place',
  'organization.address': 'organizationAddress',
  'attorney.barNumber': 'attorneyBarNumber',
  'client.identityDocument': 'clientIdentityDocument',
  'decision.reference': 'decisionReference',
  'decision.authority': 'decisionAuthority',
  'decision.issuedOn': 'decisionIssuedOn',
  'detention.place': 'detentionPlace',
  // The custody record or the filing facts give it first; the form's field is the last resort.
  'client.detentionPlace': 'detentionPlace',
  'detention.authority': 'detentionAuthority',
  grounds: 'grounds',
  annexes: 'annexes',
};

/** The detail fields in the order the form shows them, with their labels. */
export const detailFields = [
  ['place', 'filings.detail.place'],
  ['organizationAddress', 'filings.detail.organizationAddress'],
  ['attorneyBarNumber', 'filings.detail.attorneyBarNumber'],
  ['clientIdentityDocument', 'filings.detail.clientIdentityDocument'],
  ['decisionReference', 'filings.detail.decisionReference'],
  ['decisionAuthority', 'filings.detail.decisionAuthority'],
  ['decisionIssuedOn', 'filings.detail.decisionIssuedOn'],
  ['detentionPlace', 'filings.detail.detentionPlace'],
  ['detentionAuthority', 'filings.detail.detentionAuthority'],
  ['grounds', 'filings.detail.grounds'],
  ['annexes', 'filings.detail.annexes'],
] as const satisfies readonly (readonly [keyof FilingDetails, MessageKey])[];

export type DetailKey = (typeof detailFields)[number][0];

/** The API's `section` of a missing item, named for people. */
export const sectionKeys: Readonly<Record<string, MessageKey>> = {
  filing: 'filings.section.filing',
  organization: 'filings.section.organization',
  attorney: 'filings.section.attorney',
  client: 'filings.section.client',
  case: 'filings.section.case',
  decision: 'filings.section.decision',
  timeline: 'filings.section.timeline',
  risk: 'filings.section.risk',
  'filing-facts': 'filings.section.filingFacts',
};

/**
 * The case-page tab where a section's data is entered (relative to the case page), or null when
 * it is entered outside the case (the office's settings) or nowhere in the app yet.
 */
export const sectionTabs: Readonly<Record<string, string | null>> = {
  client: 'overview',
  case: 'overview',
  attorney: 'overview',
  timeline: 'timeline',
  risk: 'risk',
  decision: 'timeline',
  'filing-facts': 'filing-facts',
  organization: null,
  filing: null,
};

/** Detail fields typed as lists: grounds one paragraph each (blank line between), exhibits one per line. */
export const LIST_DETAILS: ReadonlySet<DetailKey> = new Set<DetailKey>(['grounds', 'annexes']);

/** The detail fields a template needs in a language, in the form's order. */
export function detailsNeeded(
  template: FilingTemplate | null,
  language: FilingLanguage,
): DetailKey[] {
  const required = template?.requiredData[language] ?? [];
  const keys = new Set(required.map((r) => detailFieldOf[r.field]).filter(Boolean));
  return detailFields.map(([key]) => key).filter((key) => keys.has(key));
}

/** The `details` of a request from what was typed: blank fields left out, lists split. */
export function detailsBody(
  keys: readonly DetailKey[],
  typed: Partial<Record<DetailKey, string>>,
): FilingDetails | undefined {
  const body: Record<string, string | string[]> = {};
  for (const key of keys) {
    const value = (typed[key] ?? '').trim();
    if (!value) continue;
    body[key] = LIST_DETAILS.has(key)
      ? value
          .split(key === 'grounds' ? /\n\s*\n/ : /\n/)
          .map((part) => part.trim())
          .filter(Boolean)
      : value;
  }
  return Object.keys(body).length > 0 ? (body as FilingDetails) : undefined;
}

/** The kept details as the form's text: grounds one paragraph each (blank line between), exhibits one per line. */
export function detailsText(details: FilingDetails): Partial<Record<DetailKey, string>> {
  const text: Partial<Record<DetailKey, string>> = {};
  for (const [key] of detailFields) {
    const value = details[key];
    if (Array.isArray(value)) text[key] = value.join(key === 'grounds' ? '\n\n' : '\n');
    else if (typeof value === 'string') text[key] = value;
  }
  return text;
}
