// The template catalogue is consistent: every placeholder a template prints is data it requires
// or guards, and the load-time check refuses templates that are not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILING_FIELDS } from '../data/filing-field.catalog';
import type { FilingTemplate } from '../model/filing-template.model';
import { FILING_TEMPLATES, findTemplate, summarizeTemplate } from './filing-template.registry';
import { assertTemplatesSound, unguardedPlaceholders } from './template-soundness.check';

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
      expect(unguardedPlaceholders(template)).toEqual([]);
    },
  );

  it('detects a template that prints data it does not require', () => {
    const broken: FilingTemplate = {
      ...findTemplate('sworn-declaration'),
      requiredFields: ['place', 'client.fullName'],
    };
    expect(unguardedPlaceholders(broken)).toEqual(
      expect.arrayContaining(['es: client.nationality', 'es: declaration.statements']),
    );
    expect(() => assertTemplatesSound([broken])).toThrow(
      /sworn-declaration es: client\.nationality/,
    );
  });

  it('does not take a guard on an object for a guard on each of its fields', () => {
    // Issue 17: `when: 'decision'` let {{decision.authority}} print for a decision made only of
    // a notification date, and the hábeas corpus answered 500.
    const habeas = findTemplate('pe-habeas-corpus');
    const es = habeas.variants.es;
    if (!es) throw new Error('the hábeas corpus is in Spanish');
    const broken: FilingTemplate = {
      ...habeas,
      variants: {
        es: {
          ...es,
          blocks: [
            ...es.blocks,
            { kind: 'paragraph', when: 'decision', text: 'Por {{decision.authority}}.' },
          ],
        },
      },
    };
    expect(unguardedPlaceholders(broken)).toEqual(['es: decision.authority']);
  });

  it('takes the fields the model guarantees inside their object for guarded', () => {
    const memo = findTemplate('non-refoulement-risk-memorandum');
    expect(unguardedPlaceholders(memo)).toEqual([]);
    const unguarded: FilingTemplate = { ...memo, requiredFields: ['place', 'client.fullName'] };
    expect(unguardedPlaceholders(unguarded)).toContain('es: risk.level');
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
      version: '1.1.0',
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
