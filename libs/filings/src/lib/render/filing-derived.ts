// What templates print that is decided from the data rather than entered: whether a risk level may
// be stated, titles and words that agree with a person's gender, and the facts of a US motion.
import type { FilingData, FilingRiskSummary } from '../model/filing-data.model';
import type { FilingLanguage } from '../model/filing-template.model';
import { capitalize, genderedWords } from './spanish-words';

const FILED_LEVELS: ReadonlySet<string> = new Set(['high', 'extreme']);

/**
 * The one rule for every filing but the memorandum itself: a risk level is stated to a court or
 * agency only from an assessment an attorney signed off (and who is named), and only when it is
 * high or extreme.
 */
export function riskToFile(risk: FilingRiskSummary | undefined): FilingRiskSummary | undefined {
  return risk && risk.signedOff && risk.assessedBy.trim() && FILED_LEVELS.has(risk.level)
    ? risk
    : undefined;
}

/** Forums whose law has a Cartagena-style definition (Peru: Ley 27891 art. 3(b); Mexico: LRPCAP art. 13-II). */
const CARTAGENA_FORUMS: ReadonlySet<string> = new Set(['PE', 'MX']);

const yes = (condition: boolean): true | undefined => (condition ? true : undefined);

export interface DerivedFilingData {
  readonly licensedAuthorized: readonly string[];
  readonly otherAuthorized: readonly string[];
  readonly filedRisk?: FilingRiskSummary;
  /** "Abogada", "Abogado", or "Abogado(a)" when the member's gender is not stated; "Attorney". */
  readonly attorneyTitle: string;
  /** Spanish words about the client, agreeing with their gender (detenida, refugiado…). */
  readonly clientWords: Readonly<Record<string, string>>;
  readonly cartagenaForum?: true;
  /** Mexico, detained client, attorney named: the amparo is promoted in the client's name (art. 15). */
  readonly thirdPersonFiling?: true;
  /** The client files in person (not a third-person filing). */
  readonly personalFiling?: true;
  /** Mexican filings state facts "bajo protesta de decir verdad", not "bajo juramento". */
  readonly mexicanForum?: true;
  readonly otherForum?: true;
  /** The memorandum's assessment has no attorney's sign-off (said in the memorandum). */
  readonly unsignedRisk?: true;
  readonly privileged?: true;
  readonly bia?: true;
  readonly immigrationJudge?: true;
  readonly firstMotion?: true;
  /** Prior motions to reopen, when there were any. */
  readonly priorMotions?: number;
  readonly feePaid?: true;
  readonly feeWaiver?: true;
}

export function deriveFilingData(data: FilingData, language: FilingLanguage): DerivedFilingData {
  const persons = data.authorizedPersons ?? [];
  const prior = data.priorMotionsToReopen;
  const mexico = data.case.jurisdiction === 'MX';
  const thirdPerson = mexico && data.case.detained === true && !!data.attorney.fullName.trim();
  return {
    licensedAuthorized: persons
      .filter((p) => p.professionalId)
      .map((p) => `${p.fullName} (${p.professionalId})`),
    otherAuthorized: persons.filter((p) => !p.professionalId).map((p) => p.fullName),
    filedRisk: riskToFile(data.risk),
    attorneyTitle:
      language === 'es' ? capitalize(genderedWords(data.attorney.gender).abogado) : 'Attorney',
    clientWords: genderedWords(data.client.gender),
    cartagenaForum: yes(CARTAGENA_FORUMS.has(data.case.jurisdiction)),
    thirdPersonFiling: yes(thirdPerson),
    personalFiling: yes(!thirdPerson),
    mexicanForum: yes(mexico),
    otherForum: yes(!mexico),
    unsignedRisk: yes(data.risk !== undefined && !data.risk.signedOff),
    privileged: yes(!data.forFiling),
    bia: yes(data.finalOrderBy === 'bia'),
    immigrationJudge: yes(data.finalOrderBy === 'immigration_judge'),
    firstMotion: yes(prior === 0),
    priorMotions: prior !== undefined && prior > 0 ? prior : undefined,
    feePaid: yes(data.fee === 'paid'),
    feeWaiver: yes(data.fee === 'waiver-requested'),
  };
}
