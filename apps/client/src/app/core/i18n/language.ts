/** The languages a person can switch between at runtime. */
export const languages = ['en', 'es'] as const;

export type Language = (typeof languages)[number];

/**
 * Intl locale per language. Latin-American Spanish (es-419) because the offices using Amparo are
 * in Peru, Mexico, the Dominican Republic and along the US border, not in Spain.
 */
export const localeOf: Readonly<Record<Language, string>> = { en: 'en-US', es: 'es-419' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}
