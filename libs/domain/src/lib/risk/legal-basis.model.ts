// The legal norms a screening question or a protection pathway serves, cited by the attorney.
import type { LocalizedText } from './localized-text.model';

export enum LegalBasis {
  RefugeeDefinition = 'refugee-1951-art-1a2',
  GroundRace = 'refugee-1951-ground-race',
  GroundReligion = 'refugee-1951-ground-religion',
  GroundNationality = 'refugee-1951-ground-nationality',
  GroundParticularSocialGroup = 'refugee-1951-ground-particular-social-group',
  GroundPoliticalOpinion = 'refugee-1951-ground-political-opinion',
  NonRefoulement = 'refugee-1951-art-33-1',
  CartagenaGeneralizedViolence = 'cartagena-iii-3-generalized-violence',
  CartagenaForeignAggression = 'cartagena-iii-3-foreign-aggression',
  CartagenaInternalConflict = 'cartagena-iii-3-internal-conflict',
  CartagenaMassiveHumanRightsViolations = 'cartagena-iii-3-massive-human-rights-violations',
  CartagenaPublicOrderDisturbance = 'cartagena-iii-3-public-order-disturbance',
  CatArt3 = 'cat-art-3',
  IccprArt6 = 'iccpr-art-6',
  IccprArt7 = 'iccpr-art-7',
  ExclusionArt1F = 'refugee-1951-art-1f',
  NonRefoulementException = 'refugee-1951-art-33-2',
  StatutoryBar = 'statutory-bar',
  /** Facts that start procedural clocks (e.g. the US one-year bar, COMAR's 30 days). */
  DeadlineClocks = 'deadline-clocks',
}

export const LEGAL_BASIS_LABELS: Readonly<Record<LegalBasis, LocalizedText>> = {
  [LegalBasis.RefugeeDefinition]: {
    en: '1951 Refugee Convention, art. 1A(2) (refugee definition)',
    es: 'Convención de 1951, art. 1A(2) (definición de refugiado)',
  },
  [LegalBasis.GroundRace]: {
    en: '1951 Convention ground: race',
    es: 'Motivo de la Convención de 1951: raza',
  },
  [LegalBasis.GroundReligion]: {
    en: '1951 Convention ground: religion',
    es: 'Motivo de la Convención de 1951: religión',
  },
  [LegalBasis.GroundNationality]: {
    en: '1951 Convention ground: nationality',
    es: 'Motivo de la Convención de 1951: nacionalidad',
  },
  [LegalBasis.GroundParticularSocialGroup]: {
    en: '1951 Convention ground: membership of a particular social group',
    es: 'Motivo de la Convención de 1951: pertenencia a determinado grupo social',
  },
  [LegalBasis.GroundPoliticalOpinion]: {
    en: '1951 Convention ground: political opinion (held or imputed)',
    es: 'Motivo de la Convención de 1951: opinión política (propia o imputada)',
  },
  [LegalBasis.NonRefoulement]: {
    en: '1951 Refugee Convention, art. 33(1) (non-refoulement, including indirect removal)',
    es: 'Convención de 1951, art. 33(1) (no devolución, incluida la devolución indirecta)',
  },
  [LegalBasis.CartagenaGeneralizedViolence]: {
    en: 'Cartagena Declaration (1984), conclusion III(3): generalized violence',
    es: 'Declaración de Cartagena (1984), conclusión III(3): violencia generalizada',
  },
  [LegalBasis.CartagenaForeignAggression]: {
    en: 'Cartagena Declaration (1984), conclusion III(3): foreign aggression',
    es: 'Declaración de Cartagena (1984), conclusión III(3): agresión extranjera',
  },
  [LegalBasis.CartagenaInternalConflict]: {
    en: 'Cartagena Declaration (1984), conclusion III(3): internal conflict',
    es: 'Declaración de Cartagena (1984), conclusión III(3): conflictos internos',
  },
  [LegalBasis.CartagenaMassiveHumanRightsViolations]: {
    en: 'Cartagena Declaration (1984), conclusion III(3): massive violation of human rights',
    es: 'Declaración de Cartagena (1984), conclusión III(3): violación masiva de los derechos humanos',
  },
  [LegalBasis.CartagenaPublicOrderDisturbance]: {
    en: 'Cartagena Declaration (1984), conclusion III(3): other circumstances seriously disturbing public order',
    es: 'Declaración de Cartagena (1984), conclusión III(3): otras circunstancias que hayan perturbado gravemente el orden público',
  },
  [LegalBasis.CatArt3]: {
    en: 'Convention Against Torture, art. 3 (absolute)',
    es: 'Convención contra la Tortura, art. 3 (absoluto)',
  },
  [LegalBasis.IccprArt6]: {
    en: 'ICCPR art. 6 (right to life); HRC General Comment 31 para. 12',
    es: 'PIDCP art. 6 (derecho a la vida); Observación General 31 del Comité de DD. HH., párr. 12',
  },
  [LegalBasis.IccprArt7]: {
    en: 'ICCPR art. 7 (torture, cruel, inhuman or degrading treatment); HRC General Comment 31 para. 12',
    es: 'PIDCP art. 7 (tortura, tratos crueles, inhumanos o degradantes); Observación General 31, párr. 12',
  },
  [LegalBasis.ExclusionArt1F]: {
    en: '1951 Refugee Convention, art. 1F (exclusion clauses)',
    es: 'Convención de 1951, art. 1F (cláusulas de exclusión)',
  },
  [LegalBasis.NonRefoulementException]: {
    en: '1951 Refugee Convention, art. 33(2) (exception to non-refoulement)',
    es: 'Convención de 1951, art. 33(2) (excepción a la no devolución)',
  },
  [LegalBasis.StatutoryBar]: {
    en: "Statutory bar in the forum's law",
    es: 'Impedimento legal en la ley del foro',
  },
  [LegalBasis.DeadlineClocks]: {
    en: 'Procedural deadlines (feeds the deadline engine)',
    es: 'Plazos procesales (alimenta el motor de plazos)',
  },
};
