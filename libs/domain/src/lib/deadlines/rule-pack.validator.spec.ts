import { PE_RULE_PACK } from './packs/pe.rule-pack';
import { US_RULE_PACK } from './packs/us.rule-pack';
import { RulePackValidationError } from './rule-pack-validation.error';
import { RulePackRegistry, SHIPPED_RULE_PACKS } from './rule-pack.registry';
import { DeadlineRule, PeriodRule, RulePack } from './rule-pack.types';
import { validateRulePack } from './rule-pack.validator';

const reconsideration = PE_RULE_PACK.rules.find(
  (r) => r.id === 'pe.pasee.reconsideration',
) as PeriodRule;
const pasee = PE_RULE_PACK.rules.find((r) => r.id === 'pe.pasee.decision') as PeriodRule;

const withRule = (rule: DeadlineRule): RulePack => ({
  ...PE_RULE_PACK,
  rules: PE_RULE_PACK.rules.map((r) => (r.id === rule.id ? rule : r)),
});

function problemOf(pack: RulePack): RulePackValidationError {
  try {
    validateRulePack(pack);
  } catch (error) {
    if (error instanceof RulePackValidationError) return error;
    throw error;
  }
  throw new Error('the pack was accepted');
}

describe('rule pack validation', () => {
  it.each(SHIPPED_RULE_PACKS.map((p) => [p.jurisdiction, p] as const))(
    'accepts the shipped %s pack',
    (_code, pack) => {
      expect(validateRulePack(pack)).toBe(pack);
    },
  );

  it.each<[string, RulePack, string | undefined, RegExp]>([
    [
      'an unknown trigger',
      withRule({ ...reconsideration, triggers: ['sanction-notified'] }),
      'pe.pasee.reconsideration',
      /unknown trigger event type sanction-notified/,
    ],
    [
      'an hour period that rolls',
      withRule({ ...pasee, counting: { ...pasee.counting, rollForward: true } }),
      'pe.pasee.decision',
      /hour periods never roll/,
    ],
    [
      'a latest reading shorter than the earliest',
      withRule({
        ...pasee,
        latest: {
          ...(pasee.latest as NonNullable<PeriodRule['latest']>),
          period: { amount: 12, unit: 'hours' },
        },
      }),
      'pe.pasee.decision',
      /shorter than the earliest/,
    ],
    [
      'a zero period',
      withRule({ ...reconsideration, period: { amount: 0, unit: 'businessDays' } }),
      'pe.pasee.reconsideration',
      /positive integer/,
    ],
    [
      'a missing citation',
      withRule({ ...reconsideration, citation: ' ' }),
      'pe.pasee.reconsideration',
      /citation is missing/,
    ],
    [
      'a missing Spanish title',
      withRule({ ...reconsideration, title: { en: 'Reconsideration', es: '' } }),
      'pe.pasee.reconsideration',
      /title needs en and es/,
    ],
    [
      'an unknown procedure',
      withRule({ ...reconsideration, procedures: ['pasee'] }),
      'pe.pasee.reconsideration',
      /unknown procedure pasee/,
    ],
    [
      "another country's calendar",
      withRule({
        ...reconsideration,
        calendar: { country: 'US', nonWorkingDays: 'pe.public-holidays' },
      }),
      'pe.pasee.reconsideration',
      /calendar US/,
    ],
    [
      'a calendar the pack does not define',
      withRule({
        ...reconsideration,
        calendar: { country: 'PE', nonWorkingDays: 'pe.ley-de-amparo' },
      }),
      'pe.pasee.reconsideration',
      /unknown non-working-day calendar pe.ley-de-amparo/,
    ],
    [
      'a source address without its excerpt',
      withRule({ ...reconsideration, sourceUrl: 'https://peru21.pe/decreto-1582' }),
      'pe.pasee.reconsideration',
      /address and excerpt go together/,
    ],
    [
      'a source address that is not a web address',
      withRule({
        ...reconsideration,
        sourceUrl: 'peru21 newspaper',
        excerpt: 'no puede exceder las veinticuatro (24) horas',
      }),
      'pe.pasee.reconsideration',
      /not a web address/,
    ],
    [
      'a latest reading with an excerpt but no address',
      withRule({
        ...pasee,
        latest: {
          ...(pasee.latest as NonNullable<PeriodRule['latest']>),
          excerpt: 'retención de hasta 24 horas más el PASEE',
        },
      }),
      'pe.pasee.decision',
      /latest reading: source address and excerpt go together/,
    ],
    [
      'a fixed-date calendar with a date that does not exist',
      {
        ...PE_RULE_PACK,
        calendars: [
          ...PE_RULE_PACK.calendars,
          {
            id: 'pe.fixed',
            title: { en: 'Fixed', es: 'Fijo' },
            citation: 'test',
            status: 'unverified',
            holidays: {
              kind: 'fixedDates',
              dates: [{ month: 2, day: 30, name: { en: 'x', es: 'x' } }],
            },
            holidayWord: { en: 'holiday', es: 'feriado' },
          },
        ],
      },
      'pe.fixed',
      /no such date 2-30/,
    ],
    [
      'a calendar id of another jurisdiction',
      {
        ...PE_RULE_PACK,
        calendars: [{ ...PE_RULE_PACK.calendars[0], id: 'mx.public-holidays' }],
      },
      'mx.public-holidays',
      /calendar id must be a slug starting with "pe."/,
    ],
    [
      'an unknown time zone',
      withRule({ ...reconsideration, timeZone: 'America/Lim' }),
      'pe.pasee.reconsideration',
      /unknown time zone America\/Lim/,
    ],
    [
      'an id without the jurisdiction prefix',
      {
        ...PE_RULE_PACK,
        rules: [...PE_RULE_PACK.rules, { ...reconsideration, id: 'reconsideration' }],
      },
      'reconsideration',
      /must be a slug starting with "pe."/,
    ],
    [
      'a duplicate rule id',
      { ...PE_RULE_PACK, rules: [...PE_RULE_PACK.rules, reconsideration] },
      'pe.pasee.reconsideration',
      /duplicate id/,
    ],
    [
      'a chained event that does not exist',
      withRule({ ...reconsideration, completionRecords: 'appeal-lodged' }),
      'pe.pasee.reconsideration',
      /completion records unknown event type appeal-lodged/,
    ],
    ['a version that is not semver', { ...PE_RULE_PACK, version: 'v1' }, undefined, /not semver/],
  ])('refuses %s, naming the pack and the rule', (_what, pack, ruleId, problem) => {
    const error = problemOf(pack);
    expect(error.pack).toBe(`PE@${pack.version}`);
    expect(error.ruleId).toBe(ruleId);
    expect(error.message).toMatch(problem);
    expect(error.message).toContain(`Rule pack PE@${pack.version}`);
  });

  it('refuses data without the declared shape (a pack read from JSON), naming the rule', () => {
    const { citation: _dropped, ...withoutCitation } = reconsideration;
    const error = problemOf(withRule(withoutCitation as unknown as DeadlineRule));
    expect(error.ruleId).toBe('pe.pasee.reconsideration');
    expect(error.message).toMatch(
      /^Rule pack PE@1.1.0, rule pe.pasee.reconsideration: malformed data/,
    );
    const noCounting = { ...reconsideration, counting: undefined } as unknown as DeadlineRule;
    expect(problemOf(withRule(noCounting)).ruleId).toBe('pe.pasee.reconsideration');
  });

  it('refuses a pack or a rule without who reviewed it and a real review date', () => {
    const { review: _review, ...unreviewed } = PE_RULE_PACK;
    expect(() => validateRulePack(unreviewed as RulePack)).toThrow(/needs a review/);
    expect(() =>
      validateRulePack({
        ...PE_RULE_PACK,
        review: { reviewedBy: 'Someone', reviewedOn: '2026-02-30' },
      }),
    ).toThrow(/review date "2026-02-30" is not YYYY-MM-DD/);
    const reconsideration = PE_RULE_PACK.rules.find(
      (r) => r.id === 'pe.pasee.reconsideration',
    ) as DeadlineRule;
    expect(() =>
      validateRulePack(
        withRule({ ...reconsideration, review: { reviewedBy: ' ', reviewedOn: '2026-12-07' } }),
      ),
    ).toThrow(/rule pe.pasee.reconsideration: review needs who reviewed it/);
  });

  it('refuses an urgent "file at once" rule that is not flagged urgent', () => {
    const habeas = PE_RULE_PACK.rules.find((r) => r.id === 'pe.habeas-corpus') as DeadlineRule;
    expect(() => validateRulePack(withRule({ ...habeas, urgent: false } as DeadlineRule))).toThrow(
      /Rule pack PE@1.1.0, rule pe.habeas-corpus: an "immediate" rule must be urgent/,
    );
  });

  it('stops a registry from loading an invalid pack or two packs for one country', () => {
    expect(
      () => new RulePackRegistry([{ ...US_RULE_PACK, defaultTimeZone: 'America/Nueva_York' }]),
    ).toThrow(RulePackValidationError);
    expect(() => new RulePackRegistry([US_RULE_PACK, US_RULE_PACK])).toThrow(/second pack/);
  });

  it('ships the gaps the reference marks "not found" instead of inventing rules', () => {
    expect(PE_RULE_PACK.gaps.map((g) => g.id)).toEqual([
      'pe.pasee.descargos',
      'pe.refugee.application',
    ]);
    // The appeal is no longer a gap: the general 15 días hábiles ship as a flagged default.
    const appeal = PE_RULE_PACK.rules.find((r) => r.id === 'pe.pasee.appeal');
    expect(appeal?.status).toBe('unverified');
  });
});
