import type { MessageKey, TranslationService } from '../../core/i18n';

/**
 * A label that describes the person ("Detenido/a"), in the form that agrees with their gender
 * where the language has one: the message `<key>.female` or `<key>.male` when it exists
 * ("Detenida", "Detenido"), else the neutral `<key>`. The one place labels agree with a person.
 */
export function genderedLabel(
  i18n: TranslationService,
  key: MessageKey,
  gender: string | null | undefined,
): string {
  if (gender === 'female' || gender === 'male') {
    const agreeing = `${key}.${gender}`;
    if (i18n.has(agreeing)) return i18n.t(agreeing);
  }
  return i18n.t(key);
}
