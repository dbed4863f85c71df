// Turning the screening's codes (levels, pathway statuses, question ids, profile facts, legal
// bases) into words in the language shown, from the instrument and the profiles the API sent.
import type { PathwayStatus, RiskLevel } from '@amparo/domain';
import type { Language, MessageKey } from '../../core/i18n';
import { countryName } from './countries';
import type { CountryProfileResponse, LocalizedText, ScreeningInstrument } from './risk.models';

export const levelKeys = {
  low: 'risk.level.low',
  moderate: 'risk.level.moderate',
  high: 'risk.level.high',
  extreme: 'risk.level.extreme',
} as const satisfies Record<RiskLevel, MessageKey>;

export const pathwayStatusKeys = {
  open: 'risk.pathway.open',
  'possibly-barred': 'risk.pathway.possiblyBarred',
  'forum-not-verified': 'risk.pathway.forumNotVerified',
  'not-in-forum-law': 'risk.pathway.notInForumLaw',
} as const satisfies Record<PathwayStatus, MessageKey>;

/** Lookups built once per instrument and set of profiles. */
export class RiskVocabulary {
  private readonly prompts = new Map<string, LocalizedText>();
  private readonly bases = new Map<string, LocalizedText>();
  private readonly profiles = new Map<string, CountryProfileResponse>();

  constructor(instrument: ScreeningInstrument, profiles: readonly CountryProfileResponse[]) {
    for (const section of instrument.sections) {
      for (const question of section.questions) {
        this.prompts.set(question.id, question.prompt);
        for (const basis of [
          ...question.legalBasis,
          ...(question.options ?? []).flatMap((o) => o.legalBasis),
        ]) {
          this.bases.set(basis.code, basis.label);
        }
      }
    }
    for (const profile of profiles) this.profiles.set(profile.code, profile);
  }

  question(id: string, language: Language): string {
    return this.prompts.get(id)?.[language] ?? id;
  }

  legalBasis(code: string, language: Language): string {
    return this.bases.get(code)?.[language] ?? code;
  }

  profile(code: string): CountryProfileResponse | undefined {
    return this.profiles.get(code);
  }

  /**
   * A profile fact (`<CC>.<fact>[.<detail>][:<citation id>]`) as a sentence: the country, what the
   * profile records, and the document it cites with its date.
   */
  fact(fact: string, language: Language, t: (key: MessageKey) => string): string {
    const [path, citationId] = fact.split(':');
    const [code, kind, detail] = path.split('.');
    const profile = this.profiles.get(code)?.profile;
    const country = profile?.name[language] ?? countryName(code, language);
    let what: string;
    if (kind === 'riskProfile') {
      const named = profile?.riskProfiles.find((p) => p.tag === detail);
      what = `${t('risk.fact.namedProfile')} ${named?.label[language] ?? detail}`;
    } else if (kind === 'returns') {
      what = t('risk.fact.returnsAdvisedAgainst');
    } else if (kind === 'cartagenaContext') {
      what = t('risk.fact.cartagenaContext');
    } else if (kind === 'thirdCountryArrangement') {
      what = t('risk.fact.thirdCountryArrangement');
    } else {
      what = path;
    }
    const citation = citationId ? this.citation(citationId) : '';
    return `${country}: ${what}${citation ? ` (${citation})` : ''}`;
  }

  private citation(id: string): string {
    for (const { profile } of this.profiles.values()) {
      const found = profile.guidance.find((g) => g.id === id);
      if (found) return `${found.issuer}, ${found.symbol ?? found.title}, ${found.date}`;
    }
    return id;
  }
}
