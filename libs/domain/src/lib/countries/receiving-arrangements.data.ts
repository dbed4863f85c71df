// Agreements and announcements under which a country takes deportees who are not its nationals:
// a removal there may be a step towards chain refoulement. Each with its date, whether it is
// still applied as far as the sources say, and the words read at the address given.
import type { ReceivingArrangement } from './country-profile.model';

export const GUATEMALA_US_ACA_2019: ReceivingArrangement = {
  id: 'gt-us-aca-2019',
  title: {
    en: 'Asylum Cooperative Agreement with the United States (2019)',
    es: 'Acuerdo de Cooperación en materia de Asilo con Estados Unidos (2019)',
  },
  date: '2019-07',
  inForce: 'no',
  status: 'verified',
  note: {
    en: 'Under it the US sent non-Guatemalan asylum seekers to Guatemala to seek protection there. The US State Department suspended it and began its termination on 6 February 2021 (https://www.state.gov/suspending-and-terminating-the-asylum-cooperative-agreements-with-the-governments-el-salvador-guatemala-and-honduras/: "Transfers under the U.S.-Guatemala Asylum Cooperative Agreement had been paused since mid-March 2020"). Whether it has been revived was not found.',
    es: 'Con él, Estados Unidos enviaba a Guatemala a solicitantes de asilo no guatemaltecos para pedir protección allí. El Departamento de Estado lo suspendió e inició su terminación el 6 de febrero de 2021 (https://www.state.gov/suspending-and-terminating-the-asylum-cooperative-agreements-with-the-governments-el-salvador-guatemala-and-honduras/: los traslados estaban en pausa desde mediados de marzo de 2020). No se encontró si ha sido reactivado.',
  },
  sourceUrl: 'https://assets.documentcloud.org/documents/6232982/Signed-Agreement-English.txt',
  excerpt:
    'AGREEMENT BETWEEN THE GOVERNMENT OF THE UNITED STATES OF AMERICA AND THE GOVERNMENT OF THE REPUBLIC OF GUATEMALA ON COOPERATION REGARDING THE EXAMINATION OF PROTECTION CLAIMS',
};

export const GUATEMALA_US_2025: ReceivingArrangement = {
  id: 'gt-us-2025',
  title: {
    en: 'Agreement announced with the US Secretary of State to receive deportees of other nationalities (February 2025)',
    es: 'Acuerdo anunciado con el Secretario de Estado de EE. UU. para recibir deportados de otras nacionalidades (febrero de 2025)',
  },
  date: '2025-02-05',
  inForce: 'unknown',
  status: 'secondary',
  note: {
    en: "Announced by President Arévalo at a press conference with Secretary Rubio (AP report): deportees of other nationalities are to be returned to their home countries at US expense. No published text was found; Guatemala's president said it is not the 2019 agreement.",
    es: 'Anunciado por el presidente Arévalo en conferencia de prensa con el secretario Rubio (nota de AP): los deportados de otras nacionalidades serían retornados a sus países a costa de EE. UU. No se encontró texto publicado; el presidente dijo que no es el acuerdo de 2019.',
  },
  sourceUrl:
    'https://www.newindianexpress.com/world/2025/Feb/06/guatemala-agrees-to-accept-migrants-from-other-countries-being-deported-from-the-us',
  excerpt:
    '“We have agreed to increase by 40% the number of flights of deportees both of our nationality as well as deportees from other nationalities,” Arévalo said at a news conference with Rubio.',
};

export const EL_SALVADOR_US_2025: ReceivingArrangement = {
  id: 'sv-us-2025',
  title: {
    en: 'Arrangement with the United States to accept and incarcerate deportees of any nationality (February 2025)',
    es: 'Arreglo con Estados Unidos para aceptar y encarcelar deportados de cualquier nacionalidad (febrero de 2025)',
  },
  date: '2025-02-03',
  inForce: 'unknown',
  status: 'secondary',
  note: {
    en: 'The US State Department statement of 3 February 2025, as quoted in the press: El Salvador would accept and incarcerate criminal migrants "from any country". The statement itself on state.gov and any agreement text were not found.',
    es: 'Declaración del Departamento de Estado de EE. UU. del 3 de febrero de 2025, citada por la prensa: El Salvador aceptaría y encarcelaría a migrantes con antecedentes "de cualquier país". No se encontró la declaración en state.gov ni el texto de un acuerdo.',
  },
  sourceUrl:
    'https://www.thehawk.in/news/world/us-and-el-salvador-sign-deals-on-migration-security-and-countering-chinese-influence',
  excerpt:
    'He also promised to accept and incarcerate violent illegal immigrants, including members of the Venezuelan Tren de Aragua gang, but also criminal illegal migrants from any country.',
};

