// Assembles the libs/filings view model from a case's own records (decrypted) plus what the
// filing form adds; never passes entities to the renderer.
import type { FilingDetailsDto } from '@amparo/contracts';
import {
  actReference,
  nationalityAdjectives,
  type FilingData,
  type FilingGender,
  type FilingInstant,
  type FilingJurisdiction,
  type FilingLanguage,
  type FilingRiskSummary,
} from '@amparo/filings';
import type { CaseEntity } from '../cases/case.entity';
import type { ClientEntity } from '../cases/client.entity';
import type { OrganizationEntity } from '../organizations/organization.entity';
import type { UserEntity } from '../organizations/user.entity';
import type { FilingFacts } from './case-filing-facts.entity';

/**
 * A timeline event as filings use it: its type and instant only. Its note (confidential) and its
 * source document's name are not carried, so no filing can print them.
 */
export interface FilingTimelineEvent {
  readonly eventType: string;
  readonly occurredAt: Date;
  readonly timeZone: string;
}

export interface FilingSources {
  readonly matter: CaseEntity;
  readonly aNumber: string | null;
  readonly client: ClientEntity;
  /** The client's address from their sealed contact details. */
  readonly clientAddress: string | null;
  /** Where the client is, from their sealed contact details (a facility when detained). */
  readonly clientLocation: string | null;
  /** The client's gender as recorded (free text), or null. */
  readonly clientGender: string | null;
  readonly organization: OrganizationEntity;
  readonly attorney: UserEntity | null;
  readonly events: readonly FilingTimelineEvent[];
  readonly facts: FilingFacts;
  /** The latest risk assessment, summarised in the filing's language. */
  readonly risk: FilingRiskSummary | undefined;
  readonly details: FilingDetailsDto;
  readonly language: FilingLanguage;
  readonly generatedAt: Date;
}

/** Which event type of each rule pack stands for the detention, the notified decision, the entry. */
const EVENT_ROLES: Record<string, { retention?: string; notification?: string; entry?: string }> = {
  PE: {
    retention: 'police-retention',
    notification: 'sanction-notification',
    entry: 'entry-into-country',
  },
  MX: {
    retention: 'migration-detention',
    notification: 'deportation-order-notification',
    entry: 'entry-into-country',
  },
  US: { notification: 'ij-decision-written-served', entry: 'last-arrival' },
};

const FILING_JURISDICTIONS: readonly string[] = ['PE', 'MX', 'US'];

const setting = (organization: OrganizationEntity, key: string): string | undefined => {
  const value = organization.settings?.[key];
  return typeof value === 'string' && value.trim() ? value : undefined;
};

const instant = (event: FilingTimelineEvent): FilingInstant => ({
  at: event.occurredAt.toISOString(),
  timeZone: event.timeZone,
});

const latest = (events: readonly FilingTimelineEvent[], type: string | undefined) =>
  type ? [...events].reverse().find((event) => event.eventType === type) : undefined;

const text = (value: string | null | undefined): string | undefined =>
  value?.trim() ? value.trim() : undefined;

const CLIENT_GENDERS: Readonly<Record<string, FilingGender>> = {
  female: 'female',
  f: 'female',
  woman: 'female',
  mujer: 'female',
  femenino: 'female',
  male: 'male',
  m: 'male',
  man: 'male',
  hombre: 'male',
  masculino: 'male',
};

const countries = (codes: readonly string[], language: FilingLanguage): string | undefined => {
  if (codes.length === 0) return undefined;
  const names = new Intl.DisplayNames([language], { type: 'region' });
  return codes.map((code) => names.of(code) ?? code).join(', ');
};

const languageName = (code: string | undefined, language: FilingLanguage) => {
  if (!code) return undefined;
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};

/**
 * The member's gender as their profile states it (titles agree with it), read defensively so the
 * mapper works before and after the profile column exists; anything else is "not stated".
 */
const genderOf = (user: UserEntity | null): FilingGender | undefined => {
  const value = (user as { gender?: unknown } | null)?.gender;
  return value === 'female' || value === 'male' || value === 'unspecified' ? value : undefined;
};

const dateIn = (at: Date, timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone }).format(at);

