// The template catalogue is consistent: every placeholder a template prints is data it requires.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILING_FIELDS } from '../data/filing-field.catalog';
import type { FilingBlock, FilingTemplate, Guard } from '../model/filing-template.model';
import { placeholderPaths } from '../render/placeholder.interpolator';
import { FILING_TEMPLATES, findTemplate, summarizeTemplate } from './filing-template.registry';

/** Paths the renderer itself provides. */
const PROVIDED = ['today'];

interface Use {
  readonly path: string;
  readonly guard?: Guard;
  /** Heading and signature lines are dropped, not failed, when their data is absent. */
  readonly optional: boolean;
}

function uses(block: FilingBlock): Use[] {
  const guard = block.when;
  const all = (texts: readonly string[], optional = false, itemOf?: string): Use[] =>
    texts.flatMap((t) =>
      placeholderPaths(t).map((path) => ({
        path: itemOf && (path === 'item' || path.startsWith('item.')) ? itemOf : path,
        guard,
        optional,
      })),
    );
  switch (block.kind) {
    case 'heading':
      return all(block.lines, true);
    case 'parties':
      return block.entries.flatMap((e) =>
        [...placeholderPaths(e.label), ...placeholderPaths(e.value)].map((path) => ({
          path,
          guard: e.when ?? guard,
          optional: false,
        })),
      );
    case 'title':
    case 'section':
    case 'paragraph':
    case 'placeDate':
      return all([block.text]);
    case 'numbered':
      return [
        ...all(block.items ?? []),
        ...(block.from
          ? [{ path: block.from.path, guard, optional: (block.items ?? []).length > 0 }]
          : []),
        ...(block.from
          ? all([block.from.item], (block.items ?? []).length > 0, block.from.path)
          : []),
      ];
    case 'signature':
      return [
        ...all(block.caption ? [block.caption] : []),
        ...block.signers.flatMap((lines) => all(lines, true)),
      ];
    case 'annexes':
      return all([block.title]);
    case 'pageBreak':
      return [];
  }
}

const covers = (prefix: string, path: string) => path === prefix || path.startsWith(`${prefix}.`);

function unguaranteed(template: FilingTemplate): string[] {
  const problems: string[] = [];
  for (const lang of template.languages) {
    for (const block of template.variants[lang]?.blocks ?? []) {
      for (const use of uses(block)) {
        if (use.optional) continue;
        const guaranteed = [...template.requiredFields, ...PROVIDED].some((r) =>
          covers(r, use.path),
        );
        const guards =
          use.guard === undefined ? [] : typeof use.guard === 'string' ? [use.guard] : use.guard;
        const guarded = guards.some((g) => covers(g, use.path));
        const derivedGuarded = use.path.startsWith('derived.') && guards.includes(use.path);
        if (!guaranteed && !guarded && !derivedGuarded) problems.push(`${lang}: ${use.path}`);
      }
    }
  }
  return problems;
}

describe('filing template catalogue', () => {
  it('has unique ids and a variant for each offered language', () => {
    const ids = FILING_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of FILING_TEMPLATES) {
      expect(t.languages.length).toBeGreaterThan(0);
      for (const lang of t.languages) expect(t.variants[lang]?.blocks.length).toBeGreaterThan(0);
      expect(t.version).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });

  it('offers the filings of legal-reference.md in the right languages', () => {
    const offered = Object.fromEntries(
      FILING_TEMPLATES.map((t) => [t.id, [t.jurisdiction, ...t.languages]]),
    );
    expect(offered).toEqual({
      'pe-reconsideracion-pasee': ['PE', 'es'],
      'pe-habeas-corpus': ['PE', 'es'],
      'pe-solicitud-refugio': ['PE', 'es'],
      'mx-justificacion-extemporaneidad': ['MX', 'es'],
      'mx-amparo-indirecto-deportacion': ['MX', 'es'],
      'mx-autorizados': ['MX', 'es'],
      'us-motion-stay-of-removal': ['US', 'en'],
      'us-motion-to-reopen': ['US', 'en'],
      'sworn-declaration': ['ANY', 'es', 'en'],
      'non-refoulement-risk-memorandum': ['ANY', 'es', 'en'],
    });
  });

  it.each(FILING_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s prints only data it requires or guards with "when"',
    (_id, template) => {
      expect(unguaranteed(template)).toEqual([]);
    },
  );

  it('detects a template that prints data it does not require', () => {
    const broken: FilingTemplate = {
      ...findTemplate('sworn-declaration'),
      requiredFields: ['place', 'client.fullName'],
    };
    expect(unguaranteed(broken)).toEqual(
      expect.arrayContaining(['es: client.nationality', 'es: declaration.statements']),
    );
  });

  it('requires only fields the catalogue can label and locate in the app', () => {
    for (const t of FILING_TEMPLATES) {
      for (const field of t.requiredFields) expect(Object.keys(FILING_FIELDS)).toContain(field);
    }
  });

  it('summarizes a template for the catalogue endpoint with labelled requirements per language', () => {
    const summary = summarizeTemplate(findTemplate('sworn-declaration'));
    expect(summary).toMatchObject({
      id: 'sworn-declaration',
      version: '1.0.0',
      jurisdiction: 'ANY',
      languages: ['es', 'en'],
      titles: { es: 'Declaración jurada', en: 'Sworn Declaration' },
    });
    expect(summary.requiredData.es?.[1]).toEqual({
      field: 'client.fullName',
      label: 'Nombre completo de la persona',
      section: 'client',
    });
    expect(summary.requiredData.en?.[1]?.label).toBe('Client full name');
  });

  it('is documented: docs/filings.md lists every template with its required data', () => {
    const doc = readFileSync(join(__dirname, '../../../../../docs/filings.md'), 'utf8');
    for (const t of FILING_TEMPLATES) {
      const row = doc.split('\n').find((line) => line.includes(`\`${t.id}\` v${t.version}`));
      expect(row).toBeDefined();
      for (const field of t.requiredFields) expect(row).toContain(`\`${field}\``);
    }
  });
});
