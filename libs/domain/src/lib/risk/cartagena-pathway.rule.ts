// The Cartagena pathway, read ground by ground against the forum's own refugee law: Peru's Ley
// 27891 lists four of the five circumstances (not generalized violence), Mexico all five, and the
// United States none. A blanket "the forum applies Cartagena" would mislead on the ground missing.
import type {
  CartagenaGround,
  CountryProfile,
  ForumCartagenaGround,
} from '../countries/country-profile.model';
import { CARTAGENA_GROUNDS } from '../countries/country-profile.model';
import { LegalBasis } from './legal-basis.model';
import type { LocalizedText } from './localized-text.model';
import { profileFact, type RiskContext } from './risk-context';
import type { PathwayStatus, ProtectionPathway } from './risk-score.model';
import { Q } from './screening-question.ids';

const GROUND_LABEL: Readonly<Record<CartagenaGround, LocalizedText>> = {
  'generalized-violence': { en: 'generalized violence', es: 'violencia generalizada' },
  'foreign-aggression': { en: 'foreign aggression', es: 'agresión extranjera' },
  'internal-conflict': { en: 'internal conflict', es: 'conflictos internos' },
  'massive-human-rights-violations': {
    en: 'massive violation of human rights',
    es: 'violación masiva de los derechos humanos',
  },
  'public-order-disturbance': {
    en: 'other circumstances seriously disturbing public order',
    es: 'otras circunstancias que perturban gravemente el orden público',
  },
};

const isGround = (value: string): value is CartagenaGround =>
  (CARTAGENA_GROUNDS as readonly string[]).includes(value);

/**
 * Whether the forum's law lists this circumstance. An office edit made before grounds were
 * recorded one by one has only the overall answer: "yes" and "no" hold for every ground, anything
 * else is not verified.
 */
function groundInForum(
  forum: CountryProfile | undefined,
  ground: CartagenaGround,
): Pick<ForumCartagenaGround, 'applies' | 'basis'> {
  const facts = forum?.forum;
  const recorded = facts?.cartagenaGrounds?.find((g) => g.ground === ground);
  if (recorded) return recorded;
  const overall = facts?.appliesCartagena;
  return {
    applies: overall === 'yes' || overall === 'no' ? overall : 'not-verified',
    basis: facts?.cartagenaBasis ?? 'not recorded',
  };
}

const listed = (grounds: readonly CartagenaGround[], lang: keyof LocalizedText) =>
  grounds.map((g) => GROUND_LABEL[g][lang]).join(', ');

export function cartagenaPathway(
  c: RiskContext,
  bars: readonly LocalizedText[],
): ProtectionPathway | undefined {
  const circumstances = c.answers.selected(Q.cartagenaCircumstances).filter(isGround);
  const contexts = c.fearedCountries.filter(({ profile }) => profile.cartagenaContext);
  if (circumstances.length === 0 && contexts.length === 0) return undefined;

  const forumName = c.forum?.name ?? { en: 'the forum', es: 'el foro' };
  const overall = c.forum?.forum?.appliesCartagena;
  const reading = circumstances.map((ground) => ({ ground, ...groundInForum(c.forum, ground) }));
  const inLaw = reading.filter((r) => r.applies === 'yes').map((r) => r.ground);
  const outOfLaw = reading.filter((r) => r.applies === 'no');
  const unknown = reading.filter((r) => r.applies === 'not-verified').map((r) => r.ground);

  const forumStatus: PathwayStatus =
    overall === 'no'
      ? 'not-in-forum-law'
      : circumstances.length === 0
        ? overall === 'yes' || overall === 'partly'
          ? 'open'
          : 'forum-not-verified'
        : inLaw.length > 0
          ? 'open'
          : outOfLaw.length === circumstances.length
            ? 'not-in-forum-law'
            : 'forum-not-verified';
  // A bar cannot make a definition the forum lacks any less absent.
  const status: PathwayStatus =
    forumStatus === 'not-in-forum-law'
      ? forumStatus
      : bars.length > 0
        ? 'possibly-barred'
        : forumStatus;

  const caveats: LocalizedText[] = [...bars];
  if (overall === 'no') {
    caveats.push({
      en: `${forumName.en} has no Cartagena definition (${c.forum?.forum?.cartagenaBasis ?? 'forum law'}): these circumstances count only through the Convention grounds or protection against torture and ill-treatment.`,
      es: `${forumName.es} no tiene definición de Cartagena (${c.forum?.forum?.cartagenaBasis ?? 'ley del foro'}): estas circunstancias solo cuentan a través de los motivos de la Convención o de la protección contra la tortura y los malos tratos.`,
    });
  } else {
    for (const r of outOfLaw)
      caveats.push({
        en: `${forumName.en}'s law does not list ${GROUND_LABEL[r.ground].en} (${r.basis}): rely on the other circumstances or the Convention grounds.`,
        es: `La ley de ${forumName.es} no incluye ${GROUND_LABEL[r.ground].es} (${r.basis}): apóyese en las demás circunstancias o en los motivos de la Convención.`,
      });
    if (unknown.length > 0 || (circumstances.length === 0 && forumStatus !== 'open'))
      caveats.push({
        en: `Our sources do not record whether ${forumName.en}'s law lists ${unknown.length > 0 ? listed(unknown, 'en') : 'these circumstances'}: verify.`,
        es: `Nuestras fuentes no registran si la ley de ${forumName.es} incluye ${unknown.length > 0 ? listed(unknown, 'es') : 'estas circunstancias'}: verifíquelo.`,
      });
    if (circumstances.length === 0 && overall === 'partly')
      caveats.push({
        en: `${forumName.en}'s law lists some Cartagena circumstances and not others: check that the case's fall among them.`,
        es: `La ley de ${forumName.es} incluye algunas circunstancias de Cartagena y no otras: compruebe que las del caso estén entre ellas.`,
      });
  }

  const basis = c.forum?.forum?.cartagenaBasis;
  return {
    id: 'cartagena',
    label: { en: 'Cartagena refugee definition', es: 'Definición de refugiado de Cartagena' },
    status,
    legalBasis: [
      LegalBasis.CartagenaGeneralizedViolence,
      LegalBasis.CartagenaMassiveHumanRightsViolations,
    ],
    why: [
      ...(circumstances.length > 0
        ? [
            {
              en: `Circumstances answered: ${listed(circumstances, 'en')}.`,
              es: `Circunstancias señaladas: ${listed(circumstances, 'es')}.`,
            },
          ]
        : []),
      ...contexts.map(({ profile }) => ({
        en: `${profile.name.en}: ${profile.cartagenaContext?.note.en ?? ''}`,
        es: `${profile.name.es}: ${profile.cartagenaContext?.note.es ?? ''}`,
      })),
      ...(basis && (overall === 'yes' || overall === 'partly')
        ? [{ en: `Forum law: ${basis}.`, es: `Ley del foro: ${basis}.` }]
        : []),
    ],
    caveats,
    answers:
      circumstances.length > 0 ? [Q.cartagenaCircumstances, Q.forumCountry] : [Q.forumCountry],
    profileFacts: contexts.map(({ profile }) => profileFact.cartagenaContext(profile)),
  };
}
