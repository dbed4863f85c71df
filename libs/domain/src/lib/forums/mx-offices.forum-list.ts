// COMAR's offices and the INM's larger estaciones migratorias, each with the zone of its city:
// Mexico has five zones, and Tijuana's clock is two hours behind Mexico City's.
import { forumSlug } from './forum-id';
import { Forum, ForumKind, ForumList } from './forum.types';

type Zone =
  | 'America/Mexico_City'
  | 'America/Tijuana'
  | 'America/Hermosillo'
  | 'America/Ciudad_Juarez'
  | 'America/Monterrey'
  | 'America/Matamoros'
  | 'America/Merida'
  | 'America/Cancun';

const office = (
  kind: ForumKind,
  prefix: string,
  name: string,
  city: string,
  region: string,
  timeZone: Zone,
): Forum => ({
  id: `mx-${prefix}-${forumSlug(city)}`,
  jurisdiction: 'MX',
  kind,
  name,
  city,
  region,
  timeZone,
});

const comar = (city: string, region: string, timeZone: Zone): Forum =>
  office('refugee-agency', 'comar', `COMAR, ${city}`, city, region, timeZone);
const inm = (city: string, region: string, timeZone: Zone, station: string): Forum =>
  office('detention-centre', 'inm', `INM, ${station}`, city, region, timeZone);

export const MX_OFFICES: ForumList = {
  jurisdiction: 'MX',
  // Compiled from COMAR's and the INM's published office lists as known in 2025; zones follow
  // each office's city. An office missing here: give its zone instead.
  source: 'COMAR and INM office lists (compiled 2025; check for new and closed offices)',
  forums: [
    comar('Ciudad de México', 'CDMX', 'America/Mexico_City'),
    comar('Tapachula', 'Chiapas', 'America/Mexico_City'),
    comar('Palenque', 'Chiapas', 'America/Mexico_City'),
    comar('Tenosique', 'Tabasco', 'America/Mexico_City'),
    comar('Villahermosa', 'Tabasco', 'America/Mexico_City'),
    comar('Acayucan', 'Veracruz', 'America/Mexico_City'),
    comar('Monterrey', 'Nuevo León', 'America/Monterrey'),
    comar('Guadalajara', 'Jalisco', 'America/Mexico_City'),
    comar('Tijuana', 'Baja California', 'America/Tijuana'),
    comar('Cancún', 'Quintana Roo', 'America/Cancun'),
    inm('Ciudad de México', 'CDMX', 'America/Mexico_City', 'Estación Migratoria Las Agujas'),
    inm('Tapachula', 'Chiapas', 'America/Mexico_City', 'Estación Migratoria Siglo XXI'),
    inm('Acayucan', 'Veracruz', 'America/Mexico_City', 'Estación Migratoria de Acayucan'),
    inm('Villahermosa', 'Tabasco', 'America/Mexico_City', 'Estación Migratoria de Villahermosa'),
    inm('Tijuana', 'Baja California', 'America/Tijuana', 'Estación Migratoria de Tijuana'),
    inm('Mexicali', 'Baja California', 'America/Tijuana', 'Estación Migratoria de Mexicali'),
    inm('Hermosillo', 'Sonora', 'America/Hermosillo', 'Estación Migratoria de Hermosillo'),
    inm(
      'Ciudad Juárez',
      'Chihuahua',
      'America/Ciudad_Juarez',
      'Estación Migratoria de Ciudad Juárez',
    ),
    inm('Saltillo', 'Coahuila', 'America/Monterrey', 'Estación Migratoria de Saltillo'),
    inm('Reynosa', 'Tamaulipas', 'America/Matamoros', 'Estación Migratoria de Reynosa'),
    inm('Mérida', 'Yucatán', 'America/Merida', 'Estación Migratoria de Mérida'),
    inm('Chetumal', 'Quintana Roo', 'America/Cancun', 'Estación Migratoria de Chetumal'),
  ],
};