export function toFilingData(sources: FilingSources): FilingData {
  const { matter, client, organization, attorney, events, facts, details, language } = sources;
  const roles = EVENT_ROLES[matter.jurisdiction] ?? {};
  const retention = latest(events, roles.retention);
  const notification = latest(events, roles.notification);
  const entry = latest(events, roles.entry);
  const detained = matter.custodyStatus === 'detained';
  // The custody record's place, else the case's filing facts, else what the form typed for this
  // filing: never an event's source document ("Acta de retención…" is not a place).
  const detentionPlace =
    (detained ? text(sources.clientLocation) : undefined) ??
    text(facts.detentionPlace) ??
    text(details.detentionPlace);
  const clientGender = CLIENT_GENDERS[sources.clientGender?.trim().toLowerCase() ?? ''];
  const nationality = nationalityAdjectives(client.nationalities, language, clientGender);
  const decisionReference = text(details.decisionReference);
  return {
    generatedAt: sources.generatedAt.toISOString(),
    place: details.place ?? setting(organization, 'city') ?? '',
    organization: {
      name: organization.name,
      address: details.organizationAddress ?? setting(organization, 'address'),
      phone: setting(organization, 'phone'),
      email: setting(organization, 'email'),
    },
    attorney: {
      fullName: attorney?.name ?? '',
      gender: genderOf(attorney),
      barNumber: details.attorneyBarNumber,
      email: attorney?.email,
    },
    client: {
      fullName: [client.givenNames, client.familyNames].filter((part) => part.trim()).join(' '),
      aliases: client.aliases,
      gender: clientGender,
      nationality: nationality?.ofNationality,
      demonym: nationality?.ofPerson,
      countryOfOrigin: countries(client.nationalities.slice(0, 1), language),
      dateOfBirth:
        client.birthDatePrecision === 'day' && client.birthDate ? client.birthDate : undefined,
      identityDocument: details.clientIdentityDocument,
      language: client.languages[0],
      address: sources.clientAddress?.trim() ? sources.clientAddress : undefined,
      detentionPlace: detained ? detentionPlace : undefined,
    },
    case: {
      caseNumber: matter.reference,
      jurisdiction: (FILING_JURISDICTIONS.includes(matter.jurisdiction)
        ? matter.jurisdiction
        : 'US') as FilingJurisdiction,
      procedure: matter.procedure,
      forum: matter.forum ?? undefined,
      expediente: matter.expediente ?? undefined,
      aNumber: sources.aNumber ?? undefined,
      detained,
    },
    // Absent parts stay absent (never ""): a template prints them only where it requires or guards them.
    decision:
      decisionReference || details.decisionAuthority || details.decisionIssuedOn || notification
        ? {
            reference: decisionReference ? actReference(decisionReference) : undefined,
            authority: text(details.decisionAuthority),
            issuedOn: text(details.decisionIssuedOn),
            notifiedAt: notification ? instant(notification) : undefined,
          }
        : undefined,
    detention: retention
      ? {
          retainedAt: instant(retention),
          place: detentionPlace,
          authority: text(details.detentionAuthority),
        }
      : undefined,
    entry: entry
      ? { date: dateIn(entry.occurredAt, entry.timeZone), place: text(facts.entryPlace) }
      : undefined,
    facts: facts.facts.filter((fact) => fact.trim()),
    risk: sources.risk,
    priorMotionsToReopen: facts.priorMotionsToReopen ?? undefined,
    finalOrderBy: facts.finalOrderBy ?? undefined,
    fee:
      facts.feeWaiverRequested === null
        ? undefined
        : facts.feeWaiverRequested
          ? 'waiver-requested'
          : 'paid',
    forFiling: details.forFiling,
    declaration:
      facts.statements.length > 0
        ? {
            statements: facts.statements,
            declarantLanguage: languageName(
              facts.declarantLanguage ?? (facts.interpreterName ? client.languages[0] : undefined),
              language,
            ),
            interpreterName: facts.interpreterName ?? undefined,
          }
        : undefined,
    authorizedPersons: facts.authorizedPersons.map((person) => ({
      fullName: person.fullName,
      professionalId: person.professionalId ?? undefined,
    })),
    lateFilingReasons: facts.lateFilingReasons,
    grounds: details.grounds,
    annexes: details.annexes,
  };
}
