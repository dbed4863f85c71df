// The UNHCR guidance the profiles cite. Titles, symbols and dates are as read in the document (or
// on UNHCR's own page) at the address given, with the words relied on; where only a report of the
// document was found, the status says "secondary" and the note says what was not read.
import type { GuidanceCitation } from './country-profile.model';

export const HONDURAS_GUIDELINES_2016: GuidanceCitation = {
  id: 'unhcr-hnd-2016',
  issuer: 'UNHCR',
  title:
    'Eligibility Guidelines for Assessing the International Protection Needs of Asylum-Seekers from Honduras',
  exactTitle: true,
  symbol: 'HCR/EG/HND/16/03',
  date: '2016-07-27',
  summary: {
    en: 'Country eligibility guidelines naming the profiles of Hondurans who may need international protection.',
    es: 'Directrices de elegibilidad que señalan los perfiles de hondureños que pueden necesitar protección internacional.',
  },
  status: 'verified',
  sourceUrl:
    'https://docslib.org/doc/13078375/eligibility-guidelines-for-assessing-the-international-protection-needs-of-asylum-seekers-from-honduras',
  excerpt:
    'Eligibility Guidelines for Assessing the International Protection Needs of Asylum-Seekers from Honduras United Nations High Commissioner for Refugees (UNHCR) 27 July 2016 HCR/EG/HND/16/03',
};

export const EL_SALVADOR_GUIDELINES_2016: GuidanceCitation = {
  id: 'unhcr-slv-2016',
  issuer: 'UNHCR',
  title:
    'Eligibility Guidelines for Assessing the International Protection Needs of Asylum-Seekers from El Salvador',
  exactTitle: true,
  symbol: 'HCR/EG/SLV/16/01',
  date: '2016-03',
  summary: {
    en: 'Country eligibility guidelines naming the profiles of Salvadorans who may need international protection. They predate the state of exception of March 2022.',
    es: 'Directrices de elegibilidad que señalan los perfiles de salvadoreños que pueden necesitar protección internacional. Son anteriores al régimen de excepción de marzo de 2022.',
  },
  status: 'verified',
  sourceUrl:
    'https://docslib.org/doc/6150394/eligibility-guidelines-for-assessing-the-international-protection-needs-of-asylum-seekers-from-el-salvador',
  excerpt:
    'Eligibility Guidelines for Assessing the International Protection Needs of Asylum-Seekers from El Salvador United Nations High Commissioner for Refugees (UNHCR) March 2016 HCR/EG/SLV/16/01',
};

export const GUATEMALA_GUIDELINES_2018: GuidanceCitation = {
  id: 'unhcr-gtm-2018',
  issuer: 'UNHCR',
  title:
    'Eligibility Guidelines for Assessing the International Protection Needs of Asylum-Seekers from Guatemala',
  exactTitle: true,
  symbol: 'HCR/EG/GTM/18/01',
  date: '2018-01',
  summary: {
    en: 'Country eligibility guidelines naming the profiles of Guatemalans who may need international protection.',
    es: 'Directrices de elegibilidad que señalan los perfiles de guatemaltecos que pueden necesitar protección internacional.',
  },
  status: 'verified',
  sourceUrl:
    'https://docslib.org/doc/7681625/eligibility-guidelines-for-assessing-the-international-protection-needs-of-asylum-seekers-from-guatemala',
  excerpt: 'United Nations High Commissioner for Refugees (UNHCR) January 2018 HCR/EG/GTM/18/01',
};

export const COLOMBIA_GUIDELINES_2015: GuidanceCitation = {
  id: 'unhcr-col-2015',
  issuer: 'UNHCR',
  title:
    'Eligibility Guidelines for Assessing the International Protection Needs of Asylum-Seekers from Colombia',
  exactTitle: true,
  symbol: 'HCR/EG/COL/15/01',
  date: '2015-09',
  summary: {
    en: 'Country eligibility guidelines naming the profiles of Colombians who may need international protection.',
    es: 'Directrices de elegibilidad que señalan los perfiles de colombianos que pueden necesitar protección internacional.',
  },
  status: 'verified',
  sourceUrl:
    'https://docslib.org/doc/7005759/eligibility-guidelines-for-assessing-the-international-protection-needs-of-asylum-seekers-from-colombia',
  excerpt:
    'Eligibility Guidelines for Assessing the International Protection Needs of Asylum-Seekers from Colombia United Nations High Commissioner for Refugees (UNHCR) September 2015 HCR/EG/COL/15/01',
};

