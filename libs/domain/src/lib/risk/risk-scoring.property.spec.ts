import fc from 'fast-check';
import type { CountryProfile } from '../countries/country-profile.model';
import { COUNTRY_PROFILES, findCountryProfile } from '../countries/country-profiles.data';
import { riskLevelRank } from './risk-level.model';
import { scoreRisk } from './risk.scoring';
import type { ScreeningAnswers, ScreeningAnswerValue } from './screening-answer.model';
import { validateScreeningAnswers } from './screening-answers.validator';
import { AnswerType, type ScreeningQuestion } from './screening-question.model';
import { Q } from './screening-question.ids';
import { SCREENING_INSTRUMENT, SCREENING_INSTRUMENT_VERSION } from './screening.instrument';

const COUNTRY_FIELDS: readonly string[] = [
  Q.nationality,
  Q.habitualResidence,
  Q.destinationCountry,
  Q.forumCountry,
];
const QUESTIONS = SCREENING_INSTRUMENT.sections.flatMap((s) => s.questions);
const CODES = COUNTRY_PROFILES.map((p) => p.code);

function valueOf(q: ScreeningQuestion): fc.Arbitrary<ScreeningAnswerValue> {
  switch (q.type) {
    case AnswerType.Boolean:
      return fc.boolean();
    case AnswerType.SingleChoice:
      return fc.constantFrom(...q.options.map((o) => o.value));
    case AnswerType.MultiChoice:
      return fc.subarray(
        q.options.map((o) => o.value),
        { maxLength: 3 },
      );
    case AnswerType.Date:
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2026-11-23'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case AnswerType.Number:
      return fc.double({ min: q.min, max: q.max, noNaN: true });
    case AnswerType.CountryCode:
      return fc.constantFrom(...CODES);
    case AnswerType.Text:
      return fc.string({ maxLength: 20 });
  }
}

/**
 * Any combination of answers with the countries filled in. Sparse sets (most questions unanswered)
 * matter most: with many factors present some high rule always fires and hides a faulty one.
 */
function answersWith(density: number): fc.Arbitrary<ScreeningAnswers> {
  const optional = QUESTIONS.filter((q) => !COUNTRY_FIELDS.includes(q.id)).map(
    (q) =>
      [
        q.id,
        fc.oneof(
          { arbitrary: fc.constant(undefined), weight: 10 - density },
          { arbitrary: valueOf(q), weight: density },
        ),
      ] as const,
  );
  return fc
    .record({
      countries: fc.record({
        [Q.nationality]: fc.constantFrom(...CODES),
        [Q.destinationCountry]: fc.constantFrom(...CODES),
        [Q.forumCountry]: fc.constantFrom('US', 'PE', 'MX', 'DO', 'PA', 'CR'),
      }),
      rest: fc.record(Object.fromEntries(optional)),
    })
    .map(({ countries, rest }) => {
      const answers: Record<string, ScreeningAnswerValue> = { ...countries };
      for (const [id, v] of Object.entries(rest)) if (v !== undefined) answers[id] = v;
      return answers;
    });
}

const answersArb: fc.Arbitrary<ScreeningAnswers> = fc.oneof(
  answersWith(1),
  answersWith(3),
  answersWith(7),
);

/** Turns answers into ones with more (or the same) risk factors, per the instrument's metadata. */
function addRiskFactors(answers: ScreeningAnswers): fc.Arbitrary<ScreeningAnswers> {
  const raises = QUESTIONS.flatMap(
    (q): [string, fc.Arbitrary<ScreeningAnswerValue | undefined>][] => {
      const current = answers[q.id];
      if (q.type === AnswerType.Boolean && q.trueRaisesRisk) {
        return [[q.id, fc.constantFrom(current, true)]];
      }
      if (q.type === AnswerType.MultiChoice && q.moreOptionsRaiseRisk) {
        const had = Array.isArray(current) ? current : [];
        return [
          [
            q.id,
            fc
              .subarray(q.options.map((o) => o.value))
              .map((more) => [...new Set([...had, ...more])]),
          ],
        ];
      }
      if (q.type === AnswerType.SingleChoice && q.options.some((o) => o.riskRank !== undefined)) {
        const rank = q.options.find((o) => o.value === current)?.riskRank ?? -1;
        const higher = q.options.filter((o) => (o.riskRank ?? -1) >= rank).map((o) => o.value);
        return [[q.id, fc.constantFrom<ScreeningAnswerValue | undefined>(current, ...higher)]];
      }
      return [];
    },
  );
  return fc.record(Object.fromEntries(raises)).map((changes) => {
    const out: Record<string, ScreeningAnswerValue> = { ...answers };
    for (const [id, v] of Object.entries(changes)) if (v !== undefined) out[id] = v;
    return out;
  });
}

