// Seed reference data for the region's countries of origin and removing states, each fact with its
// source and status (guidance-citations, receiving-arrangements and forum-facts hold the texts).
import type {
  CountryProfile,
  GuidanceRiskProfile,
  ReceivingArrangement,
  ReturnsAdvisory,
  ThirdCountryArrangement,
} from './country-profile.model';
import {
  COSTA_RICA_FORUM,
  DOMINICAN_REPUBLIC_FORUM,
  MEXICO_FORUM,
  PANAMA_FORUM,
  PERU_FORUM,
  UNITED_STATES_FORUM,
} from './forum-facts.data';
import {
  COLOMBIA_GUIDELINES_2015,
  EL_SALVADOR_GUIDELINES_2016,
  GUATEMALA_GUIDELINES_2018,
  HAITI_GUIDANCE_2024,
  HAITI_RETURNS_CALL_2022,
  HONDURAS_GUIDELINES_2016,
  VENEZUELA_GUIDANCE_2019,
} from './guidance-citations.data';
import {
  COSTA_RICA_US_2025,
  EL_SALVADOR_US_2025,
  GUATEMALA_US_2025,
  GUATEMALA_US_ACA_2019,
  MEXICO_US_2025,
  PANAMA_US_2025,
} from './receiving-arrangements.data';

/** The review of issue 16, which checked each entry against the sources it now cites. */
export const COUNTRY_PROFILES_REVIEWED_ON = '2026-12-07';
export const COUNTRY_PROFILES_REVIEWED_BY = 'Amparo legal-research review (issue 16)';

const REVIEW = {
  reviewedOn: COUNTRY_PROFILES_REVIEWED_ON,
  reviewedBy: COUNTRY_PROFILES_REVIEWED_BY,
};

const NO_ADVISORY: ReturnsAdvisory = {
  advisedAgainst: false,
  note: {
    en: 'No advice against returns was found in the sources read. This is not a finding that return is safe.',
    es: 'No se encontró ninguna recomendación contra las devoluciones en las fuentes leídas. Esto no significa que el retorno sea seguro.',
  },
  status: 'not-found',
};

const NO_ARRANGEMENT: ThirdCountryArrangement = {
  receivesOtherNationals: false,
  status: 'not-found',
  note: {
    en: 'No arrangement to receive deportees of other nationalities was found; absence here is not evidence of absence.',
    es: 'No se encontró ningún acuerdo para recibir deportados de otras nacionalidades; que no figure aquí no prueba que no exista.',
  },
  arrangements: [],
};

/** A country documented as taking other nationals: the strongest status among its arrangements. */
function receives(
  arrangements: readonly ReceivingArrangement[],
  note: ThirdCountryArrangement['note'],
): ThirdCountryArrangement {
  const status = arrangements.some((a) => a.status === 'verified' && a.inForce !== 'no')
    ? 'verified'
    : 'secondary';
  return { receivesOtherNationals: true, status, note, arrangements };
}

const NOT_IN_REFERENCE = {
  en: 'No UNHCR country guidance has been sourced for this country. This is a gap in the data, not evidence that return is safe; screen on the individual answers.',
  es: 'No se ha obtenido ninguna directriz de país del ACNUR para este país. Es un vacío de datos, no una prueba de que el retorno sea seguro; evalúe según las respuestas individuales.',
};

const PROFILES_NOT_TRANSCRIBED = (symbol: string, date: string, dateEs: string) => ({
  en: `Cite ${symbol} (${date}). Its risk profiles are not transcribed here: check the person against the document.`,
  es: `Cite ${symbol} (${dateEs}). Sus perfiles de riesgo no están transcritos aquí: compare a la persona con el documento.`,
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
    ...REVIEW,
    ...extra,
  };
}

