// The fictional demo offices and their staff: one user per role in each, one shared password.
import type { Role } from '@amparo/domain';

export const DEMO_PASSWORD = 'amparo-demo-password';

export interface DemoOrganization {
  id: string;
  name: string;
  slug: string;
  domain: string;
  staff: { role: Role; name: string }[];
}

export const DEMO_ORGANIZATIONS: readonly DemoOrganization[] = [
  {
    id: 'd3a10000-0000-4000-8000-000000000001',
    name: 'Defensa Migrante Lima (demo)',
    slug: 'defensa-migrante-lima-demo',
    domain: 'lima.example',
    staff: [
      { role: 'admin', name: 'Rosa Quispe (demo)' },
      { role: 'supervisor', name: 'Martín Huamán (demo)' },
      { role: 'attorney', name: 'Lucía Ferrer (demo)' },
      { role: 'paralegal', name: 'Diego Salazar (demo)' },
    ],
  },
  {
    id: 'd3a10000-0000-4000-8000-000000000002',
    name: 'Albergue Frontera Tijuana (demo)',
    slug: 'albergue-frontera-tijuana-demo',
    domain: 'tijuana.example',
    staff: [
      { role: 'admin', name: 'Guadalupe Ortega (demo)' },
      { role: 'supervisor', name: 'Héctor Ramírez (demo)' },
      { role: 'attorney', name: 'Ana Beltrán (demo)' },
      { role: 'paralegal', name: 'Jorge Nava (demo)' },
    ],
  },
];
