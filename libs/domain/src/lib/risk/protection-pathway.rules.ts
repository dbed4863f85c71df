// Which protection the answers point to, and what may close each door (exclusion, forum law).
import { cartagenaPathway } from './cartagena-pathway.rule';
import { LegalBasis } from './legal-basis.model';
import type { LocalizedText } from './localized-text.model';
import {
  anyHarmOrThreat,
  harmAnswers,
  matchGuidanceProfiles,
  profileFact,
  SERIOUS_HARMS,
  STATE_ACTORS,
  type RiskContext,
} from './risk-context';
import type { ProtectionPathway } from './risk-score.model';
import { Q } from './screening-question.ids';

/** Indicators that may bar refugee status (and, by the same clauses, Cartagena protection). */
const STATUS_BARS = [
  'art-1f-a',
  'art-1f-b',
  'art-1f-c',
  'art-33-2',
  'filing-deadline-bar',
  'other-statutory-bar',
];

const ABSOLUTE: LocalizedText = {
  en: 'Absolute: no exclusion clause or statutory bar removes this protection.',
  es: 'Absoluta: ninguna cláusula de exclusión ni impedimento legal elimina esta protección.',
};

function barCaveat(c: RiskContext): LocalizedText[] {
  const bars = c.answers.hasAny(Q.exclusionIndicators, STATUS_BARS);
  return bars.length === 0
    ? []
    : [
        {
          en: `Exclusion or bar indicated (${bars.join(', ')}): check before relying on this pathway; complementary protection remains.`,
          es: `Hay indicios de exclusión o impedimento (${bars.join(', ')}): revíselos antes de invocar esta vía; la protección complementaria subsiste.`,
        },
      ];
}

/**
 * Where the forum splits its protection against torture (US: withholding has bars, deferral
 * survives them), say so next to "absolute": the protection remains, in the form that survives.
 */
function forumCatBars(c: RiskContext): LocalizedText[] {
  const bars = c.forum?.forum?.catBars;
  const cited = (text: string) => `${text.replace(/\.$/, '')} (${bars?.citation ?? ''}).`;
  return bars ? [{ en: cited(bars.text.en), es: cited(bars.text.es) }] : [];
}

export function protectionPathways(c: RiskContext): ProtectionPathway[] {
  const a = c.answers;
  const pathways: ProtectionPathway[] = [];
  const bars = barCaveat(c);
  const grounds = a.selected(Q.conventionGrounds);
  const serious = a.hasAny(Q.harmTypes, SERIOUS_HARMS);
  const stateActor = a.hasAny(Q.actors, STATE_ACTORS).length > 0;
  const profileMatches = c.fearedCountries.flatMap(({ profile }) =>
    matchGuidanceProfiles(a, profile).profiles.map((p) => profileFact.riskProfile(profile, p)),
  );
  const feared =
    anyHarmOrThreat(a) ||
    profileMatches.length > 0 ||
    a.isTrue(Q.tortureRisk) ||
    a.isTrue(Q.lifeRisk);

  if (grounds.length > 0 && feared) {
    pathways.push({
      id: 'refugee-1951',
      label: {
        en: 'Refugee status (1951 Convention)',
        es: 'Estatuto de refugiado (Convención de 1951)',
      },
      status: bars.length > 0 ? 'possibly-barred' : 'open',
      legalBasis: [LegalBasis.RefugeeDefinition, LegalBasis.NonRefoulement],
      why: [
        {
          en: `Feared harm linked to a Convention ground: ${grounds.join(', ')}.`,
          es: `Daño temido vinculado a un motivo de la Convención: ${grounds.join(', ')}.`,
        },
      ],
      caveats: bars,
      answers: [Q.conventionGrounds, ...harmAnswers(a)],
      profileFacts: profileMatches,
    });
  }

  const cartagena = cartagenaPathway(c, bars);
  if (cartagena) pathways.push(cartagena);

  const tortureHarm = a.has(Q.harmTypes, 'torture');
  if (a.isTrue(Q.tortureRisk) || tortureHarm || (stateActor && serious.length > 0)) {
    pathways.push({
      id: 'cat-art-3',
      label: {
        en: 'Convention Against Torture, art. 3',
        es: 'Convención contra la Tortura, art. 3',
      },
      status: 'open',
      legalBasis: [LegalBasis.CatArt3],
      why: [
        {
          en: 'Risk of torture, past torture, or serious harm by state agents or with their acquiescence.',
          es: 'Riesgo de tortura, tortura sufrida, o daño grave por agentes del Estado o con su aquiescencia.',
        },
      ],
      caveats: [ABSOLUTE, ...forumCatBars(c)],
      answers: [Q.tortureRisk, Q.harmTypes, Q.actors].filter((id) => id in a.answers),
      profileFacts: [],
    });
  }

  const deathThreat = a.has(Q.harmTypes, 'death-threat');
  if (
    a.isTrue(Q.lifeRisk) ||
    a.isTrue(Q.cruelTreatmentRisk) ||
    a.isTrue(Q.tortureRisk) ||
    deathThreat ||
    serious.length > 0
  ) {
    pathways.push({
      id: 'iccpr-6-7',
      label: { en: 'ICCPR arts. 6 and 7', es: 'PIDCP arts. 6 y 7' },
      status: 'open',
      legalBasis: [LegalBasis.IccprArt6, LegalBasis.IccprArt7],
      why: [
        {
          en: 'Real risk of irreparable harm: to life, or of torture or cruel, inhuman or degrading treatment.',
          es: 'Riesgo real de daño irreparable: a la vida, o de tortura o tratos crueles, inhumanos o degradantes.',
        },
      ],
      caveats: [ABSOLUTE],
      answers: [Q.lifeRisk, Q.cruelTreatmentRisk, Q.tortureRisk, Q.harmTypes].filter(
        (id) => id in a.answers,
      ),
      profileFacts: [],
    });
  }
  return pathways;
}
