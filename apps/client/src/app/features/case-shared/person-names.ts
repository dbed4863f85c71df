import type { ClientGender } from '@amparo/contracts';
import type { MessageKey } from '../../core/i18n';
import { type Language, localeOf } from '../../core/i18n';
import { countryName, countryOptions } from '../case-risk/countries';

export interface NamedOption {
  readonly code: string;
  readonly name: string;
}

/**
 * The languages offered by name, as the API's intake vocabulary lists them (LANGUAGE_CODES of
 * @amparo/domain, restated so the domain's runtime stays out of the bundle; a spec keeps them
 * equal). Another language keeps its code.
 */
export const offeredLanguages = [
  'es',
  'en',
  'pt',
  'fr',
  'ht',
  'qu',
  'ay',
  'gn',
  'nah',
  'quc',
  'mam',
  'kek',
  'yua',
  'guc',
  'ar',
  'zh',
  'hi',
  'bn',
  'ur',
  'ne',
  'fa',
  'ps',
  'ru',
  'uk',
  'tr',
  'vi',
  'wo',
  'am',
  'ti',
  'so',
  'ln',
  'sw',
] as const;

/** Names browsers do not all know, the same as the API's. */
const languageNames: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  nah: { en: 'Nahuatl', es: 'Náhuatl' },
  quc: { en: 'Kʼicheʼ', es: 'Kʼicheʼ' },
  mam: { en: 'Mam', es: 'Mam' },
  kek: { en: 'Qʼeqchiʼ', es: 'Qʼeqchiʼ' },
  yua: { en: 'Yucatec Maya', es: 'Maya yucateco' },
  guc: { en: 'Wayuu', es: 'Wayuunaiki' },
  ht: { en: 'Haitian Creole', es: 'Criollo haitiano' },
};

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** A language's name in the language shown ("Haitian Creole", "criollo haitiano"), else its code. */
export function languageName(code: string, language: Language): string {
  const known = languageNames[code]?.[language];
  if (known) return known;
  try {
    const name = new Intl.DisplayNames([localeOf[language]], {
      type: 'language',
      fallback: 'none',
    }).of(code);
    return name ? capitalise(name) : code;
  } catch {
    return code;
  }
}

/** The offered languages, and any other already chosen, sorted by name in the language shown. */
export function languageOptions(language: Language, chosen: readonly string[] = []): NamedOption[] {
  const collator = new Intl.Collator(localeOf[language]);
  return [...new Set([...offeredLanguages, ...chosen])]
    .map((code) => ({ code, name: languageName(code, language) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** Every country by name in the language shown. */
export function nationalityOptions(language: Language): NamedOption[] {
  return countryOptions(language);
}

/** "Haiti, Dominican Republic" from ["HT", "DO"]. */
export const countryNames = (codes: readonly string[], language: Language): string =>
  codes.map((code) => countryName(code, language)).join(', ');

/** "Haitian Creole, French" from ["ht", "fr"]. */
export const languageNamesOf = (codes: readonly string[], language: Language): string =>
  codes.map((code) => languageName(code, language)).join(', ');

/**
 * The genders the forms offer (the API's CLIENT_GENDERS); "self_described" stores the person's own
 * words, shown as they stated them, as is anything stored before the list existed.
 */
export const genderKeys = {
  female: 'person.gender.female',
  male: 'person.gender.male',
  non_binary: 'person.gender.non_binary',
  prefer_not_to_say: 'person.gender.prefer_not_to_say',
  self_described: 'person.gender.self_described',
} as const satisfies Record<ClientGender, MessageKey>;
export type KnownGender = Exclude<ClientGender, 'self_described'>;
export const knownGenders = Object.keys(genderKeys) as ClientGender[];

export const isKnownGender = (value: string | null | undefined): value is KnownGender =>
  value !== null && value !== undefined && value !== 'self_described' && value in genderKeys;

/** The form's choice for a stored gender: a listed answer, else the person's own words. */
export function genderChoice(stored: string | null | undefined): {
  gender: ClientGender | '';
  genderDescription: string;
} {
  if (!stored) return { gender: '', genderDescription: '' };
  if (isKnownGender(stored)) return { gender: stored, genderDescription: '' };
  return { gender: 'self_described', genderDescription: stored };
}
