import { DOCUMENT } from '@angular/common';
import { computed, inject, Injectable, signal } from '@angular/core';
import { isLanguage, type Language, localeOf } from './language';
import { en, type MessageKey, type Messages } from './messages.en';
import { es } from './messages.es';

export type MessageParams = Readonly<Record<string, string | number>>;

const dictionaries: Readonly<Record<Language, Messages>> = { en, es };

/** localStorage key holding the person's chosen language across visits. */
export const languageStorageKey = 'amparo.language';

/**
 * Runtime language switch: the current language is a signal, so every template that calls `t()`
 * re-renders on a switch without a reload (a reload could lose what someone is typing).
 */
@Injectable({ providedIn: 'root' })
export class TranslationService {
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Language>(this.initialLanguage());

  readonly language = this.current.asReadonly();
  readonly locale = computed(() => localeOf[this.current()]);
  readonly otherLanguage = computed<Language>(() => (this.current() === 'en' ? 'es' : 'en'));
  private readonly messages = computed(() => dictionaries[this.current()]);

  constructor() {
    this.applyToDocument(this.current());
  }

  /** The message for `key` in the current language, with `{name}` placeholders filled. */
  t(key: MessageKey, params?: MessageParams): string {
    const template = this.messages()[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
      name in params ? String(params[name]) : placeholder,
    );
  }

  /** Whether `key` names a message (for keys built at run time, such as gendered forms). */
  has(key: string): key is MessageKey {
    return Object.hasOwn(this.messages(), key);
  }

  setLanguage(language: Language): void {
    this.current.set(language);
    this.applyToDocument(language);
    try {
      this.document.defaultView?.localStorage.setItem(languageStorageKey, language);
    } catch {
      // Storage can be disabled (private mode, locked-down office machines); the switch still works.
    }
  }

  toggleLanguage(): void {
    this.setLanguage(this.otherLanguage());
  }

  formatDate(value: Date | number | string, options: Intl.DateTimeFormatOptions): string {
    const date = value instanceof Date ? value : new Date(value);
    return new Intl.DateTimeFormat(this.locale(), options).format(date);
  }

  formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.locale(), options).format(value);
  }

  private initialLanguage(): Language {
    const window = this.document.defaultView;
    try {
      const stored = window?.localStorage.getItem(languageStorageKey);
      if (isLanguage(stored)) return stored;
    } catch {
      // Fall through to the browser's preference.
    }
    return window?.navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en';
  }

  // Screen readers pick pronunciation from <html lang>, so it must follow the switch.
  private applyToDocument(language: Language): void {
    this.document.documentElement.lang = language;
  }
}
