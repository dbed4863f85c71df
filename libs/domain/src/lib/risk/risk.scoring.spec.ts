import { findCountryProfile } from '../countries/country-profiles.data';
import { needsEscalation } from './risk-escalation.policy';
import { RiskScoringError, RiskScoringErrorCode } from './risk-scoring.error';
import { scoreRisk, scoreRiskWithProfiles } from './risk.scoring';
import type { RiskScore } from './risk-score.model';
import type { ScreeningAnswers } from './screening-answer.model';
import { validateScreeningAnswers } from './screening-answers.validator';
import { Q } from './screening-question.ids';
import { SCREENING_INSTRUMENT, SCREENING_INSTRUMENT_VERSION } from './screening.instrument';

const ruleIds = (s: RiskScore) => s.reasons.map((r) => r.ruleId);
const reason = (s: RiskScore, id: string) => {
  const found = s.reasons.find((r) => r.ruleId === id);
  if (!found) throw new Error(`no reason ${id} in ${ruleIds(s).join(', ')}`);
  return found;
};
const pathway = (s: RiskScore, id: string) => s.pathways.find((p) => p.id === id);

/** Every vector must also be a valid answer set: the scoring never sees what the API would refuse. */
function score(answers: ScreeningAnswers): RiskScore {
  const checked = validateScreeningAnswers(
    SCREENING_INSTRUMENT,
    SCREENING_INSTRUMENT_VERSION,
    answers,
    {
      today: '2026-11-23',
    },
  );
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
  return scoreRiskWithProfiles(checked.answers);
}

const hondurasWomanExtortedByGang: ScreeningAnswers = {
  [Q.nationality]: 'HN',
  [Q.destinationCountry]: 'HN',
  [Q.forumCountry]: 'MX',
  [Q.lastArrivalDate]: '2026-10-01',
  [Q.profileTags]: ['woman-or-girl', 'targeted-by-gangs'],
  [Q.harmOrThreats]: true,
  [Q.harmTypes]: ['extortion', 'death-threat', 'threat-to-family'],
  [Q.actors]: ['gang-or-organized-crime'],
  [Q.lastIncidentDate]: '2026-09-15',
  [Q.threatPersists]: true,
  [Q.conventionGrounds]: ['particular-social-group', 'political-opinion'],
  [Q.reportedToAuthorities]: false,
  [Q.stateProtection]: 'unavailable-or-ineffective',
  [Q.internalFlight]: 'no-safe-alternative',
  [Q.lifeRisk]: true,
  [Q.cartagenaCircumstances]: ['generalized-violence'],
  [Q.vulnerabilities]: ['gender-based-violence'],
  [Q.removalProcedure]: 'ordinary',
};

