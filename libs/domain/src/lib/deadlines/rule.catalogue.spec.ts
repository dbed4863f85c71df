import { ruleCatalogue } from './rule.catalogue';

describe('rule catalogue', () => {
  const catalogue = ruleCatalogue();
  const rule = (id: string) => catalogue.flatMap((j) => j.rules).find((r) => r.id === id);

  it('has every jurisdiction with its pack version', () => {
    expect(catalogue.map((j) => `${j.jurisdiction}@${j.version}`)).toEqual([
      'PE@1.1.0',
      'US@1.2.0',
      'MX@1.1.0',
      'DO@1.1.0',
      'PA@1.1.0',
      'CR@1.1.0',
    ]);
  });

  it('describes periods, ranges and counting in words', () => {
    expect(rule('pe.pasee.decision')).toMatchObject({
      period: { en: '24 hours', es: '24 horas' },
      latestPeriod: { en: '48 hours', es: '48 horas' },
      counting: { en: 'on the clock, no rolling' },
      status: 'secondary',
      urgent: true,
    });
    expect(rule('pe.pasee.reconsideration')).toMatchObject({
      period: { en: '3 business days', es: '3 días hábiles' },
      counting: {
        en: 'trigger day excluded, rolls forward past weekends and holidays, no mailing days',
      },
      notes: { en: expect.stringContaining('does NOT suspend the expulsion') },
    });
    expect(rule('mx.comar.application')).toMatchObject({
      calendar: expect.stringMatching(
        /^mx\.public-holidays \(.*\) \+ closures of MX-COMAR and country-wide MX closures$/,
      ),
      latestPeriod: { en: '30 business days' },
    });
    expect(rule('mx.amparo')).toMatchObject({
      period: { en: '15 business days' },
      calendar: expect.stringMatching(/^mx\.ley-de-amparo-art-19 .*closures of MX-PJF/),
    });
  });

  it('shows rules without a period as such, never with a date', () => {
    expect(rule('pe.habeas-corpus')).toMatchObject({ noPeriod: 'immediate', urgent: true });
    expect(rule('pe.habeas-corpus')?.period).toBeUndefined();
    expect(rule('us.judge-imposed-i589')).toMatchObject({ noPeriod: 'dateInOrder' });
  });

  it('shows the chain: completing a rule records the event that starts the next clock', () => {
    expect(rule('do.refugee.application')).toMatchObject({
      completionRecords: 'refugee-application-filed',
      startsNext: ['do.refugee.constancia-renewal'],
    });
    expect(rule('mx.comar.application')?.startsNext).toEqual(['mx.comar.decision']);
  });

  it('carries the gaps and protections', () => {
    const pe = catalogue.find((j) => j.jurisdiction === 'PE');
    expect(pe?.gaps.map((g) => g.id)).toContain('pe.pasee.descargos');
    const cr = catalogue.find((j) => j.jurisdiction === 'CR');
    expect(cr?.protections.map((p) => p.citation)).toEqual([
      'Reglamento de Personas Refugiadas 36831-G art. 39',
    ]);
  });
});
