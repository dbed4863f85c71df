// Filing generation benchmark (npm run bench:filings): one three-page filing (p50 time, size) and a
// batch of 500 filings (total time, peak memory). It prints figures and asserts nothing.
import { createHash } from 'node:crypto';
import { findTemplate, renderFiling, type FilingData } from '@amparo/filings';
import { fixtureFor } from '../../libs/filings/src/testing/filing-data.fixture';

/** People whose names need the embedded font's wide coverage. */
const NAMES = [
  'María José Ñuñez Peñaloza',
  'Nguyễn Thị Lan',
  'Łukasz Wiśniewski',
  'Жанна Ковальчук',
];

const PERU = fixtureFor('pe-reconsideracion-pasee', 'es');

/** The tests' Peru PASEE case as a batch from one intake would hold it; `i` varies the person. */
function peruCase(i: number): FilingData {
  const number = String(i).padStart(4, '0');
  return {
    ...PERU,
    client: { ...PERU.client, fullName: `${NAMES[i % NAMES.length]} ${i}` },
    case: {
      ...PERU.case,
      caseNumber: `AMP-PE-2026-${number}`,
      expediente: `PASEE-${number}-2026-TUM`,
    },
    ...(PERU.decision && {
      decision: {
        ...PERU.decision,
        reference: `de Superintendencia N.º ${i}-2026-MIGRACIONES-TUM`,
      },
    }),
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
