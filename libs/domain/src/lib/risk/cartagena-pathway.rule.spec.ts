import type { CountryProfile } from '../countries/country-profile.model';
import { findCountryProfile } from '../countries/country-profiles.data';
import { scoreRisk } from './risk.scoring';
import type { ScreeningAnswers } from './screening-answer.model';
import { Q } from './screening-question.ids';

/** A Honduran facing return to Honduras before `forum`, with these circumstances answered. */
function cartagena(forum: CountryProfile, circumstances: string[], extra: ScreeningAnswers = {}) {
  const score = scoreRisk({
    answers: {
      [Q.nationality]: 'HN',
      [Q.destinationCountry]: 'HN',
      [Q.forumCountry]: forum.code,
      [Q.harmOrThreats]: false,
      [Q.cartagenaCircumstances]: circumstances,
      [Q.removalProcedure]: 'ordinary',
      ...extra,
    },
    destination: findCountryProfile('HN'),
    forum,
  });
  const pathway = score.pathways.find((p) => p.id === 'cartagena');
  if (!pathway) throw new Error('no Cartagena pathway');
  return { status: pathway.status, caveats: pathway.caveats.map((c) => c.en).join(' | ') };
}

const PE = findCountryProfile('PE');
const MX = findCountryProfile('MX');
const US = findCountryProfile('US');
const DO = findCountryProfile('DO');

describe('the Cartagena pathway, ground by ground against the forum law', () => {
  it('is closed in Peru for generalized violence alone: Ley 27891 art. 3(b) does not list it', () => {
    const { status, caveats } = cartagena(PE, ['generalized-violence']);
    expect(status).toBe('not-in-forum-law');
    expect(caveats).toContain(
      "Peru's law does not list generalized violence (Ley 27891 art. 3(b) does not list generalized violence)",
    );
  });

  it('is open in Peru on a ground its law lists, and still warns about the one it does not', () => {
    const { status, caveats } = cartagena(PE, ['generalized-violence', 'internal-conflict']);
    expect(status).toBe('open');
    expect(caveats).toContain('does not list generalized violence');
  });

  it('is open in Mexico on generalized violence (LRPCAP art. 13 fr. II lists all five)', () => {
    expect(cartagena(MX, ['generalized-violence'])).toEqual({ status: 'open', caveats: '' });
  });

  it('is never available in the United States, whose law has no Cartagena definition', () => {
    expect(cartagena(US, ['internal-conflict']).status).toBe('not-in-forum-law');
    // A bar indicated changes nothing about a definition the forum does not have.
    const barred = cartagena(US, ['internal-conflict'], { [Q.exclusionIndicators]: ['art-1f-b'] });
    expect(barred.status).toBe('not-in-forum-law');
    expect(barred.caveats).toContain('United States has no Cartagena definition (INA 101(a)(42)');
  });

  it('says where the forum law is not verified, naming the grounds', () => {
    const { status, caveats } = cartagena(DO, ['massive-human-rights-violations']);
    expect(status).toBe('forum-not-verified');
    expect(caveats).toContain(
      "do not record whether Dominican Republic's law lists massive violation of human rights",
    );
  });

  it('marks an open pathway possibly barred when an exclusion clause is indicated', () => {
    const barred = cartagena(MX, ['generalized-violence'], {
      [Q.exclusionIndicators]: ['art-1f-b'],
    });
    expect(barred.status).toBe('possibly-barred');
  });

  it('reads an office edit made before grounds were recorded by its overall answer', () => {
    if (!PE.forum) throw new Error('Peru has forum facts');
    const older = { ...PE.forum, cartagenaGrounds: undefined };
    const yes = { ...PE, forum: { ...older, appliesCartagena: 'yes' as const } };
    const no = { ...PE, forum: { ...older, appliesCartagena: 'no' as const } };
    expect(cartagena(yes, ['generalized-violence']).status).toBe('open');
    expect(cartagena(no, ['generalized-violence']).status).toBe('not-in-forum-law');
  });
});
