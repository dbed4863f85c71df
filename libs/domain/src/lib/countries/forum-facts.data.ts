// What each removing state's own law offers: its refugee definition ground by ground (never a
// blanket "applies Cartagena"), the protections that are not periods, and the bars of the US
// protection against torture. From the texts read at the addresses given.
import type {
  CartagenaGround,
  ForumCartagenaGround,
  ForumFacts,
  ForumProtection,
} from './country-profile.model';
import { CARTAGENA_GROUNDS } from './country-profile.model';

const PE_LEY_27891 = {
  sourceUrl: 'https://es.scribd.com/document/375639043/normalegal-8-pdf',
  excerpt:
    'b) A la persona que se ha visto obligada a huir de su país de nacionalidad o de residencia habitual por causa de la violación masiva de los derechos humanos, agresión extranjera, conflicto interno, ocupación o dominación extranjera; o en razón de acontecimientos que perturben gravemente el orden público.',
};

const MX_LRPCAP_13 = {
  sourceUrl: 'https://aldayabogados.com/refugio-asilo-politico-y-proteccion-complementaria',
  excerpt:
    'II.- Que ha huido de su país de origen porque su vida, seguridad o libertad han sido amenazadas por violencia generalizada, agresión extranjera, conflictos internos, violación masiva de los derechos humanos u otras circunstancias que hayan perturbado gravemente el orden público.',
};

const US_INA_101_A_42 = {
  sourceUrl: 'http://irlawcenter.org/learn/asylum-definition/',
  excerpt:
    'because of persecution or a well-founded fear of persecution on account of race, religion, nationality, membership in a particular social group, or political opinion.',
};

/** The same answer for every ground, on one text (Mexico lists all five; the US none). */
function everyGround(
  applies: ForumCartagenaGround['applies'],
  basis: string,
  status: ForumCartagenaGround['status'],
  source: { sourceUrl?: string; excerpt?: string } = {},
): ForumCartagenaGround[] {
  return CARTAGENA_GROUNDS.map((ground) => ({ ground, applies, basis, status, ...source }));
}

function except(
  grounds: ForumCartagenaGround[],
  ground: CartagenaGround,
  change: Partial<ForumCartagenaGround>,
): ForumCartagenaGround[] {
  return grounds.map((g) => (g.ground === ground ? { ...g, ...change } : g));
}

const notVerified = (country: string, pais: string): ForumProtection => ({
  text: {
    en: `Our sources do not record whether ${country} applies the Cartagena definition: verify before relying on it.`,
    es: `Nuestras fuentes no registran si ${pais} aplica la definición de Cartagena: verifíquelo antes de invocarla.`,
  },
  citation: 'Amparo legal reference (gap)',
  status: 'not-found',
});

export const PERU_FORUM: ForumFacts = {
  appliesCartagena: 'partly',
  cartagenaBasis:
    'Ley 27891 art. 3(b): massive violation of human rights, foreign aggression, internal conflict, foreign occupation or domination, events seriously disturbing public order; not generalized violence',
  cartagenaGrounds: except(
    everyGround('yes', 'Ley 27891 art. 3(b)', 'verified', PE_LEY_27891),
    'generalized-violence',
    { applies: 'no', basis: 'Ley 27891 art. 3(b) does not list generalized violence' },
  ),
  protections: [
    {
      text: {
        en: 'PASEE ends within 24 hours of police retention (48 hours on another reading); expulsion can follow at once.',
        es: 'El PASEE termina dentro de las 24 horas desde la retención policial (48 horas según otra lectura); la expulsión puede ejecutarse de inmediato.',
      },
      citation: 'DL 1582 (Nov 2023), amending DL 1350',
      status: 'secondary',
    },
  ],
};

export const MEXICO_FORUM: ForumFacts = {
  appliesCartagena: 'yes',
  cartagenaBasis: 'LRPCAP art. 13 fr. II',
  cartagenaGrounds: everyGround('yes', 'LRPCAP art. 13 fr. II', 'verified', MX_LRPCAP_13),
  protections: [
    {
      text: {
        en: 'Amparo against deportation or expulsion, or danger to life: no time limit, urgent.',
        es: 'Amparo contra la deportación o expulsión, o peligro para la vida: sin plazo, urgente.',
      },
      citation: 'Ley de Amparo art. 17',
      status: 'verified',
    },
  ],
};