describe('scoring vectors', () => {
  describe('a Honduran woman threatened by a gang after refusing extortion (forum Mexico)', () => {
    const s = score(hondurasWomanExtortedByGang);

    it('is extreme because she is pursued with no protection and nowhere to relocate', () => {
      expect(s.level).toBe('extreme');
      expect(s.reasons[0].level).toBe('extreme');
      expect(reason(s, 'pursued-without-protection').answers).toEqual([
        Q.harmTypes,
        Q.threatPersists,
        Q.stateProtection,
        Q.internalFlight,
      ]);
      expect(ruleIds(s)).toEqual(
        expect.arrayContaining([
          'death-threat',
          'pursuit-continues',
          'no-protection-no-relocation',
          'life-risk',
        ]),
      );
      // A gang is not a state actor: the state-torture rule must not fire.
      expect(ruleIds(s)).not.toContain('state-torture-or-killing');
      expect(ruleIds(s)).not.toContain('state-actor');
    });

    it('cites the thematic gang guidance (Mar 2010), not invented Honduran profiles', () => {
      const match = reason(s, 'guidance-profile-match');
      expect(match.profileFacts).toEqual(['HN.riskProfile.targeted-by-gangs:unhcr-gangs-2010']);
      expect(match.text.en).toContain('2010-03');
      expect(match.text.es).toContain('pandillas');
      expect(s.advisories.map((a) => a.code)).toContain('profiles-not-transcribed:HN');
      expect(s.advisories[0].text.en).toContain('HCR/EG/HND/16/03');
    });

    it('opens refugee status, Cartagena (Mexican law) and ICCPR, but not CAT', () => {
      expect(s.pathways.map((p) => p.id)).toEqual(['refugee-1951', 'cartagena', 'iccpr-6-7']);
      expect(pathway(s, 'refugee-1951')?.status).toBe('open');
      expect(pathway(s, 'cartagena')?.status).toBe('open');
      expect(
        pathway(s, 'cartagena')
          ?.why.map((w) => w.en)
          .join(' '),
      ).toContain('LRPCAP art. 13 fr. II');
    });

    it('is not urgent without an imminent removal, so it is not escalated', () => {
      expect(s.urgency).toEqual({ urgent: false, removalWithin72h: false, reasons: [] });
      expect(needsEscalation(s)).toBe(false);
    });

    it('keeps its level when exclusion is indicated, but flags the pathways it may close', () => {
      const barred = score({
        ...hondurasWomanExtortedByGang,
        [Q.exclusionIndicators]: ['art-1f-b'],
      });
      expect(barred.level).toBe('extreme');
      expect(barred.reasons).toEqual(s.reasons);
      expect(pathway(barred, 'refugee-1951')?.status).toBe('possibly-barred');
      expect(pathway(barred, 'cartagena')?.status).toBe('possibly-barred');
      expect(pathway(barred, 'iccpr-6-7')?.status).toBe('open');
      expect(pathway(barred, 'iccpr-6-7')?.caveats[0].en).toContain('Absolute');
      expect(barred.advisories.map((a) => a.code)).toContain('exclusion-does-not-lower-risk');
    });
  });

  describe('a Haitian family facing return from the Dominican Republic', () => {
    const family: ScreeningAnswers = {
      [Q.nationality]: 'HT',
      [Q.destinationCountry]: 'HT',
      [Q.forumCountry]: 'DO',
      [Q.profileTags]: ['woman-or-girl', 'child'],
      [Q.harmOrThreats]: false,
      [Q.cartagenaCircumstances]: ['generalized-violence'],
      [Q.vulnerabilities]: ['pregnant'],
      [Q.removalProcedure]: 'ordinary',
      [Q.hoursUntilRemoval]: 36,
    };
    const s = score(family);

    it('is high because UNHCR advises against returns, with the Haiti profiles cited', () => {
      expect(s.level).toBe('high');
      expect(reason(s, 'returns-advised-against').profileFacts).toEqual([
        'HT.returns.advisedAgainst:unhcr-hti-returns-2022',
      ]);
      expect(reason(s, 'returns-advised-against').text.en).toContain('Nov 2022');
      expect(reason(s, 'guidance-profile-match').profileFacts).toEqual([
        'HT.riskProfile.woman-or-girl:unhcr-hti-2024',
        'HT.riskProfile.child:unhcr-hti-2024',
      ]);
      expect(ruleIds(s)).toEqual(
        expect.arrayContaining(['cartagena-circumstances', 'vulnerability']),
      );
      expect(ruleIds(s)).not.toContain('harm-or-threats');
    });

    it('points to Cartagena but says the Dominican forum adoption is not verified', () => {
      expect(s.pathways.map((p) => p.id)).toEqual(['cartagena']);
      expect(pathway(s, 'cartagena')?.status).toBe('forum-not-verified');
      expect(pathway(s, 'cartagena')?.caveats[0].en).toContain('Dominican Republic');
    });

    it('is urgent and escalated: removal within 36 hours at high risk', () => {
      expect(s.urgency.urgent).toBe(true);
      expect(s.urgency.reasons.map((r) => r.code)).toEqual(['removal-within-72h']);
      expect(needsEscalation(s)).toBe(true);
    });

    it('becomes extreme once the family has been threatened by gangs', () => {
      const threatened = score({
        ...family,
        [Q.profileTags]: ['woman-or-girl', 'child', 'targeted-by-gangs'],
        [Q.harmOrThreats]: true,
        [Q.harmTypes]: ['threat-to-family'],
        [Q.actors]: ['gang-or-organized-crime'],
      });
      expect(threatened.level).toBe('extreme');
      expect(
        reason(threatened, 'named-profile-where-returns-advised-against').profileFacts,
      ).toEqual(
        expect.arrayContaining([
          'HT.returns.advisedAgainst:unhcr-hti-returns-2022',
          'HT.riskProfile.targeted-by-gangs:unhcr-hti-2024',
          'HT.riskProfile.targeted-by-gangs:unhcr-gangs-2010',
        ]),
      );
    });
  });

  describe('a Venezuelan in a Peru PASEE with no past harm', () => {
    const answers: ScreeningAnswers = {
      [Q.nationality]: 'VE',
      [Q.destinationCountry]: 'VE',
      [Q.forumCountry]: 'PE',
      [Q.harmOrThreats]: false,
      [Q.removalProcedure]: 'pasee',
      [Q.hoursUntilRemoval]: 20,
    };
    const s = score(answers);

    it('is high because UNHCR asks states not to return Venezuelans (Update I, May 2019)', () => {
      expect(s.level).toBe('high');
      expect(ruleIds(s)).toEqual(['returns-advised-against', 'cartagena-context']);
      expect(reason(s, 'returns-advised-against').profileFacts).toEqual([
        'VE.returns.advisedAgainst:unhcr-ven-2019',
      ]);
      expect(reason(s, 'returns-advised-against').text.en).toContain('deport, expel');
      expect(reason(s, 'cartagena-context').profileFacts).toEqual([
        'VE.cartagenaContext:unhcr-ven-2019',
      ]);
    });

    it('opens Cartagena under Peruvian law (Ley 27891 art. 3(b)), which lists some grounds only', () => {
      expect(s.pathways.map((p) => p.id)).toEqual(['cartagena']);
      expect(pathway(s, 'cartagena')?.status).toBe('open');
      expect(
        pathway(s, 'cartagena')
          ?.why.map((w) => w.es)
          .join(' '),
      ).toContain('Ley 27891 art. 3(b)');
      expect(
        pathway(s, 'cartagena')
          ?.caveats.map((c) => c.en)
          .join(' '),
      ).toContain('lists some Cartagena circumstances and not others');
    });

    it('is escalated: high risk with the PASEE removal within 20 hours', () => {
      expect(s.urgency.removalWithin72h).toBe(true);
      expect(s.urgency.reasons.map((r) => r.code)).toEqual([
        'removal-within-72h',
        'summary-procedure',
      ]);
      expect(needsEscalation(s)).toBe(true);
    });

    it('would not be escalated on a profile that did not advise against returns (the old data)', () => {
      const venezuela = findCountryProfile('VE');
      const before = scoreRisk({
        answers,
        destination: {
          ...venezuela,
          returns: { advisedAgainst: false, note: { en: 'none', es: 'ninguna' } },
        },
        forum: findCountryProfile('PE'),
      });
      expect([before.level, needsEscalation(before)]).toEqual(['moderate', false]);
    });
  });

  describe('a Venezuelan to be removed from the US to El Salvador (third country)', () => {
    const base: ScreeningAnswers = {
      [Q.nationality]: 'VE',
      [Q.destinationCountry]: 'SV',
      [Q.forumCountry]: 'US',
      [Q.harmOrThreats]: false,
      [Q.removalProcedure]: 'final-order',
      [Q.hoursUntilRemoval]: 100,
    };

    it('is moderate and urgent on the third-country facts alone, and asks for the onward risk', () => {
      const s = score(base);
      expect(s.level).toBe('moderate');
      expect(ruleIds(s)).toEqual(['third-country-removal', 'third-country-arrangement']);
      expect(reason(s, 'third-country-removal').answers).toEqual([
        Q.nationality,
        Q.destinationCountry,
      ]);
      expect(reason(s, 'third-country-arrangement').profileFacts).toEqual([
        'SV.thirdCountryArrangement',
      ]);
      expect(reason(s, 'third-country-arrangement').text.en).toContain('any nationality');
      expect(s.urgency).toMatchObject({ urgent: true, removalWithin72h: false });
      expect(s.urgency.reasons.map((r) => r.code)).toEqual(['third-country-removal']);
      expect(s.advisories.map((a) => a.code)).toContain('onward-risk-unassessed');
    });

    it('is high with onward-removal risk and harm by state agents at home, opening CAT', () => {
      const s = score({
        ...base,
        [Q.harmOrThreats]: true,
        [Q.harmTypes]: ['arbitrary-detention', 'death-threat'],
        [Q.actors]: ['state-agent'],
        [Q.conventionGrounds]: ['political-opinion'],
        [Q.thirdCountryRemoval]: true,
        [Q.onwardRemovalRisk]: true,
      });
      expect(s.level).toBe('high');
      expect(ruleIds(s)).toEqual(
        expect.arrayContaining([
          'chain-refoulement',
          'state-actor',
          'serious-past-harm',
          'third-country-arrangement',
        ]),
      );
      const onward = s.reasons.find((r) => r.ruleId === 'cartagena-context');
      expect(onward?.text.en).toContain('country of onward removal');
      expect(s.pathways.map((p) => [p.id, p.status])).toEqual([
        ['refugee-1951', 'open'],
        ['cartagena', 'not-in-forum-law'],
        ['cat-art-3', 'open'],
        ['iccpr-6-7', 'open'],
      ]);
      // Venezuela is the country of onward removal, and UNHCR advises against returns there.
      expect(reason(s, 'returns-advised-against').text.en).toContain('country of onward removal');
      expect(
        pathway(s, 'cartagena')
          ?.caveats.map((c) => c.en)
          .join(' '),
      ).toContain('has no Cartagena definition (INA 101(a)(42)');
      expect(
        pathway(s, 'cat-art-3')
          ?.caveats.map((c) => c.en)
          .join(' '),
      ).toContain(
        'deferral of removal survives those bars (8 CFR 1208.16(d)(2) (bars); 8 CFR 1208.17(a) (deferral))',
      );
      expect(needsEscalation(s)).toBe(false);
      expect(needsEscalation({ ...s, urgency: { ...s.urgency, removalWithin72h: true } })).toBe(
        true,
      );
    });
  });

  it('is low, with no reasons, for a person with no risk factor, and says guidance is missing', () => {
    const s = score({
      [Q.nationality]: 'EC',
      [Q.destinationCountry]: 'EC',
      [Q.forumCountry]: 'PA',
      [Q.harmOrThreats]: false,
      [Q.removalProcedure]: 'none-known',
    });
    expect(s.level).toBe('low');
    expect(s.reasons).toEqual([]);
    expect(s.pathways).toEqual([]);
    expect(s.advisories.map((a) => a.code)).toEqual(['guidance-not-found:EC']);
  });

  it('escalates to extreme for torture risk at the hands of the state', () => {
    const s = score({
      [Q.nationality]: 'NI',
      [Q.destinationCountry]: 'NI',
      [Q.forumCountry]: 'CR',
      [Q.harmOrThreats]: true,
      [Q.harmTypes]: ['arbitrary-detention'],
      [Q.actors]: ['state-agent'],
      [Q.tortureRisk]: true,
      [Q.removalProcedure]: 'ordinary',
    });
    expect(s.level).toBe('extreme');
    expect(reason(s, 'state-torture-or-killing').answers).toEqual([Q.tortureRisk, Q.actors]);
    expect(s.advisories[0].text.en).toContain('was not found');
  });

  it('refuses a destination profile that does not match the answers', () => {
    const call = () =>
      scoreRisk({ answers: hondurasWomanExtortedByGang, destination: findCountryProfile('SV') });
    expect(call).toThrow(RiskScoringError);
    expect(call).toThrow(
      expect.objectContaining({ code: RiskScoringErrorCode.DestinationProfileMismatch }),
    );
    expect(() => scoreRiskWithProfiles({})).toThrow(
      expect.objectContaining({ code: RiskScoringErrorCode.DestinationMissing, kind: 'invalid' }),
    );
  });
});
