import { TestBed } from '@angular/core/testing';
import { resetBrowserStorage } from '../../testing/test-providers';
import { en } from './messages.en';
import { es } from './messages.es';
import { languageStorageKey, TranslationService } from './translation.service';

describe('TranslationService', () => {
  beforeEach(() => resetBrowserStorage());
  afterEach(() => jest.restoreAllMocks());

  function create(): TranslationService {
    return TestBed.inject(TranslationService);
  }

  it('starts in English for an English-speaking browser and sets <html lang>', () => {
    jest.spyOn(navigator, 'language', 'get').mockReturnValue('en-US');
    const i18n = create();
    expect(i18n.language()).toBe('en');
    expect(i18n.t('login.submit')).toBe('Sign in');
    expect(document.documentElement.lang).toBe('en');
  });

  it('starts in Spanish for a Spanish-speaking browser', () => {
    jest.spyOn(navigator, 'language', 'get').mockReturnValue('es-PE');
    expect(create().t('login.submit')).toBe('Ingresar');
  });

  it('prefers the stored choice over the browser language', () => {
    jest.spyOn(navigator, 'language', 'get').mockReturnValue('en-US');
    localStorage.setItem(languageStorageKey, 'es');
    expect(create().language()).toBe('es');
  });

  it('ignores a stored value that is not a supported language', () => {
    jest.spyOn(navigator, 'language', 'get').mockReturnValue('en-US');
    localStorage.setItem(languageStorageKey, 'fr');
    expect(create().language()).toBe('en');
  });

  it('switches at runtime, updates <html lang> and remembers the choice', () => {
    jest.spyOn(navigator, 'language', 'get').mockReturnValue('en-US');
    const i18n = create();
    i18n.toggleLanguage();
    expect(i18n.language()).toBe('es');
    expect(i18n.t('caseload.title')).toBe('Casos');
    expect(document.documentElement.lang).toBe('es');
    expect(localStorage.getItem(languageStorageKey)).toBe('es');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const i18n = create();
    i18n.setLanguage('en');
    expect(i18n.t('shell.signedInAs', { name: 'Rosa' })).toBe('Signed in as Rosa');
    expect(i18n.t('shell.signedInAs')).toBe('Signed in as {name}');
  });

  it('formats dates and numbers with the current locale', () => {
    const i18n = create();
    const instant = Date.parse('2026-03-02T11:00:00Z');
    const options: Intl.DateTimeFormatOptions = {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'America/Lima',
    };
    i18n.setLanguage('en');
    // ICU versions differ in which space they put before AM/PM; the words are what matter.
    const spaced = (text: string) => text.replace(/\s/g, ' ');
    expect(spaced(i18n.formatDate(instant, options))).toBe('Mar 2, 2026, 6:00 AM');
    expect(i18n.formatNumber(12345.5)).toBe('12,345.5');
    i18n.setLanguage('es');
    expect(spaced(i18n.formatDate(instant, options))).toBe('2 mar 2026, 6:00 a.m.');
  });

  it('has a Spanish message for every English key, with the same placeholders', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(es[key].trim()).not.toBe('');
      expect({ key, placeholders: placeholders(es[key]) }).toEqual({
        key,
        placeholders: placeholders(en[key]),
      });
    }
  });
});