export const UNITED_STATES_FORUM: ForumFacts = {
  appliesCartagena: 'no',
  cartagenaBasis:
    'INA 101(a)(42) (8 U.S.C. 1101(a)(42)): the five Convention grounds only; no regional definition',
  cartagenaGrounds: everyGround(
    'no',
    'INA 101(a)(42) names only the five Convention grounds',
    'secondary',
    US_INA_101_A_42,
  ),
  protections: [
    {
      text: {
        en: 'No Cartagena definition: the circumstances it lists count only through the Convention grounds, withholding of removal or the Convention Against Torture.',
        es: 'Sin definición de Cartagena: las circunstancias que enumera solo cuentan a través de los motivos de la Convención, la suspensión de la expulsión (withholding) o la Convención contra la Tortura.',
      },
      citation: 'INA 101(a)(42); 8 U.S.C. 1101(a)(42)',
      status: 'secondary',
      ...US_INA_101_A_42,
    },
    {
      text: {
        en: 'Credible fear review by an immigration judge: within 24 hours where practicable, never later than 7 days.',
        es: 'Revisión del miedo creíble por un juez de inmigración: en 24 horas cuando sea posible, nunca más de 7 días.',
      },
      citation: '8 CFR 1003.42(e)',
      status: 'secondary',
    },
  ],
  catBars: {
    text: {
      en: 'Withholding of removal under the Convention Against Torture is barred for persecutors and for a particularly serious crime, a serious nonpolitical crime or a danger to security; deferral of removal survives those bars.',
      es: 'La suspensión de la expulsión (withholding) bajo la Convención contra la Tortura está vedada a perseguidores y por un delito particularmente grave, un delito grave no político o un peligro para la seguridad; el aplazamiento de la expulsión (deferral) subsiste pese a esos impedimentos.',
    },
    citation: '8 CFR 1208.16(d)(2) (bars); 8 CFR 1208.17(a) (deferral)',
    status: 'secondary',
    sourceUrl:
      'http://www.jctlegal.com/immigration-blog/immigration-court-deferral-of-removal-under-convention-of-torture',
    excerpt:
      "While a Respondent's conviction for a particularly serious crime makes him/her ineligible for Withholding of Removal under CAT, he/she may still be eligible for Deferral of Removal CAT. See 8 C.F.R. 1208.17(a).",
  },
};

export const DOMINICAN_REPUBLIC_FORUM: ForumFacts = {
  appliesCartagena: 'not-verified',
  cartagenaGrounds: everyGround('not-verified', 'not found', 'not-found'),
  protections: [
    notVerified('the Dominican Republic', 'República Dominicana'),
    {
      text: {
        en: 'Refugee application to the ONR within 15 days of entry.',
        es: 'Solicitud de refugio ante la ONR dentro de los 15 días desde la entrada.',
      },
      citation: 'Decreto 2330 (1984) art. 7',
      status: 'secondary',
    },
  ],
};

export const PANAMA_FORUM: ForumFacts = {
  appliesCartagena: 'not-verified',
  cartagenaGrounds: everyGround('not-verified', 'not found', 'not-found'),
  protections: [
    notVerified('Panama', 'Panamá'),
    {
      text: {
        en: 'Refugee application within 6 months from the business day after entry.',
        es: 'Solicitud de refugio dentro de los 6 meses desde el día hábil siguiente a la entrada.',
      },
      citation: 'Decreto Ejecutivo 5 (2018) art. 30',
      status: 'verified',
    },
  ],
};

export const COSTA_RICA_FORUM: ForumFacts = {
  appliesCartagena: 'not-verified',
  cartagenaGrounds: everyGround('not-verified', 'not found', 'not-found'),
  protections: [
    notVerified('Costa Rica', 'Costa Rica'),
    {
      text: {
        en: 'No expulsion while a refugee claim is pending.',
        es: 'No se expulsa mientras haya una solicitud de refugio pendiente.',
      },
      citation: 'Reglamento 36831-G art. 39',
      status: 'verified',
    },
  ],
};