/** The title was read in the note; its month comes from the reports of its release (21 May 2019). */
export const VENEZUELA_GUIDANCE_2019: GuidanceCitation = {
  id: 'unhcr-ven-2019',
  issuer: 'UNHCR',
  title: 'Guidance Note on International Protection Considerations for Venezuelans – Update I',
  exactTitle: true,
  date: '2019-05',
  summary: {
    en: 'Updates and supersedes the March 2018 note on the outflow of Venezuelans. UNHCR considered most of those fleeing in need of international protection under the Cartagena definition, and urged states not to deport, expel or force them back.',
    es: 'Actualiza y reemplaza la nota de marzo de 2018 sobre el flujo de venezolanos. El ACNUR consideró que la mayoría de quienes huyen necesitan protección internacional según la definición de Cartagena, e instó a los Estados a no deportarlos, expulsarlos ni forzar su retorno.',
  },
  status: 'secondary',
  sourceUrl:
    'https://reliefweb.int/report/colombia/guidance-note-international-protection-considerations-venezuelans-update-i',
  excerpt:
    'This note updates and supersedes the Guidance Note on the Outflow of Venezuelans of March 2018.',
};

/** UNHCR's own page names the statement and its date; its exact title was not found. */
export const HAITI_RETURNS_CALL_2022: GuidanceCitation = {
  id: 'unhcr-hti-returns-2022',
  issuer: 'UNHCR',
  title: 'UNHCR non-return statement on Haiti (call to suspend forced returns)',
  exactTitle: false,
  date: '2022-11-03',
  summary: {
    en: 'Since 3 November 2022 UNHCR has called on all states to suspend forcible returns to Haiti.',
    es: 'Desde el 3 de noviembre de 2022 el ACNUR pide a todos los Estados suspender las devoluciones forzosas a Haití.',
  },
  status: 'verified',
  sourceUrl: 'https://help.unhcr.org/caribbean/unhcr-resources-on-the-conditions-in-haiti/',
  excerpt:
    'On November 3, 2022, UNHCR released a non-return statement for Haiti, which calls on all states to suspend forcible returns of people to Haiti.',
};

export const HAITI_GUIDANCE_2024: GuidanceCitation = {
  id: 'unhcr-hti-2024',
  issuer: 'UNHCR',
  title: 'International Protection Considerations with Regard to People Fleeing Haiti',
  exactTitle: true,
  date: '2024-03',
  summary: {
    en: 'Published 20 March 2024. Among the profiles it names: political activists, journalists, judges, lawyers and others fighting corruption and crime. It recognizes the needs of women, children, LGBTIQ+ people and people targeted by gangs, and reiterates the call not to return people to Haiti.',
    es: 'Publicado el 20 de marzo de 2024. Señala perfiles en riesgo (activistas políticos, periodistas, jueces, abogados y otras personas que combaten la corrupción y el crimen), reconoce las necesidades de mujeres, niños y niñas, personas LGBTIQ+ y personas perseguidas por pandillas, y reitera el llamado a no devolver personas a Haití.',
  },
  status: 'verified',
  sourceUrl: 'https://help.unhcr.org/caribbean/unhcr-resources-on-the-conditions-in-haiti/',
  excerpt:
    'On March 20, 2024, UNHCR published International Protection Considerations with Regard to People Fleeing Haiti.',
};

/** Thematic, not country-specific: applies wherever organized gangs are the actor. */
export const GANG_VICTIMS_NOTE_2010: GuidanceCitation = {
  id: 'unhcr-gangs-2010',
  issuer: 'UNHCR',
  title: 'Guidance Note on Refugee Claims Relating to Victims of Organized Gangs',
  exactTitle: true,
  date: '2010-03',
  summary: {
    en: 'How claims by people targeted by organized gangs (e.g. for resisting recruitment or extortion) may meet the refugee definition.',
    es: 'Cómo las solicitudes de personas perseguidas por pandillas organizadas (p. ej., por resistirse al reclutamiento o a la extorsión) pueden cumplir la definición de refugiado.',
  },
  status: 'verified',
  sourceUrl:
    'https://docslib.org/doc/3493298/guidance-note-on-refugee-claims-relating-to-victims-of-organized-gangs',
  excerpt:
    'GUIDANCE NOTE ON REFUGEE CLAIMS RELATING TO VICTIMS OF ORGANIZED GANGS United Nations High Commissioner for Refugees (UNHCR) Division of International Protection Geneva March 2010',
};
