// Seed reference data for the region's countries of origin and removing states, from our legal reference.
import type {
  CountryProfile,
  ForumFacts,
  GuidanceRiskProfile,
  ReturnsAdvisory,
  ThirdCountryArrangement,
} from './country-profile.model';
import {
  EL_SALVADOR_GUIDELINES_2016,
  HAITI_GUIDANCE_2024,
  HAITI_RETURNS_CALL_2022,
  HONDURAS_GUIDELINES_2016,
  VENEZUELA_GUIDANCE_2019,
} from './guidance-citations.data';

const REVIEWED_ON = '2026-11-23';

const NO_ADVISORY: ReturnsAdvisory = {
  advisedAgainst: false,
  note: {
    en: 'No advice against returns is recorded in our legal reference. This is not a finding that return is safe.',
    es: 'Nuestra referencia jurídica no registra recomendaciones contra las devoluciones. Esto no significa que el retorno sea seguro.',
  },
};

const NO_ARRANGEMENT: ThirdCountryArrangement = {
  receivesOtherNationals: false,
  status: 'not-found',
  note: {
    en: 'Our legal reference documents no arrangement to receive deportees of other nationalities; absence here is not evidence of absence.',
    es: 'Nuestra referencia jurídica no documenta acuerdos para recibir deportados de otras nacionalidades; que no figure aquí no prueba que no exista.',
  },
};

const NOT_IN_REFERENCE = {
  en: 'Not covered by our legal reference: no country guidance has been sourced. This is a gap in the data, not evidence that return is safe; screen on the individual answers.',
  es: 'No cubierto por nuestra referencia jurídica: no se ha obtenido ninguna directriz de país. Es un vacío de datos, no una prueba de que el retorno sea seguro; evalúe según las respuestas individuales.',
};

const CARTAGENA_NOT_VERIFIED = (
  country: string,
  pais: string,
): ForumFacts['protections'][number] => ({
  text: {
    en: `Our legal reference does not record whether ${country} applies the Cartagena definition: verify before relying on it.`,
    es: `Nuestra referencia jurídica no registra si ${pais} aplica la definición de Cartagena: verifíquelo antes de invocarla.`,
  },
  citation: 'Amparo legal reference (gap)',
  status: 'not-found',
});

function haitiProfile(
  tag: GuidanceRiskProfile['tag'],
  en: string,
  es: string,
): GuidanceRiskProfile {
  return { tag, label: { en, es }, citationId: HAITI_GUIDANCE_2024.id };
}

function notCovered(
  code: string,
  en: string,
  es: string,
  extra: Partial<CountryProfile> = {},
): CountryProfile {
  return {
    code,
    name: { en, es },
    roles: ['origin'],
    guidanceFound: false,
    guidance: [],
    guidanceNote: NOT_IN_REFERENCE,
    riskProfiles: [],
    riskProfilesTranscribed: false,
    returns: NO_ADVISORY,
    thirdCountryArrangement: NO_ARRANGEMENT,
    reviewedOn: REVIEWED_ON,
    ...extra,
  };
}

function guidanceNotFound(code: string, en: string, es: string): CountryProfile {
  return notCovered(code, en, es, {
    guidanceNote: {
      en: `UNHCR country guidance for ${en} was not found when our legal reference was compiled. Screen on the individual answers; the thematic gang note (Mar 2010) may apply.`,
      es: `No se encontraron directrices del ACNUR sobre ${es} al elaborar nuestra referencia jurídica. Evalúe según las respuestas individuales; la nota temática sobre pandillas (mar. 2010) puede aplicarse.`,
    },
  });
}

