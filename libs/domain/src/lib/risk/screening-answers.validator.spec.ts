import {
  assertValidScreeningAnswers,
  isIsoCalendarDate,
  validateScreeningAnswers,
} from './screening-answers.validator';
import { ScreeningErrorCode, ScreeningValidationError } from './screening-validation.error';
import { Q } from './screening-question.ids';
import { SCREENING_INSTRUMENT, SCREENING_INSTRUMENT_VERSION } from './screening.instrument';

const minimal = {
  [Q.nationality]: 'HN',
  [Q.destinationCountry]: 'HN',
  [Q.forumCountry]: 'MX',
  [Q.harmOrThreats]: false,
  [Q.removalProcedure]: 'ordinary',
};

function issuesOf(
  answers: unknown,
  version: unknown = SCREENING_INSTRUMENT_VERSION,
  today?: string,
) {
  const result = validateScreeningAnswers(
    SCREENING_INSTRUMENT,
    version,
    answers,
    today ? { today } : {},
  );
  return result.ok ? [] : result.issues.map((i) => [i.questionId, i.code]);
}

describe('validateScreeningAnswers', () => {
  it('accepts a minimal complete set and drops null answers', () => {
    const result = validateScreeningAnswers(SCREENING_INSTRUMENT, SCREENING_INSTRUMENT_VERSION, {
      ...minimal,
      [Q.harmNarrative]: null,
    });
    expect(result).toEqual({ ok: true, answers: minimal });
  });

  it('names each missing required question', () => {
    expect(issuesOf({ [Q.nationality]: 'HN' })).toEqual([
      [Q.destinationCountry, ScreeningErrorCode.MissingRequired],
      [Q.forumCountry, ScreeningErrorCode.MissingRequired],
      [Q.harmOrThreats, ScreeningErrorCode.MissingRequired],
      [Q.removalProcedure, ScreeningErrorCode.MissingRequired],
    ]);
  });

  it('requires harm types and actors once harm is answered yes', () => {
    expect(issuesOf({ ...minimal, [Q.harmOrThreats]: true })).toEqual([
      [Q.harmTypes, ScreeningErrorCode.MissingRequired],
      [Q.actors, ScreeningErrorCode.MissingRequired],
    ]);
    expect(
      issuesOf({ ...minimal, [Q.harmOrThreats]: true, [Q.harmTypes]: [], [Q.actors]: ['unknown'] }),
    ).toEqual([[Q.harmTypes, ScreeningErrorCode.MissingRequired]]);
  });

  it('reports a required answer given badly once, as what it is', () => {
    expect(issuesOf({ ...minimal, [Q.destinationCountry]: '' })).toEqual([
      [Q.destinationCountry, ScreeningErrorCode.InvalidCountryCode],
    ]);
  });

  it('rejects unknown questions by id', () => {
    expect(issuesOf({ ...minimal, 's3.gang_name': 'x' })).toEqual([
      ['s3.gang_name', ScreeningErrorCode.UnknownQuestion],
    ]);
  });

  it.each([
    [Q.harmOrThreats, 'yes', ScreeningErrorCode.WrongType],
    [Q.harmTypes, 'death-threat', ScreeningErrorCode.WrongType],
    [Q.harmTypes, [1, 2], ScreeningErrorCode.WrongType],
    [Q.harmTypes, ['death-threat', 'curse'], ScreeningErrorCode.UnknownOption],
    [Q.harmTypes, ['extortion', 'extortion'], ScreeningErrorCode.DuplicateOption],
    [Q.stateProtection, 'none', ScreeningErrorCode.UnknownOption],
    [Q.stateProtection, ['effective'], ScreeningErrorCode.WrongType],
    [Q.hoursUntilRemoval, '24', ScreeningErrorCode.WrongType],
    [Q.hoursUntilRemoval, Number.NaN, ScreeningErrorCode.WrongType],
    [Q.hoursUntilRemoval, -1, ScreeningErrorCode.OutOfRange],
    [Q.hoursUntilRemoval, 9000, ScreeningErrorCode.OutOfRange],
    [Q.lastArrivalDate, '2026-02-30', ScreeningErrorCode.InvalidDate],
    [Q.lastArrivalDate, '23/11/2026', ScreeningErrorCode.InvalidDate],
    [Q.lastArrivalDate, 20261123, ScreeningErrorCode.WrongType],
    [Q.habitualResidence, 'XX', ScreeningErrorCode.InvalidCountryCode],
    [Q.habitualResidence, 'hn', ScreeningErrorCode.InvalidCountryCode],
    [Q.harmNarrative, 'a'.repeat(20001), ScreeningErrorCode.TextTooLong],
    [Q.profileNotes, { text: 'x' }, ScreeningErrorCode.WrongType],
  ])('rejects %s = %p with %s', (id, value, code) => {
    expect(issuesOf({ ...minimal, [id]: value })).toEqual([[id, code]]);
  });

  it('rejects a future arrival date only when today is known', () => {
    const answers = { ...minimal, [Q.lastArrivalDate]: '2026-12-01' };
    expect(issuesOf(answers, SCREENING_INSTRUMENT_VERSION, '2026-11-23')).toEqual([
      [Q.lastArrivalDate, ScreeningErrorCode.DateInFuture],
    ]);
    expect(issuesOf(answers)).toEqual([]);
  });

  it('rejects answers for another instrument version and non-object answers', () => {
    expect(issuesOf(minimal, 'amparo-nrs-2020.01.1')).toEqual([
      [undefined, ScreeningErrorCode.InstrumentVersionMismatch],
    ]);
    expect(issuesOf([minimal])).toEqual([[undefined, ScreeningErrorCode.WrongType]]);
  });

  it('reports every problem at once', () => {
    expect(
      issuesOf({ ...minimal, [Q.harmOrThreats]: 'no', [Q.lifeRisk]: 1, 'x.y': true }),
    ).toHaveLength(3);
  });

  it('throws a typed invalid-input error naming each question', () => {
    expect.assertions(4);
    try {
      assertValidScreeningAnswers(SCREENING_INSTRUMENT, SCREENING_INSTRUMENT_VERSION, {
        ...minimal,
        [Q.lifeRisk]: 'yes',
      });
    } catch (e) {
      expect(e).toBeInstanceOf(ScreeningValidationError);
      const err = e as ScreeningValidationError;
      expect(err.kind).toBe('invalid');
      expect(err.code).toBe(ScreeningErrorCode.WrongType);
      expect(err.details).toEqual([
        {
          field: Q.lifeRisk,
          code: ScreeningErrorCode.WrongType,
          message: 'expected a boolean, got string',
        },
      ]);
    }
  });

  it('knows real calendar dates', () => {
    expect(isIsoCalendarDate('2024-02-29')).toBe(true);
    expect(isIsoCalendarDate('2023-02-29')).toBe(false);
    expect(isIsoCalendarDate('2023-13-01')).toBe(false);
  });
});
