// Fills {{path|filter}} placeholders of template text with case data, checking every character.
import { isPresent, resolvePath } from '../data/data-path.resolver';
import { FilingError, FilingErrorCode } from '../errors/filing.error';
import type { FilingAuthorizedPerson, FilingInstant, RiskLevel } from '../model/filing-data.model';
import { formatDate, formatInstant, formatInstantDate } from './filing-date.format';
import type { FilingLocale } from './filing-locale';
import { capitalize, ofName, withArticle } from './spanish-words';

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*((?:\|\s*\w+\s*)*)\}\}/g;

/** Throws when a character cannot be drawn; `field` names where it came from. */
export type CharacterCheck = (text: string, field: string) => void;

export interface InterpolationScope {
  /** Object the paths are read from (the FilingData, plus `item` inside repeated blocks). */
  readonly root: unknown;
  /** How `item` is named in error messages, e.g. events[2]. */
  readonly itemField?: string;
  readonly locale: FilingLocale;
  readonly templateId: string;
  readonly check: CharacterCheck;
}

function isInstant(value: unknown): value is FilingInstant {
  return typeof value === 'object' && value !== null && 'at' in value && 'timeZone' in value;
}

function applyFilter(
  value: unknown,
  filter: string | undefined,
  scope: InterpolationScope,
  path: string,
): string {
  const fail = (why: string): never => {
    throw new FilingError(
      FilingErrorCode.TemplateDefect,
      `${scope.templateId}: {{${path}}} ${why}`,
      fieldName(path, scope),
    );
  };
  switch (filter) {
    case undefined:
      if (typeof value === 'string' || typeof value === 'number') return String(value);
      return fail('is not text');
    case 'upper':
      return typeof value === 'string' ? value.toUpperCase() : fail('is not text');
    case 'lower':
      return typeof value === 'string' ? value.toLocaleLowerCase() : fail('is not text');
    case 'capital':
      return typeof value === 'string' ? capitalize(value) : fail('is not text');
    case 'art':
      return typeof value === 'string' ? withArticle(value) : fail('is not text');
    case 'de':
      return typeof value === 'string' ? ofName(value) : fail('is not text');
    case 'date':
      if (isInstant(value)) return formatInstantDate(value, scope.locale);
      return typeof value === 'string' ? formatDate(value, scope.locale) : fail('is not a date');
    case 'datetime':
      return isInstant(value) ? formatInstant(value, scope.locale) : fail('is not an instant');
    case 'list':
      return Array.isArray(value) && value.every((v) => typeof v === 'string')
        ? value.join(scope.locale.listSeparator)
        : fail('is not a list of text');
    case 'riskLevel':
      return typeof value === 'string' && value in scope.locale.riskLevels
        ? scope.locale.riskLevels[value as RiskLevel]
        : fail('is not a risk level');
    case 'persons':
      return Array.isArray(value)
        ? (value as FilingAuthorizedPerson[])
            .map((p) => (p.professionalId ? `${p.fullName} (${p.professionalId})` : p.fullName))
            .join(', ')
        : fail('is not a list of persons');
    default:
      return fail(`uses an unknown filter "${filter}"`);
  }
}

function fieldName(path: string, scope: InterpolationScope): string {
  if (scope.itemField && (path === 'item' || path.startsWith('item.'))) {
    return scope.itemField + path.slice('item'.length);
  }
  return path;
}

/** Returns the text with every placeholder filled; static text and values are both checked. */
export function interpolate(text: string, scope: InterpolationScope): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    // Both groups always take part in a match (the chain may be empty).
    const [whole, path = '', chain = ''] = match;
    const filters = chain
      .split('|')
      .map((f) => f.trim())
      .filter((f) => f.length > 0);
    const index = match.index ?? 0;
    const literal = text.slice(last, index).normalize('NFC');
    scope.check(literal, `template ${scope.templateId}`);
    const value = resolvePath(scope.root, path);
    if (!isPresent(value)) {
      throw new FilingError(
        FilingErrorCode.TemplateDefect,
        `${scope.templateId}: {{${path}}} is used outside a "when" guard but is not a required field`,
        fieldName(path, scope),
      );
    }
    let rendered = applyFilter(value, filters[0], scope, path);
    for (const filter of filters.slice(1)) rendered = applyFilter(rendered, filter, scope, path);
    rendered = rendered.normalize('NFC');
    scope.check(rendered, fieldName(path, scope));
    out += literal + rendered;
    last = index + whole.length;
  }
  const tail = text.slice(last).normalize('NFC');
  scope.check(tail, `template ${scope.templateId}`);
  return out + tail;
}

/** The placeholder paths a text uses (for template self-checks). */
export function placeholderPaths(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].flatMap((m) => (m[1] ? [m[1]] : []));
}
