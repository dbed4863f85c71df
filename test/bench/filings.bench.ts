// Filing generation benchmark (npm run bench:filings): one three-page filing (p50 time, size) and a
// batch of 500 filings (total time, peak memory). It prints figures and asserts nothing.
import { createHash } from 'node:crypto';
import { findTemplate, renderFiling, type FilingData } from '@amparo/filings';

const NAMES = [
  'María José Ñuñez Peñaloza',
  'Nguyễn Thị Lan',
  'Łukasz Wiśniewski',
  'Жанна Ковальчук',
];

/** A Peru PASEE case as a batch from one intake would hold it; `i` varies the person. */
function peruCase(i: number): FilingData {
  const lima = (at: string) => ({ at, timeZone: 'America/Lima' });
  return {
    generatedAt: '2026-11-21T15:30:00Z',
    place: 'Lima',
    organization: {
      name: 'Servicio Jurídico Ejemplo para Personas Migrantes',
      address: 'Jr. Ficticio 123, Cercado de Lima',
    },
    attorney: { fullName: 'Rosa Quispe Mamani', barNumber: 'CAL 00000' },
    client: {
      fullName: `${NAMES[i % NAMES.length]} ${i}`,
      nationality: 'venezolana',
      identityDocument: `cédula V-00.000.${String(i).padStart(3, '0')}`,
    },
    case: {
      caseNumber: `AMP-PE-2026-${String(i).padStart(4, '0')}`,
      jurisdiction: 'PE',
      expediente: `PASEE-${String(i).padStart(4, '0')}-2026-TUM`,
    },
    detention: {
      retainedAt: lima('2026-11-20T11:00:00Z'),
      place: 'el puesto de control de la carretera Panamericana Norte, Tumbes',
      authority: 'la Policía Nacional del Perú',
    },
    decision: {
      reference: `de Superintendencia N.º ${i}-2026-MIGRACIONES-TUM`,
      authority: 'la Jefatura Zonal de Tumbes de la Superintendencia Nacional de Migraciones',
      issuedOn: '2026-11-20',
      notifiedAt: lima('2026-11-20T22:15:00Z'),
    },
    events: [
      {
        occurredAt: lima('2026-11-20T11:00:00Z'),
        description:
          'La Policía Nacional me retuvo en un control de identidad junto con otras personas extranjeras.',
      },
      {
        occurredAt: lima('2026-11-20T17:30:00Z'),
        description:
          'Se realizó la audiencia única virtual del PASEE sin defensa legal y sin que se valorara mi temor de regresar a Venezuela.',
      },
      {
        occurredAt: lima('2026-11-20T22:15:00Z'),
        description:
          'Se notificó la resolución de expulsión, sin indicar los recursos disponibles.',
      },
    ],
    risk: {
      destinationCountry: 'Venezuela',
      level: 'high',
      assessedOn: '2026-11-20',
      assessedBy: 'Abg. Rosa Quispe Mamani',
      urgent: true,
      findings: ['Amenazas directas de un colectivo armado.'],
      citations: ['ACNUR, Nota de orientación sobre venezolanos, Actualización I (2019).'],
    },
    grounds: [
      'La resolución carece de motivación: no explica por qué me encontraría en el supuesto del PASEE ni valora las pruebas ofrecidas en la audiencia.',
      'No se me informó de mi derecho a solicitar refugio, pese a que expresé temor de regresar a mi país.',
    ],
    annexes: [
      'Copia de la cédula de identidad.',
      'Constancia de solicitud de cita ante la Comisión Especial para los Refugiados (nueva prueba).',
      'Informe de evaluación de riesgo de devolución.',
    ],
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

async function main(): Promise<void> {
  const template = findTemplate('pe-reconsideracion-pasee');

  // One three-page filing: warm up, then time repeated generations of the same case.
  const first = await renderFiling(template, peruCase(1));
  for (let i = 0; i < 30; i++) await renderFiling(template, peruCase(1));
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const start = performance.now();
    await renderFiling(template, peruCase(1));
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`single filing: ${template.id}, ${first.pageCount} pages`);
  console.log(
    `  generation p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms (target p50 < 50 ms)`,
  );
  console.log(
    `  file size ${(first.bytes.length / 1024).toFixed(1)} KB with subset fonts (target < 150 KB)`,
  );

  // A batch of 500 different cases, one after another as a batch job would run them; each PDF is
  // hashed and dropped, as it would be once stored.
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 20);
  const batchStart = performance.now();
  let totalBytes = 0;
  let pages = 0;
  const digest = createHash('sha256');
  for (let i = 0; i < 500; i++) {
    const filing = await renderFiling(template, peruCase(i));
    totalBytes += filing.bytes.length;
    pages += filing.pageCount;
    digest.update(filing.sha256);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const batchMs = performance.now() - batchStart;
  clearInterval(sampler);
  const maxRssKb = process.resourceUsage().maxRSS;
  console.log('batch: 500 filings, 500 different clients');
  console.log(
    `  total ${(batchMs / 1000).toFixed(2)} s (target < 20 s), ${(batchMs / 500).toFixed(1)} ms per filing`,
  );
  console.log(
    `  peak RSS ${mb(Math.max(peakRss, maxRssKb * 1024))} MB (target < 600 MB); ${pages} pages, ${mb(totalBytes)} MB of PDF`,
  );
  console.log(
    `  batch digest ${digest.digest('hex').slice(0, 16)} (same on every run: output is deterministic)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
