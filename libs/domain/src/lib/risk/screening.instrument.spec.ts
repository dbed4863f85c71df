import type { RiskProfileTag } from '../countries/country-profile.model';
import { COUNTRY_PROFILES } from '../countries/country-profiles.data';
import { SERIOUS_HARMS, STATE_ACTORS } from './risk-context';
import { AnswerType } from './screening-question.model';
import { Q } from './screening-question.ids';
import { questionsById, SCREENING_INSTRUMENT } from './screening.instrument';

const questions = SCREENING_INSTRUMENT.sections.flatMap((s) => s.questions);

describe('screening instrument', () => {
  it('has the ten sections of the legal reference, in order', () => {
    expect(SCREENING_INSTRUMENT.sections.map((s) => [s.order, s.id])).toEqual(
      Array.from({ length: 10 }, (_, i) => [i + 1, `s${i + 1}`]),
    );
    expect(SCREENING_INSTRUMENT.sections.map((s) => s.title.en)).toEqual([
      'Nationality, habitual residence and last arrival',
      "Match against the country's risk profiles",
      'Past harm and threats',
      'Link to a Convention ground',
      'State protection and internal flight alternative',
      'Complementary protection (CAT art. 3, ICCPR arts. 6-7)',
      'Cartagena criteria',
      'Exclusion clauses and statutory bars',
      'Vulnerabilities',
      'Imminence and third-country removal',
    ]);
  });

  it('is versioned', () => {
    expect(SCREENING_INSTRUMENT.version).toMatch(/^amparo-nrs-\d{4}\.\d{2}\.\d+$/);
  });

  it('gives every question a unique id in its section, bilingual text and a legal basis', () => {
    const ids = questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const section of SCREENING_INSTRUMENT.sections) {
      for (const q of section.questions) {
        expect(q.id.startsWith(`${section.id}.`)).toBe(true);
        for (const text of [q.prompt, q.help]) {
          expect(text.en.trim()).not.toBe('');
          expect(text.es.trim()).not.toBe('');
        }
        expect(q.legalBasis.length).toBeGreaterThan(0);
      }
    }
  });

  it('uses every answer type', () => {
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(Object.values(AnswerType)));
  });

  it('lists each id of Q exactly once, and nothing else', () => {
    expect([...questionsById(SCREENING_INSTRUMENT).keys()].sort()).toEqual(Object.values(Q).sort());
  });

  it('gives choice questions unique, labelled options, ranked where scoring compares ranks', () => {
    for (const q of questions) {
      if (q.type !== AnswerType.SingleChoice && q.type !== AnswerType.MultiChoice) continue;
      const values = q.options.map((o) => o.value);
      expect(new Set(values).size).toBe(values.length);
      q.options.forEach((o) => expect(o.label.es.trim()).not.toBe(''));
    }
    const ranked = [Q.stateProtection, Q.internalFlight].map((id) =>
      questionsById(SCREENING_INSTRUMENT).get(id),
    );
    for (const q of ranked) {
      if (q?.type !== AnswerType.SingleChoice) throw new Error('expected a single choice');
      expect(q.options.every((o) => typeof o.riskRank === 'number')).toBe(true);
    }
  });

  it('offers every option value that the rules and the country profiles refer to', () => {
    const options = (id: string) => {
      const q = questionsById(SCREENING_INSTRUMENT).get(id);
      return q?.type === AnswerType.MultiChoice || q?.type === AnswerType.SingleChoice
        ? q.options.map((o) => o.value)
        : [];
    };
    expect(options(Q.harmTypes)).toEqual(
      expect.arrayContaining([...SERIOUS_HARMS, 'death-threat']),
    );
    expect(options(Q.actors)).toEqual(expect.arrayContaining([...STATE_ACTORS]));
    expect(options(Q.removalProcedure)).toEqual(
      expect.arrayContaining(['pasee', 'expedited-removal']),
    );
    expect(options(Q.vulnerabilities)).toEqual(
      expect.arrayContaining(['unaccompanied-child', 'lgbtiq']),
    );
    const tags: RiskProfileTag[] = COUNTRY_PROFILES.flatMap((p) =>
      p.riskProfiles.map((r) => r.tag),
    );
    expect(options(Q.profileTags)).toEqual(expect.arrayContaining(tags));
  });

  it('lists the vulnerabilities of the reference', () => {
    const q = questionsById(SCREENING_INSTRUMENT).get(Q.vulnerabilities);
    if (q?.type !== AnswerType.MultiChoice) throw new Error('expected a multi choice');
    expect(q.options.map((o) => o.value)).toEqual([
      'unaccompanied-child',
      'lgbtiq',
      'trafficking',
      'gender-based-violence',
      'disability',
      'indigenous',
      'elderly',
      'pregnant',
      'detained',
    ]);
  });
});