export const PANAMA_US_2025: ReceivingArrangement = {
  id: 'pa-us-2025',
  title: {
    en: 'Reception of US deportees of other nationalities, pending their return (February 2025)',
    es: 'Recepción de deportados de otras nacionalidades enviados por EE. UU., a la espera de su retorno (febrero de 2025)',
  },
  date: '2025-02',
  inForce: 'unknown',
  status: 'secondary',
  note: {
    en: 'Press reports (AFP): Panama received flights of deportees from Asia and elsewhere, housed before their return; no published agreement text was found.',
    es: 'Notas de prensa (AFP): Panamá recibió vuelos de deportados de Asia y otros lugares, alojados antes de su retorno; no se encontró texto publicado de un acuerdo.',
  },
  sourceUrl:
    'https://www.urdupoint.com/en/world/costa-rica-says-will-receive-deported-migrant-1926738.html',
  excerpt:
    'Panama received its first repatriation flight with 119 migrants aboard last week, originating from China, Pakistan, Afghanistan and elsewhere, according to Panamanian officials.',
};

export const COSTA_RICA_US_2025: ReceivingArrangement = {
  id: 'cr-us-2025',
  title: {
    en: 'Reception of up to 200 US deportees of other nationalities, pending their return (February 2025)',
    es: 'Recepción de hasta 200 deportados de otras nacionalidades enviados por EE. UU., a la espera de su retorno (febrero de 2025)',
  },
  date: '2025-02-17',
  inForce: 'unknown',
  status: 'secondary',
  note: {
    en: "The Costa Rican presidency's statement as quoted by AFP; the first flight arrived on 20 February 2025 and deportees were held near the Panamanian border (Reuters). No published agreement text was found.",
    es: 'Comunicado de la Presidencia de Costa Rica citado por AFP; el primer vuelo llegó el 20 de febrero de 2025 y los deportados fueron alojados cerca de la frontera con Panamá (Reuters). No se encontró texto publicado de un acuerdo.',
  },
  sourceUrl:
    'https://nation.com.pk/19-Feb-2025/costa-rica-says-will-receive-deported-migrants-from-us',
  excerpt:
    '“The Government of Costa Rica agreed to collaborate with the United States in the repatriation of 200 illegal immigrants to their country,” the Costa Rican president’s office said in a statement',
};

export const MEXICO_US_2025: ReceivingArrangement = {
  id: 'mx-us-2025',
  title: {
    en: 'Reception of non-Mexicans removed by the United States "for humanitarian reasons" (2025)',
    es: 'Recepción de no mexicanos expulsados por Estados Unidos "por razones humanitarias" (2025)',
  },
  date: '2025-06-24',
  inForce: 'unknown',
  status: 'secondary',
  note: {
    en: "President Sheinbaum's figures as reported by the press: foreigners are received and helped to return home if they wish; Mexico denies having agreed to be a safe third country. The press report is the only source read.",
    es: 'Cifras de la presidenta Sheinbaum según la prensa: se recibe a personas extranjeras y se les ayuda a volver a su país si lo desean; México niega haber aceptado ser tercer país seguro. La nota de prensa es la única fuente leída.',
  },
  sourceUrl:
    'https://wallstreetn24.com/en-es/category/economy/trump-has-deported-more-than-65000-migrants-to-mexico.-1175706',
  excerpt:
    'since January 20, 2025 —the date Donald Trump assumed the presidency of the United States—, 65,475 people have arrived in Mexico, of which 59,747 are Mexican and 5,728 are foreigners',
};
