import { type Language, localeOf } from '../../core/i18n';

export interface CountryOption {
  code: string;
  name: string;
}

/**
 * Codes the browser's Intl data names that are not officially assigned ISO 3166-1 alpha-2 codes
 * (reserved, historic, regions, pseudo-locales): the API refuses them, so the list leaves them out.
 * A spec checks the result against ISO_COUNTRY_CODES of @amparo/domain, whose runtime code (with its
 * date library) stays out of the client bundle.
 */
const NOT_ASSIGNED = new Set(
  'AC AN BU CP CQ CS DD DG DY EA EU EZ FX HV IC NH QO RH SU TA TP UK UN VD XA XB XK YD YU ZR ZZ'.split(
    ' ',
  ),
);

let codes: string[] | null = null;

/** Every officially assigned code, found once from the browser's region names. */
export function countryCodes(): readonly string[] {
  if (!codes) {
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    codes = [];
    for (let first = 65; first <= 90; first++) {
      for (let second = 65; second <= 90; second++) {
        const code = String.fromCharCode(first, second);
        if (!NOT_ASSIGNED.has(code) && names.of(code)) codes.push(code);
      }
    }
  }
  return codes;
}

/** Every country an answer may name, in the language shown, sorted by that name. */
export function countryOptions(language: Language): CountryOption[] {
  const names = new Intl.DisplayNames([localeOf[language]], { type: 'region' });
  const collator = new Intl.Collator(localeOf[language]);
  return countryCodes()
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** A country's name in the language shown, its code when the browser does not know it. */
export function countryName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([localeOf[language]], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
