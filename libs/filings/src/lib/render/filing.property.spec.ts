// Issue 17: fixture tests covered one data shape per template; real cases have many. Every
// template is rendered over generated case data (events present or absent, custody of every kind,
// optional fields empty, risk at every level signed or not, US motion facts or none) and must
// either render or refuse with the list of missing data: never any other failure.
import fc from 'fast-check';
import { MissingFilingDataError } from '../errors/filing.error';
import type {
  FilingData,
  FilingDecision,
  FilingDetention,
  FilingRiskSummary,
} from '../model/filing-data.model';
import type { FilingLanguage, FilingTemplate } from '../model/filing-template.model';
import { FILING_TEMPLATES } from '../templates/filing-template.registry';
import { fixtureFor } from '../../testing/filing-data.fixture';
import { missingData } from '../data/missing-data.check';
import { renderFiling } from './filing.renderer';

const RUNS = 24;

/** A value, or nothing: each optional part of a case may be absent or blank. */
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/** Mostly the fixture's complete value (so many shapes render), else anything. */
const mostly = <T>(value: T, other: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(value), weight: 4 }, { arbitrary: other, weight: 1 });
const text = fc.constantFrom(
  'Lima',
  'la Policía Nacional del Perú',
  'Superintendencia Nacional de Migraciones',
  'Instituto Nacional de Migración',
  'Resolución de Sanción N.º 12-2026',
  'Comisaría de Aguas Verdes (ejemplo)',
  '   ',
  '',
);
const list = fc.array(fc.constantFrom('Hecho uno (ejemplo).', 'Second fact (example).', ' '), {
  maxLength: 3,
});
const instant = fc.record({
  at: fc.constantFrom('2026-11-20T11:00:00Z', '2026-02-28T23:59:00Z'),
  timeZone: fc.constantFrom('America/Lima', 'America/Tijuana', 'America/New_York'),
});
const decision: fc.Arbitrary<FilingDecision> = fc.record(
  {
    reference: text,
    authority: text,
    issuedOn: fc.constantFrom('2026-11-20'),
    notifiedAt: instant,
  },
  { requiredKeys: [] },
);
const detention: fc.Arbitrary<FilingDetention> = fc.record(
  { retainedAt: instant, place: text, authority: text },
  { requiredKeys: ['retainedAt'] },
);
const risk: fc.Arbitrary<FilingRiskSummary> = fc.record({
  destinationCountry: fc.constantFrom('Venezuela', 'Honduras'),
  level: fc.constantFrom('low', 'moderate', 'high', 'extreme'),
  assessedOn: fc.constant('2026-11-19'),
  assessedBy: fc.constantFrom('Rosa Quispe Mamani', ''),
  urgent: fc.boolean(),
  signedOff: fc.boolean(),
  findings: list,
  citations: list,
});

/** The template's fixture case with each part kept, emptied, replaced or dropped. */
function caseShapes(template: FilingTemplate, language: FilingLanguage) {
  const base = fixtureFor(template.id, language);
  return fc
    .record({
      custody: mostly(
        base.case.detained ? 'detained' : 'at_liberty',
        fc.constantFrom('detained', 'released', 'at_liberty', 'unknown'),
      ),
      gender: maybe(fc.constantFrom('female', 'male', 'unspecified') as fc.Arbitrary<'female'>),
      attorneyGender: maybe(
        fc.constantFrom('female', 'male', 'unspecified') as fc.Arbitrary<'male'>,
      ),
      decision: mostly(base.decision, maybe(decision)),
      detention: mostly(base.detention, maybe(detention)),
      entry: fc.oneof(
        fc.constant(base.entry),
        maybe(fc.record({ date: fc.constant('2025-08-14'), place: maybe(text) })),
      ),
      facts: mostly(base.facts, maybe(list)),
      risk: mostly(base.risk, maybe(risk)),
      detentionPlace: mostly(base.client.detentionPlace, maybe(text)),
      nationality: mostly(base.client.nationality, maybe(text)),
      identityDocument: mostly(base.client.identityDocument, maybe(text)),
      grounds: mostly(base.grounds, maybe(list)),
      annexes: mostly(base.annexes, maybe(list)),
      lateFilingReasons: mostly(base.lateFilingReasons, maybe(list)),
      authorizedPersons: fc.oneof(
        fc.constant(base.authorizedPersons),
        maybe(
          fc.array(fc.record({ fullName: fc.constant('Pedro Gómez Ávila') }), { maxLength: 2 }),
        ),
      ),
      prior: maybe(fc.nat({ max: 3 })),
      finalOrderBy: maybe(fc.constantFrom('immigration_judge', 'bia') as fc.Arbitrary<'bia'>),
      fee: maybe(fc.constantFrom('paid', 'waiver-requested') as fc.Arbitrary<'paid'>),
      forFiling: maybe(fc.boolean()),
      judge: mostly(base.case.judge, maybe(text)),
    })
    .map((s): FilingData => ({
      ...base,
      attorney: { ...base.attorney, gender: s.attorneyGender },
      client: {
        ...base.client,
        gender: s.gender,
        nationality: s.nationality,
        demonym: s.nationality,
        identityDocument: s.identityDocument,
        detentionPlace: s.custody === 'detained' ? s.detentionPlace : undefined,
      },
      case: { ...base.case, detained: s.custody === 'detained', judge: s.judge },
      decision: s.decision,
      detention: s.detention,
      entry: s.entry,
      facts: s.facts,
      risk: s.risk,
      grounds: s.grounds,
      annexes: s.annexes,
      lateFilingReasons: s.lateFilingReasons,
      authorizedPersons: s.authorizedPersons,
      priorMotionsToReopen: s.prior,
      finalOrderBy: s.finalOrderBy,
      fee: s.fee,
      forFiling: s.forFiling,
    }));
}

const CASES = FILING_TEMPLATES.flatMap((template) =>
  template.languages.map((language) => ({ template, language, key: `${template.id}/${language}` })),
);

describe('every template over generated case data', () => {
  it.each(CASES)(
    `$key renders ${RUNS} generated shapes without a defect: a PDF, or the missing data`,
    async ({ template, language }) => {
      const outcomes = { rendered: 0, missing: 0 };
      await fc.assert(
        fc.asyncProperty(caseShapes(template, language), async (data) => {
          const complete = missingData(template, data, language).length === 0;
          try {
            await renderFiling(template, data, language);
            outcomes.rendered += 1;
            return complete;
          } catch (error) {
            if (!(error instanceof MissingFilingDataError)) throw error;
            outcomes.missing += 1;
            return !complete;
          }
        }),
        { numRuns: RUNS, seed: 17, endOnFailure: true },
      );
      // The generator reaches both answers, so the property is not vacuous.
      expect(outcomes.rendered).toBeGreaterThan(0);
      expect(outcomes.rendered + outcomes.missing).toBe(RUNS);
    },
    120_000,
  );
});
