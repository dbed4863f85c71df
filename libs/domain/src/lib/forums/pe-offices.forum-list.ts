// Migraciones' offices where a PASEE is run, and the refugee commission: Peru keeps one zone,
// America/Lima, so the list serves to name the office more than to choose a clock.
import { forumSlug } from './forum-id';
import { Forum, ForumList } from './forum.types';

const jefatura = (city: string, region: string): Forum => ({
  id: `pe-migraciones-${forumSlug(city)}`,
  jurisdiction: 'PE',
  kind: 'migration-office',
  name: `Migraciones, Jefatura Zonal de ${city}`,
  city,
  region,
  timeZone: 'America/Lima',
});

export const PE_OFFICES: ForumList = {
  jurisdiction: 'PE',
  source: "Migraciones' jefaturas zonales (compiled 2025; check for new and closed offices)",
  forums: [
    {
      id: 'pe-cepr-lima',
      jurisdiction: 'PE',
      kind: 'refugee-agency',
      name: 'Comisión Especial para los Refugiados (RR. EE.)',
      city: 'Lima',
      region: 'Lima',
      timeZone: 'America/Lima',
    },
    {
      id: 'pe-migraciones-lima',
      jurisdiction: 'PE',
      kind: 'migration-office',
      name: 'Migraciones, sede central (Breña)',
      city: 'Lima',
      region: 'Lima',
      timeZone: 'America/Lima',
    },
    jefatura('Tumbes', 'Tumbes'),
    jefatura('Piura', 'Piura'),
    jefatura('Chiclayo', 'Lambayeque'),
    jefatura('Trujillo', 'La Libertad'),
    jefatura('Arequipa', 'Arequipa'),
    jefatura('Tacna', 'Tacna'),
    jefatura('Puno', 'Puno'),
    jefatura('Cusco', 'Cusco'),
    jefatura('Iquitos', 'Loreto'),
    jefatura('Pucallpa', 'Ucayali'),
    jefatura('Puerto Maldonado', 'Madre de Dios'),
  ],
};