export const COUNTRY_PROFILES: readonly CountryProfile[] = [
  {
    code: 'HT',
    name: { en: 'Haiti', es: 'Haití' },
    roles: ['origin'],
    guidanceFound: true,
    guidance: [HAITI_RETURNS_CALL_2022, HAITI_GUIDANCE_2024],
    guidanceNote: {
      en: 'UNHCR has called since 3 November 2022 for a suspension of forced returns; "International Protection Considerations with Regard to People Fleeing Haiti" (March 2024) names the profiles at risk. Activists, journalists, judges and lawyers are named in UNHCR\'s statement on that document as quoted by the press; women, children, LGBTIQ+ people and people targeted by gangs on UNHCR\'s own page (https://unhcr.org/us/node/26246). The document itself was not read here.',
      es: 'Desde el 3 de noviembre de 2022 el ACNUR pide suspender las devoluciones forzosas; "International Protection Considerations with Regard to People Fleeing Haiti" (marzo de 2024) señala los perfiles en riesgo. Activistas, periodistas, jueces y abogados figuran en la declaración del ACNUR sobre ese documento citada por la prensa; mujeres, niños y niñas, personas LGBTIQ+ y personas perseguidas por pandillas en la página del propio ACNUR (https://unhcr.org/us/node/26246). El documento en sí no se leyó aquí.',
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
        en: 'UNHCR calls on all states to suspend forcible returns to Haiti (since 3 Nov 2022), a call it reiterated in March 2024.',
        es: 'El ACNUR pide a todos los Estados suspender las devoluciones forzosas a Haití (desde el 3 nov. 2022), llamado que reiteró en marzo de 2024.',
      },
      status: 'verified',
      sourceUrl: HAITI_RETURNS_CALL_2022.sourceUrl,
      excerpt: HAITI_RETURNS_CALL_2022.excerpt,
    },
    thirdCountryArrangement: NO_ARRANGEMENT,
    ...REVIEW,
  },
  {
    code: 'HN',
    name: { en: 'Honduras', es: 'Honduras' },
    roles: ['origin'],
    guidanceFound: true,
    guidance: [HONDURAS_GUIDELINES_2016],
    guidanceNote: PROFILES_NOT_TRANSCRIBED('HCR/EG/HND/16/03', '27 Jul 2016', '27 jul. 2016'),
    riskProfiles: [],
    riskProfilesTranscribed: false,
    returns: NO_ADVISORY,
    thirdCountryArrangement: NO_ARRANGEMENT,
    ...REVIEW,
  },
  {
    code: 'GT',
    name: { en: 'Guatemala', es: 'Guatemala' },
    roles: ['origin'],
    guidanceFound: true,
    guidance: [GUATEMALA_GUIDELINES_2018],
    guidanceNote: PROFILES_NOT_TRANSCRIBED('HCR/EG/GTM/18/01', 'Jan 2018', 'ene. 2018'),
    riskProfiles: [],
    riskProfilesTranscribed: false,
    returns: NO_ADVISORY,
    thirdCountryArrangement: receives([GUATEMALA_US_ACA_2019, GUATEMALA_US_2025], {
      en: 'A third-country risk: Guatemala signed an asylum cooperative agreement with the US in 2019 (suspended in 2021) and in February 2025 agreed to receive US deportees of other nationalities, to be returned to their countries (chain refoulement risk).',
      es: 'Riesgo de tercer país: Guatemala firmó con EE. UU. un acuerdo de cooperación en materia de asilo en 2019 (suspendido en 2021) y en febrero de 2025 aceptó recibir deportados de otras nacionalidades enviados por EE. UU., para retornarlos a sus países (riesgo de devolución en cadena).',
    }),
    ...REVIEW,
  },
  {
    code: 'SV',
    name: { en: 'El Salvador', es: 'El Salvador' },
    roles: ['origin'],
    guidanceFound: true,
    guidance: [EL_SALVADOR_GUIDELINES_2016],
    guidanceNote: {
      en: 'Cite HCR/EG/SLV/16/01 (Mar 2016), but it predates the state of exception of March 2022: treat it as stale and look for current country information. Its risk profiles are not transcribed here.',
      es: 'Cite HCR/EG/SLV/16/01 (mar. 2016), pero es anterior al régimen de excepción de marzo de 2022: considérela desactualizada y busque información actual del país. Sus perfiles de riesgo no están transcritos aquí.',
    },
    riskProfiles: [],
    riskProfilesTranscribed: false,
    returns: NO_ADVISORY,
    thirdCountryArrangement: receives([EL_SALVADOR_US_2025], {
      en: 'A third-country risk: in February 2025 El Salvador agreed to accept and incarcerate US deportees of any nationality (chain refoulement risk). Known from the US statement as quoted in the press; the terms were not found.',
      es: 'Riesgo de tercer país: en febrero de 2025 El Salvador aceptó recibir y encarcelar deportados de cualquier nacionalidad enviados por EE. UU. (riesgo de devolución en cadena). Conocido por la declaración de EE. UU. citada en la prensa; no se encontraron los términos.',
    }),
    changedCircumstances: {
      date: '2022-03-27',
      event: {
        en: 'the state of exception (régimen de excepción) in force since March 2022',
        es: 'el régimen de excepción vigente desde marzo de 2022',
      },
      status: 'secondary',
      sourceUrl:
        'https://diaadianews.com/cuatro-anos-bajo-regimen-de-excepcion-asamblea-aprueba-la-48-a-prorroga/',
      excerpt:
        'La Asamblea Legislativa aprobó una nueva extensión del régimen de excepción, que se mantiene vigente en El Salvador desde marzo de 2022.',
    },
    ...REVIEW,
  },
  notCovered('NI', 'Nicaragua', 'Nicaragua', {
    guidanceNote: {
      en: 'UNHCR country guidance for Nicaragua was not found. Screen on the individual answers; the thematic gang note (Mar 2010) may apply.',
      es: 'No se encontraron directrices de país del ACNUR sobre Nicaragua. Evalúe según las respuestas individuales; la nota temática sobre pandillas (mar. 2010) puede aplicarse.',
    },
  }),
  {
    code: 'VE',
    name: { en: 'Venezuela', es: 'Venezuela' },
    roles: ['origin'],
    guidanceFound: true,
    guidance: [VENEZUELA_GUIDANCE_2019],
    guidanceNote: {
      en: 'Cite the Guidance Note on International Protection Considerations for Venezuelans – Update I (May 2019): most people fleeing fall under Cartagena, and UNHCR asks states not to deport, expel or force Venezuelans back. Its risk profiles are not published in it (UNHCR offers them to eligibility commissions).',
      es: 'Cite la Guidance Note on International Protection Considerations for Venezuelans – Update I (mayo de 2019): la mayoría de quienes huyen encajan en Cartagena, y el ACNUR pide a los Estados no deportar, expulsar ni forzar el retorno de venezolanos. Sus perfiles de riesgo no se publican en ella (el ACNUR los ofrece a las comisiones de elegibilidad).',
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
    returns: {
      advisedAgainst: true,
      since: '2019-05',
      citationId: VENEZUELA_GUIDANCE_2019.id,
      note: {
        en: "UNHCR asks states not to deport, expel or force Venezuelans back (Guidance Note, Update I, May 2019). The note's own paragraph was not found in the copy read; UNHCR's words at its release are quoted by Reuters.",
        es: 'El ACNUR pide a los Estados no deportar, expulsar ni forzar el retorno de venezolanos (nota de orientación, actualización I, mayo de 2019). El párrafo de la nota no se halló en la copia leída; las palabras del ACNUR al publicarla las cita Reuters.',
      },
      status: 'secondary',
      sourceUrl:
        'https://www.gulf-times.com/story/632073/Treat-fleeing-Venezuelans-as-refugees-UN-urges-world',
      excerpt:
        '“It is incredibly important given the situation in Venezuela that there aren’t deportations, expulsions or forced returns.”',
    },
    thirdCountryArrangement: NO_ARRANGEMENT,
    ...REVIEW,
  },
  notCovered('CU', 'Cuba', 'Cuba'),
  notCovered('EC', 'Ecuador', 'Ecuador'),
  {
    code: 'CO',
    name: { en: 'Colombia', es: 'Colombia' },
    roles: ['origin'],
    guidanceFound: true,
    guidance: [COLOMBIA_GUIDELINES_2015],
    guidanceNote: PROFILES_NOT_TRANSCRIBED('HCR/EG/COL/15/01', 'Sep 2015', 'sep. 2015'),
    riskProfiles: [],
    riskProfilesTranscribed: false,
    returns: NO_ADVISORY,
    thirdCountryArrangement: NO_ARRANGEMENT,
    ...REVIEW,
  },
  notCovered('MX', 'Mexico', 'México', {
    roles: ['origin', 'removing-state'],
    thirdCountryArrangement: receives([MEXICO_US_2025], {
      en: 'A place of onward removal: Mexico receives non-Mexicans removed by the US "for humanitarian reasons" and helps them return home (press reports of 2025); Mexico denies being a safe third country.',
      es: 'Lugar de reenvío: México recibe a no mexicanos expulsados por EE. UU. "por razones humanitarias" y les ayuda a volver a su país (notas de prensa de 2025); México niega ser tercer país seguro.',
    }),
    forum: MEXICO_FORUM,
  }),
  notCovered('US', 'United States', 'Estados Unidos', {
    roles: ['removing-state'],
    forum: UNITED_STATES_FORUM,
  }),
  notCovered('PE', 'Peru', 'Perú', { roles: ['removing-state'], forum: PERU_FORUM }),
  notCovered('DO', 'Dominican Republic', 'República Dominicana', {
    roles: ['removing-state'],
    forum: DOMINICAN_REPUBLIC_FORUM,
  }),
  notCovered('PA', 'Panama', 'Panamá', {
    roles: ['removing-state'],
    thirdCountryArrangement: receives([PANAMA_US_2025], {
      en: 'A place of onward removal: in February 2025 Panama received US deportees of other nationalities, held pending their return (press reports).',
      es: 'Lugar de reenvío: en febrero de 2025 Panamá recibió deportados de otras nacionalidades enviados por EE. UU., retenidos hasta su retorno (notas de prensa).',
    }),
    forum: PANAMA_FORUM,
  }),
  notCovered('CR', 'Costa Rica', 'Costa Rica', {
    roles: ['removing-state'],
    thirdCountryArrangement: receives([COSTA_RICA_US_2025], {
      en: 'A place of onward removal: in February 2025 Costa Rica agreed to receive up to 200 US deportees of other nationalities, held pending their return (press reports).',
      es: 'Lugar de reenvío: en febrero de 2025 Costa Rica aceptó recibir hasta 200 deportados de otras nacionalidades enviados por EE. UU., retenidos hasta su retorno (notas de prensa).',
    }),
    forum: COSTA_RICA_FORUM,
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
