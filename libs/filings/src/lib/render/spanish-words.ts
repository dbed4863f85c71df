// Spanish a court clerk accepts: authority names with their article ("la Superintendencia
// Nacional de Migraciones", "del Juzgado…"), and words about a person that agree with their gender.
import type { FilingGender } from '../model/filing-data.model';

const ARTICLE = /^(el|la|los|las)\s/i;

/** Nouns ending in -a that are masculine, and others whose gender the ending does not tell. */
const MASCULINE = new Set(['sistema', 'programa', 'día', 'consejo', 'comité', 'poder']);
const FEMININE = new Set(['autoridad', 'policía', 'guardia', 'unidad', 'oficina', 'corte']);

/** The definite article of an institution's name, from its first word. */
function articleOf(name: string): 'el' | 'la' | 'los' | 'las' {
  const first = (name.split(/\s+/)[0] ?? '').toLowerCase();
  if (MASCULINE.has(first)) return 'el';
  if (FEMININE.has(first)) return 'la';
  const plural = /s$/.test(first) && !/(ión|is|us)$/.test(first);
  const feminine = /(a|as|ión|iones|dad|dades|tad|tud|umbre)$/.test(first);
  if (plural) return feminine ? 'las' : 'los';
  return feminine ? 'la' : 'el';
}

/** "Superintendencia Nacional de Migraciones" → "la Superintendencia Nacional de Migraciones". */
export function withArticle(name: string): string {
  const trimmed = name.trim();
  if (ARTICLE.test(trimmed)) return trimmed.replace(/^(El|La|Los|Las)\s/, (a) => a.toLowerCase());
  return `${articleOf(trimmed)} ${trimmed}`;
}

/** "de" with the article, contracted: "del Juzgado…", "de la Policía…". */
export function ofName(name: string): string {
  const named = withArticle(name);
  return named.startsWith('el ') ? `del ${named.slice(3)}` : `de ${named}`;
}

/** A decision's reference as it follows "la Resolución": never "Resolución Resolución…". */
export function actReference(reference: string): string {
  return reference.trim().replace(/^resoluci[oó]n\s+/i, '');
}

/** Words about a person, by gender: [female, male, not stated]. */
const GENDERED = {
  abogado: ['abogada', 'abogado', 'abogado(a)'],
  beneficiario: ['beneficiaria', 'beneficiario', 'beneficiario(a)'],
  quejoso: ['quejosa', 'quejoso', 'quejoso(a)'],
  detenido: ['detenida', 'detenido', 'detenido(a)'],
  identificado: ['identificada', 'identificado', 'identificado(a)'],
  refugiado: ['refugiada', 'refugiado', 'refugiado(a)'],
  recurrente: ['recurrente', 'recurrente', 'recurrente'],
  interesado: ['interesada', 'interesado', 'interesado(a)'],
} as const satisfies Readonly<Record<string, readonly [string, string, string]>>;

export type GenderedWord = keyof typeof GENDERED;

/** Every gendered word, in the form that agrees with the person (both forms when not stated). */
export function genderedWords(gender: FilingGender | undefined): Record<GenderedWord, string> {
  const index = gender === 'female' ? 0 : gender === 'male' ? 1 : 2;
  return Object.fromEntries(
    Object.entries(GENDERED).map(([key, forms]) => [key, forms[index]]),
  ) as Record<GenderedWord, string>;
}

/** First letter upper case: "abogada" → "Abogada". */
export const capitalize = (text: string): string =>
  text.length === 0 ? text : text.charAt(0).toLocaleUpperCase('es') + text.slice(1);