/** A destination profile with more (or the same) adverse facts: what a supervisor's edit may add. */
function worsenProfile(p: CountryProfile): fc.Arbitrary<CountryProfile> {
  return fc
    .record({
      advised: fc.boolean(),
      cartagena: fc.boolean(),
      arrangement: fc.boolean(),
      extraProfiles: fc.subarray(
        findCountryProfile('HT').riskProfiles as CountryProfile['riskProfiles'][number][],
      ),
    })
    .map(({ advised, cartagena, arrangement, extraProfiles }) => ({
      ...p,
      guidanceFound: true,
      guidance: [
        ...p.guidance,
        ...findCountryProfile('HT').guidance,
        ...findCountryProfile('VE').guidance,
      ],
      riskProfiles: [...p.riskProfiles, ...extraProfiles],
      returns: advised ? findCountryProfile('HT').returns : p.returns,
      cartagenaContext: cartagena
        ? (findCountryProfile('VE').cartagenaContext ?? p.cartagenaContext)
        : p.cartagenaContext,
      thirdCountryArrangement: arrangement
        ? findCountryProfile('SV').thirdCountryArrangement
        : p.thirdCountryArrangement,
    }));
}

function score(answers: ScreeningAnswers, destination?: CountryProfile) {
  const code = (id: string) => String(answers[id]);
  return scoreRisk({
    answers,
    destination: destination ?? findCountryProfile(code(Q.destinationCountry)),
    origin: findCountryProfile(code(Q.nationality)),
    forum: findCountryProfile(code(Q.forumCountry)),
  });
}

describe('risk scoring properties', () => {
  it('generates only answer sets the validator accepts (the generator is honest)', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        // harm_or_threats=true makes harm types and actors required; fill them so the set is complete.
        const complete = { [Q.harmOrThreats]: false, [Q.removalProcedure]: 'ordinary', ...answers };
        const fixed =
          complete[Q.harmOrThreats] === true
            ? { ...complete, [Q.harmTypes]: ['other'], [Q.actors]: ['unknown'] }
            : complete;
        expect(
          validateScreeningAnswers(SCREENING_INSTRUMENT, SCREENING_INSTRUMENT_VERSION, fixed).ok,
        ).toBe(true);
      }),
    );
  });

  it('never lowers the level when risk factors are added to the answers', () => {
    fc.assert(
      fc.property(
        answersArb.chain((base) => addRiskFactors(base).map((more) => [base, more] as const)),
        ([base, more]) => {
          expect(riskLevelRank(score(more).level)).toBeGreaterThanOrEqual(
            riskLevelRank(score(base).level),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never drops a reason when risk factors are added (each rule is monotone on its own)', () => {
    fc.assert(
      fc.property(
        answersArb.chain((base) => addRiskFactors(base).map((more) => [base, more] as const)),
        ([base, more]) => {
          const after = new Set(score(more).reasons.map((r) => r.ruleId));
          for (const r of score(base).reasons) expect(after).toContain(r.ruleId);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never lowers the level when the destination profile gains adverse facts', () => {
    fc.assert(
      fc.property(
        answersArb.chain((answers) => {
          const destination = findCountryProfile(String(answers[Q.destinationCountry]));
          return worsenProfile(destination).map((worse) => [answers, destination, worse] as const);
        }),
        ([answers, destination, worse]) => {
          expect(riskLevelRank(score(answers, worse).level)).toBeGreaterThanOrEqual(
            riskLevelRank(score(answers, destination).level),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('lists at least one reason for every level above low, and the level is its highest reason', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const s = score(answers);
        if (s.level === 'low') {
          expect(s.reasons).toEqual([]);
          return;
        }
        expect(s.reasons.length).toBeGreaterThan(0);
        expect(s.reasons[0].level).toBe(s.level);
        for (const r of s.reasons) {
          expect(r.answers.length + r.profileFacts.length).toBeGreaterThan(0);
          expect(r.text.en).not.toBe('');
          expect(r.text.es).not.toBe('');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never changes the level or the reasons because of exclusion clauses or bars', () => {
    const exclusions = fc.subarray([
      'art-1f-a',
      'art-1f-b',
      'art-1f-c',
      'art-33-2',
      'filing-deadline-bar',
      'other-statutory-bar',
    ]);
    fc.assert(
      fc.property(answersArb, exclusions, (answers, indicators) => {
        const without: Record<string, ScreeningAnswerValue> = { ...answers };
        delete without[Q.exclusionIndicators];
        const withBars = score({ ...without, [Q.exclusionIndicators]: indicators });
        expect(withBars.level).toBe(score(without).level);
        expect(withBars.reasons).toEqual(score(without).reasons);
        // CAT and ICCPR are absolute: a bar never marks them.
        for (const p of withBars.pathways.filter(
          (x) => x.id === 'cat-art-3' || x.id === 'iccpr-6-7',
        )) {
          expect(p.status).toBe('open');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never turns urgency off when removal comes sooner', () => {
    fc.assert(
      fc.property(answersArb, fc.double({ min: 0, max: 1, noNaN: true }), (answers, factor) => {
        const hours = answers[Q.hoursUntilRemoval];
        if (typeof hours !== 'number') return;
        const sooner = score({ ...answers, [Q.hoursUntilRemoval]: hours * factor });
        const later = score(answers);
        expect(sooner.urgency.urgent || !later.urgency.urgent).toBe(true);
        expect(sooner.urgency.removalWithin72h || !later.urgency.removalWithin72h).toBe(true);
      }),
    );
  });
});
