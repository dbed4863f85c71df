// The UNHCR guidance the legal reference tells us to cite, with symbols and dates exactly as given.
import type { GuidanceCitation } from './country-profile.model';

export const HONDURAS_GUIDELINES_2016: GuidanceCitation = {
  id: 'unhcr-hnd-2016',
  issuer: 'UNHCR',
  title: 'UNHCR eligibility guidelines on Honduras',
  symbol: 'HCR/EG/HND/16/03',
  date: '2016-07-27',
  summary: {
    en: 'Country eligibility guidelines naming the profiles of Hondurans who may need international protection.',
    es: 'Directrices de elegibilidad que señalan los perfiles de hondureños que pueden necesitar protección internacional.',
  },
};

export const EL_SALVADOR_GUIDELINES_2016: GuidanceCitation = {
  id: 'unhcr-slv-2016',
  issuer: 'UNHCR',
  title: 'UNHCR eligibility guidelines on El Salvador',
  symbol: 'HCR/EG/SLV/16/01',
  date: '2016-03',
  summary: {
    en: 'Country eligibility guidelines naming the profiles of Salvadorans who may need international protection.',
    es: 'Directrices de elegibilidad que señalan los perfiles de salvadoreños que pueden necesitar protección internacional.',
  },
};

export const VENEZUELA_GUIDANCE_2019: GuidanceCitation = {
  id: 'unhcr-ven-2019',
  issuer: 'UNHCR',
  title: 'UNHCR Guidance Note on Venezuela, Update I',
  date: '2019',
  summary: {
    en: 'Most profiles of Venezuelans in need of protection fall under the Cartagena definition.',
    es: 'La mayoría de los perfiles de venezolanos que necesitan protección encajan en la definición de Cartagena.',
  },
};

export const HAITI_RETURNS_CALL_2022: GuidanceCitation = {
  id: 'unhcr-hti-returns-2022',
  issuer: 'UNHCR',
  title: 'UNHCR call to suspend forced returns to Haiti',
  date: '2022-11',
  summary: {
    en: 'Since November 2022 UNHCR has called on states to suspend forced returns to Haiti.',
    es: 'Desde noviembre de 2022 el ACNUR pide a los Estados suspender las devoluciones forzosas a Haití.',
  },
};

export const HAITI_GUIDANCE_2024: GuidanceCitation = {
  id: 'unhcr-hti-2024',
  issuer: 'UNHCR',
  title: 'UNHCR guidance on Haiti (2024)',
  date: '2024',
  summary: {
    en: 'Names profiles at risk: activists, journalists, judges, lawyers, women, children, LGBTIQ+ people, people targeted by gangs.',
    es: 'Señala perfiles en riesgo: activistas, periodistas, jueces, abogados, mujeres, niños y niñas, personas LGBTIQ+ y personas perseguidas por pandillas.',
  },
};

/** Thematic, not country-specific: applies wherever organized gangs are the actor. */
export const GANG_VICTIMS_NOTE_2010: GuidanceCitation = {
  id: 'unhcr-gangs-2010',
  issuer: 'UNHCR',
  title: 'UNHCR Guidance Note on refugee claims relating to victims of organized gangs',
  date: '2010-03',
  summary: {
    en: 'How claims by people targeted by organized gangs (e.g. for resisting recruitment or extortion) may meet the refugee definition.',
    es: 'Cómo las solicitudes de personas perseguidas por pandillas organizadas (p. ej., por resistirse al reclutamiento o a la extorsión) pueden cumplir la definición de refugiado.',
  },
};
