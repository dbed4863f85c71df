import type { LocalizedText } from '@amparo/domain';
import type { Language } from '../../core/i18n';

/** The text of a bilingual API value in the language shown. */
export function inLanguage(text: LocalizedText | undefined, language: Language): string {
  return text ? text[language] : '';
}
