import { diffScreeningAnswers, formatAnswer } from './screening-answers.diff';
import { Q } from './screening-question.ids';
import { questionsById, SCREENING_INSTRUMENT } from './screening.instrument';

describe('diffScreeningAnswers', () => {
  const before = {
    [Q.nationality]: 'HN',
    [Q.harmOrThreats]: false,
    [Q.harmTypes]: ['extortion'],
    [Q.stateProtection]: 'uncertain',
    [Q.harmNarrative]: 'first account',
    [Q.hoursUntilRemoval]: 100,
  };
  const after = {
    [Q.nationality]: 'HN',
    [Q.harmOrThreats]: true,
    [Q.harmTypes]: ['death-threat', 'extortion'],
    [Q.stateProtection]: 'state-is-persecutor',
    [Q.harmNarrative]: 'second account',
    [Q.lifeRisk]: true,
  };

  it('lists changes in instrument order with labels in both languages', () => {
    const changes = diffScreeningAnswers(SCREENING_INSTRUMENT, before, after);
    expect(changes.map((c) => [c.questionId, c.kind])).toEqual([
      [Q.harmOrThreats, 'changed'],
      [Q.harmTypes, 'changed'],
      [Q.harmNarrative, 'changed'],
      [Q.stateProtection, 'changed'],
      [Q.lifeRisk, 'added'],
      [Q.hoursUntilRemoval, 'removed'],
    ]);
    const harm = changes[0];
    expect(harm.question.es).toContain('¿Ha sufrido');
    expect([harm.before, harm.after]).toEqual([
      { en: 'No', es: 'No' },
      { en: 'Yes', es: 'Sí' },
    ]);
    expect(changes[1].addedOptions).toEqual([{ en: 'Death threat', es: 'Amenaza de muerte' }]);
    expect(changes[1].removedOptions).toEqual([]);
    expect(changes[3].after?.es).toBe('El Estado es el perseguidor o actúa en connivencia');
    expect(changes[5].before).toEqual({ en: '100 hours', es: '100 horas' });
    expect(changes[5].sectionId).toBe('s10');
  });

  it('ignores reordered multiple choices and unchanged answers', () => {
    expect(
      diffScreeningAnswers(
        SCREENING_INSTRUMENT,
        { [Q.harmTypes]: ['a', 'b'], [Q.nationality]: 'HN' },
        { [Q.harmTypes]: ['b', 'a'], [Q.nationality]: 'HN' },
      ),
    ).toEqual([]);
  });

  it('redacts sensitive text on request', () => {
    const changes = diffScreeningAnswers(SCREENING_INSTRUMENT, before, after, {
      redactSensitive: true,
    });
    const narrative = changes.find((c) => c.questionId === Q.harmNarrative);
    expect(narrative).toMatchObject({ redacted: true, before: { en: '[confidential text]' } });
    expect(JSON.stringify(changes)).not.toContain('account');
  });

  it('keeps answers to questions an older instrument had, by id', () => {
    const changes = diffScreeningAnswers(SCREENING_INSTRUMENT, { 's3.old_question': true }, {});
    expect(changes).toEqual([
      {
        questionId: 's3.old_question',
        kind: 'removed',
        question: { en: 's3.old_question', es: 's3.old_question' },
        before: { en: 'Yes', es: 'Sí' },
      },
    ]);
  });

  it('formats multiple choices with option labels', () => {
    const q = questionsById(SCREENING_INSTRUMENT).get(Q.vulnerabilities);
    expect(formatAnswer(q, ['pregnant', 'detained'])).toEqual({
      en: 'Pregnant, Detained',
      es: 'Embarazada, Persona detenida',
    });
  });
});
