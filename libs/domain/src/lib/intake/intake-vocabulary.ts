// The values an intake file may carry, each with the words people use for it in English and
// Spanish: a cell may hold the code ("at_liberty") or either label ("At liberty", "En libertad"),
// whatever its case or accents. The template's sheet of allowed values is printed from these lists.
import { ISO_COUNTRY_CODES } from '../countries/iso-country-codes.data';
import { foldForSearch } from '../people/search-fold';

export type IntakeLanguage = 'en' | 'es';

export interface AllowedValue {
  /** What is stored. */
  readonly code: string;
  readonly en: string;
  readonly es: string;
  /** Other spellings people write for it (abbreviations, the other gender in Spanish). */
  readonly also?: readonly string[];
}

/** The contracts' CUSTODY_STATUSES with their labels (a spec in the API keeps the lists equal). */
export const CUSTODY_VALUES: readonly AllowedValue[] = [
  { code: 'detained', en: 'Detained', es: 'Detenido/a', also: ['detenido', 'detenida'] },
  { code: 'released', en: 'Released', es: 'Liberado/a', also: ['liberado', 'liberada'] },
  { code: 'at_liberty', en: 'At liberty', es: 'En libertad', also: ['at liberty', 'free'] },
  { code: 'unknown', en: 'Unknown', es: 'Desconocida', also: ['desconocido', 'no se sabe'] },
];

/** The contracts' VULNERABILITIES with the labels the person form shows. */
export const VULNERABILITY_VALUES: readonly AllowedValue[] = [
  {
    code: 'unaccompanied_child',
    en: 'Unaccompanied child',
    es: 'Niña, niño o adolescente no acompañado',
    also: ['nna no acompañado', 'menor no acompañado'],
  },
  { code: 'child', en: 'Child', es: 'Niña, niño o adolescente', also: ['nna', 'menor'] },
  { code: 'lgbtiq', en: 'LGBTIQ+', es: 'LGBTIQ+', also: ['lgbti', 'lgbt'] },
  { code: 'trafficking', en: 'Survivor of trafficking', es: 'Sobreviviente de trata' },
  {
    code: 'gender_based_violence',
    en: 'Gender-based violence',
    es: 'Violencia de género',
    also: ['gbv'],
  },
  { code: 'disability', en: 'Disability', es: 'Discapacidad' },
  { code: 'indigenous', en: 'Indigenous', es: 'Indígena' },
  { code: 'elderly', en: 'Older person', es: 'Persona adulta mayor', also: ['elderly'] },
  { code: 'pregnant', en: 'Pregnant', es: 'Embarazada' },
  { code: 'detained', en: 'Detained', es: 'Detenida', also: ['detenido'] },
  { code: 'medical', en: 'Medical needs', es: 'Necesidades médicas' },
];

/** Genders the forms offer; any other answer is kept as the person states it. */
export const GENDER_VALUES: readonly AllowedValue[] = [
  { code: 'female', en: 'Female', es: 'Mujer', also: ['f', 'woman', 'femenino'] },
  { code: 'male', en: 'Male', es: 'Hombre', also: ['m', 'man', 'masculino'] },
  { code: 'non_binary', en: 'Non-binary', es: 'No binario', also: ['no binaria', 'nonbinary'] },
  {
    code: 'prefer_not_to_say',
    en: 'Prefers not to say',
    es: 'Prefiere no indicarlo',
    also: ['prefer not to say', 'prefiere no decirlo'],
  },
];

export const YES_NO_VALUES: readonly AllowedValue[] = [
  { code: 'yes', en: 'Yes', es: 'Sí', also: ['y', 'true', '1', 'x'] },
  { code: 'no', en: 'No', es: 'No', also: ['n', 'false', '0'] },
];

/**
 * Languages offered by name (ISO 639 codes), the ones legal-aid offices in the Americas meet most,
 * Indigenous languages of the region included. Another language is given by its code.
 */
export const LANGUAGE_CODES: readonly string[] = [
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
];

/** Names ICU does not know everywhere: given here so every runtime prints the same. */
const LANGUAGE_NAMES: Readonly<Record<string, { en: string; es: string }>> = {
  nah: { en: 'Nahuatl', es: 'Náhuatl' },
  quc: { en: 'Kʼicheʼ', es: 'Kʼicheʼ' },
  mam: { en: 'Mam', es: 'Mam' },
  kek: { en: 'Qʼeqchiʼ', es: 'Qʼeqchiʼ' },
  yua: { en: 'Yucatec Maya', es: 'Maya yucateco' },
  guc: { en: 'Wayuu', es: 'Wayuunaiki' },
  ht: { en: 'Haitian Creole', es: 'Criollo haitiano' },
};

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('es') + text.slice(1);

function displayName(code: string, language: IntakeLanguage, type: 'region' | 'language') {
  try {
    const name = new Intl.DisplayNames([language], { type, fallback: 'none' }).of(code);
    return name && name !== code ? capitalise(name) : undefined;
  } catch {
    return undefined;
  }
}

let languageValues: readonly AllowedValue[] | undefined;
/** The offered languages with their names in both languages. */
export function languageValuesList(): readonly AllowedValue[] {
  languageValues ??= LANGUAGE_CODES.map((code) => ({
    code,
    en: LANGUAGE_NAMES[code]?.en ?? displayName(code, 'en', 'language') ?? code,
    es: LANGUAGE_NAMES[code]?.es ?? displayName(code, 'es', 'language') ?? code,
  }));
  return languageValues;
}

/** A country's name, or its code when the runtime has no name for it. */
export function countryName(code: string, language: IntakeLanguage): string {
  return displayName(code, language, 'region') ?? code;
}

/** A language's name, or its code. */
export function languageName(code: string, language: IntakeLanguage): string {
  const offered = languageValuesList().find((value) => value.code === code);
  return offered?.[language] ?? displayName(code, language, 'language') ?? code;
}

let countryValues: readonly AllowedValue[] | undefined;
/** Every officially assigned country with its names in English and Spanish. */
export function countryValuesList(): readonly AllowedValue[] {
  countryValues ??= [...ISO_COUNTRY_CODES].sort().map((code) => ({
    code,
    en: countryName(code, 'en'),
    es: countryName(code, 'es'),
  }));
  return countryValues;
}

/** The value a cell names, by code, label in either language or another spelling; or undefined. */
export function matchValue(
  cell: string,
  values: readonly AllowedValue[],
): AllowedValue | undefined {
  const wanted = fold(cell);
  if (!wanted) return undefined;
  return values.find((value) =>
    [value.code, value.code.replace(/_/g, ' '), value.en, value.es, ...(value.also ?? [])].some(
      (word) => fold(word) === wanted,
    ),
  );
}

/** Case, accents, spacing and a trailing "/a" do not count: "Detenido/a" is "detenido/a". */
const fold = (text: string) => foldForSearch(text).replace(/\s*([/-])\s*/g, '$1');

/** "Detained / Detenido/a" style, for messages and the allowed-values sheet. */
export function describeValues(values: readonly AllowedValue[], language: IntakeLanguage): string {
  return values.map((value) => value[language]).join(', ');
}