export const COUNTRY_PROFILES: readonly CountryProfile[] = [
  {
    code: 'HT',
    name: { en: 'Haiti', es: 'Haití' },
    roles: ['origin'],
    guidanceFound: true,
    guidance: [HAITI_RETURNS_CALL_2022, HAITI_GUIDANCE_2024],
    guidanceNote: {
      en: 'UNHCR has called since November 2022 for a suspension of forced returns; its 2024 guidance names the profiles at risk.',
      es: 'Desde noviembre de 2022 el ACNUR pide suspender las devoluciones forzosas; sus directrices de 2024 señalan los perfiles en riesgo.',
    },
    riskProfiles: [
      haitiProfile('activist', 'Activists', 'Activistas'),
      haitiProfile('journalist', 'Journalists', 'Periodistas'),
      haitiProfile('judge', 'Judges', 'Jueces y juezas'),
      haitiProfile('lawyer', 'Lawyers', 'Abogados y abogadas'),
      haitiProfile('woman-or-girl', 'Women', 'Mujeres'),
      haitiProfile('child', 'Children', 'Niños, niñas y adolescentes'),
      haitiProfile('lgbtiq', 'LGBTIQ+ people', 'Personas LGBTIQ+'),
      haitiProfile(
        'targeted-by-gangs',
        'People targeted by gangs',
        'Personas perseguidas por pandillas',
      ),
    ],
    riskProfilesTranscribed: true,
    returns: {
      advisedAgainst: true,
      since: '2022-11',
      citationId: HAITI_RETURNS_CALL_2022.id,
      note: {
        en: 'UNHCR calls on states to suspend forced returns to Haiti (since Nov 2022).',
        es: 'El ACNUR pide a los Estados suspender las devoluciones forzosas a Haití (desde nov. 2022).',
      },
    },
    thirdCountryArrangement: NO_ARRANGEMENT,
    reviewedOn: REVIEWED_ON,
  },
  {
    code: 'HN',
    name: { en: 'Honduras', es: 'Honduras' },
    roles: ['origin'],
    guidanceFound: true,
    guidance: [HONDURAS_GUIDELINES_2016],
    guidanceNote: {
      en: 'Cite HCR/EG/HND/16/03 (27 Jul 2016). Its profiles are not transcribed here: check the person against the document.',
      es: 'Cite HCR/EG/HND/16/03 (27 jul. 2016). Sus perfiles no están transcritos aquí: compare a la persona con el documento.',
    },
    riskProfiles: [],
    riskProfilesTranscribed: false,
    returns: NO_ADVISORY,
    thirdCountryArrangement: NO_ARRANGEMENT,
    reviewedOn: REVIEWED_ON,
  },
  guidanceNotFound('GT', 'Guatemala', 'Guatemala'),
  {
    code: 'SV',
    name: { en: 'El Salvador', es: 'El Salvador' },
    roles: ['origin'],
    guidanceFound: true,
    guidance: [EL_SALVADOR_GUIDELINES_2016],
    guidanceNote: {
      en: 'Cite HCR/EG/SLV/16/01 (Mar 2016). Its profiles are not transcribed here: check the person against the document.',
      es: 'Cite HCR/EG/SLV/16/01 (mar. 2016). Sus perfiles no están transcritos aquí: compare a la persona con el documento.',
    },
    riskProfiles: [],
    riskProfilesTranscribed: false,
    returns: NO_ADVISORY,
    thirdCountryArrangement: {
      receivesOtherNationals: true,
      // The reference states it in passing, without naming the agreement: flagged for verification.
      status: 'unverified',
      note: {
        en: 'Our legal reference records agreements under which El Salvador receives deportees of any nationality (chain refoulement risk). No primary source is cited: verify the current terms.',
        es: 'Nuestra referencia jurídica registra acuerdos por los que El Salvador recibe deportados de cualquier nacionalidad (riesgo de devolución en cadena). No se cita fuente primaria: verifique los términos vigentes.',
      },
    },
    reviewedOn: REVIEWED_ON,
  },
  guidanceNotFound('NI', 'Nicaragua', 'Nicaragua'),
  {
    code: 'VE',
    name: { en: 'Venezuela', es: 'Venezuela' },
    roles: ['origin'],
    guidanceFound: true,
    guidance: [VENEZUELA_GUIDANCE_2019],
    guidanceNote: {
      en: 'Cite the UNHCR Guidance Note on Venezuela, Update I (2019): most profiles fall under Cartagena.',
      es: 'Cite la Nota de Orientación del ACNUR sobre Venezuela, Actualización I (2019): la mayoría de los perfiles encajan en Cartagena.',
    },
    riskProfiles: [],
    riskProfilesTranscribed: false,
    cartagenaContext: {
      citationId: VENEZUELA_GUIDANCE_2019.id,
      note: {
        en: 'UNHCR (2019): most Venezuelans in need of protection fall under the Cartagena definition.',
        es: 'ACNUR (2019): la mayoría de los venezolanos que necesitan protección encajan en la definición de Cartagena.',
      },
    },
    returns: NO_ADVISORY,
    thirdCountryArrangement: NO_ARRANGEMENT,
    reviewedOn: REVIEWED_ON,
  },
  notCovered('CU', 'Cuba', 'Cuba'),
  notCovered('EC', 'Ecuador', 'Ecuador'),
  notCovered('CO', 'Colombia', 'Colombia'),
  notCovered('MX', 'Mexico', 'México', {
    roles: ['origin', 'removing-state'],
    forum: {
      appliesCartagena: 'yes',
      cartagenaBasis: 'LRPCAP art. 13 fr. II',
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
    },
  }),
  notCovered('US', 'United States', 'Estados Unidos', {
    roles: ['removing-state'],
    forum: {
      appliesCartagena: 'not-verified',
      protections: [
        CARTAGENA_NOT_VERIFIED('the United States', 'Estados Unidos'),
        {
          text: {
            en: 'Credible fear review by an immigration judge: within 24 hours where practicable, never later than 7 days.',
            es: 'Revisión del miedo creíble por un juez de inmigración: en 24 horas cuando sea posible, nunca más de 7 días.',
          },
          citation: '8 CFR 1003.42(e)',
          status: 'secondary',
        },
      ],
    },
  }),
  notCovered('PE', 'Peru', 'Perú', {
    roles: ['removing-state'],
    forum: {
      appliesCartagena: 'yes',
      cartagenaBasis: 'Ley 27891 art. 3(b)',
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
    },
  }),
  notCovered('DO', 'Dominican Republic', 'República Dominicana', {
    roles: ['removing-state'],
    forum: {
      appliesCartagena: 'not-verified',
      protections: [
        CARTAGENA_NOT_VERIFIED('the Dominican Republic', 'República Dominicana'),
        {
          text: {
            en: 'Refugee application to the ONR within 15 days of entry.',
            es: 'Solicitud de refugio ante la ONR dentro de los 15 días desde la entrada.',
          },
          citation: 'Decreto 2330 (1984) art. 7',
          status: 'secondary',
        },
      ],
    },
  }),
  notCovered('PA', 'Panama', 'Panamá', {
    roles: ['removing-state'],
    forum: {
      appliesCartagena: 'not-verified',
      protections: [
        CARTAGENA_NOT_VERIFIED('Panama', 'Panamá'),
        {
          text: {
            en: 'Refugee application within 6 months from the business day after entry.',
            es: 'Solicitud de refugio dentro de los 6 meses desde el día hábil siguiente a la entrada.',
          },
          citation: 'Decreto Ejecutivo 5 (2018) art. 30',
          status: 'verified',
        },
      ],
    },
  }),
  notCovered('CR', 'Costa Rica', 'Costa Rica', {
    roles: ['removing-state'],
    forum: {
      appliesCartagena: 'not-verified',
      protections: [
        CARTAGENA_NOT_VERIFIED('Costa Rica', 'Costa Rica'),
        {
          text: {
            en: 'No expulsion while a refugee claim is pending.',
            es: 'No se expulsa mientras haya una solicitud de refugio pendiente.',
          },
          citation: 'Reglamento 36831-G art. 39',
          status: 'verified',
        },
      ],
    },
  }),
];

/** A profile for a country the seed data does not cover: it says so rather than staying silent. */
export function uncoveredCountryProfile(code: string): CountryProfile {
  return notCovered(code, code, code);
}

export function findCountryProfile(
  code: string,
  profiles: readonly CountryProfile[] = COUNTRY_PROFILES,
): CountryProfile {
  return profiles.find((p) => p.code === code) ?? uncoveredCountryProfile(code);
}
