// The fictional demo offices and their staff: one user per role in each, one shared password.
import type { Role } from '@amparo/domain';

export const DEMO_PASSWORD = 'amparo-demo-password';

export interface DemoOrganization {
  id: string;
  name: string;
  slug: string;
  domain: string;
  /** Where intake starts: the office's country, zone and language. */
  defaults: { jurisdiction: string; timeZone: string; language: 'en' | 'es' };
  /** The office's postal address, as its filings print it. */
  address: string;
  staff: {
    role: Role;
    name: string;
    /** What the member's filings print with their signature (My account, professional details). */
    profile?: { barNumber?: string; eoirId?: string; gender?: 'female' | 'male' };
  }[];
}

export const DEMO_ORGANIZATIONS: readonly DemoOrganization[] = [
  {
    id: 'd3a10000-0000-4000-8000-000000000001',
    name: 'Defensa Migrante Lima (demo)',
    slug: 'defensa-migrante-lima-demo',
    domain: 'lima.example',
    defaults: { jurisdiction: 'PE', timeZone: 'America/Lima', language: 'es' },
    address: 'Jr. Ejemplo 123, Cercado de Lima, Lima (demo)',
    staff: [
      { role: 'admin', name: 'Rosa Quispe (demo)' },
      {
        role: 'supervisor',
        name: 'Martín Huamán (demo)',
        profile: { barNumber: 'CAL 00001 (demo)', gender: 'male' },
      },
      {
        role: 'attorney',
        name: 'Lucía Ferrer (demo)',
        // She also coordinates a US appeal with pro bono counsel: an EOIR ID of her own.
        profile: { barNumber: 'CAL 00000 (demo)', eoirId: 'ZZ000000', gender: 'female' },
      },
      { role: 'paralegal', name: 'Diego Salazar (demo)' },
    ],
  },
  {
    id: 'd3a10000-0000-4000-8000-000000000002',
    name: 'Albergue Frontera Tijuana (demo)',
    slug: 'albergue-frontera-tijuana-demo',
    domain: 'tijuana.example',
    defaults: { jurisdiction: 'MX', timeZone: 'America/Tijuana', language: 'es' },
    address: 'Av. Ejemplo 1000, Zona Centro, Tijuana, B.C. (demo)',
    staff: [
      { role: 'admin', name: 'Guadalupe Ortega (demo)' },
      { role: 'supervisor', name: 'Héctor Ramírez (demo)' },
      {
        role: 'attorney',
        name: 'Ana Beltrán (demo)',
        profile: { barNumber: 'cédula profesional 0000000 (demo)', gender: 'female' },
      },
      { role: 'paralegal', name: 'Jorge Nava (demo)' },
    ],
  },
];
