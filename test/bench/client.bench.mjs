// Issue 8 figures for the web client, measured in headless Chromium against the app as
// `npm start` runs it (embedded database, demo data plus a caseload of 10,000 fictional cases for
// the demo attorney, see support/bench-caseload.mjs): the JavaScript a first visit downloads for
// the sign-in and caseload pages (gzip, target under 350 kB), the time from navigation to a
// usable caseload of 10,000 cases, and frame times while scrolling it. The JavaScript is counted
// as transferred (encoded by the server) and raw. Prints figures; asserts
// nothing. Run: npm run bench:client (AMPARO_CHROMIUM=/path/to/chromium to choose the browser;
// BENCH_CASES=n for another caseload size).
import { gzipSync } from 'node:zlib';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from '../e2e/support/app.mjs';
import { findChromium, installHint, launchChromium } from '../e2e/support/chromium.mjs';
import { copyTemplateCases, createTemplateCases } from './support/bench-caseload.mjs';
import { percentile } from './support/server.mjs';

const RUNS = 7;
const CASES = Number(process.env.BENCH_CASES ?? 10_000);
const TEMPLATES = 40;
const ATTORNEY = { email: 'attorney@lima.example', password: 'amparo-demo-password' };

const executable = findChromium();
if (!executable) {
  console.error(`no Chromium found; install it with: ${installHint}`);
  process.exit(1);
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * Every script the page fetched from the app while opening `path` in a fresh context (empty
 * cache), until `ready` resolves: the JavaScript a first visit costs. Lazy route chunks the page
 * needed count, since nothing is usable without them.
 */
async function scriptsFor(browser, url, path, ready, storageState) {
  const context = await browser.newContext({ storageState, locale: 'en-US' });
  const page = await context.newPage();
  const bodies = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script' && response.url().startsWith(url)) {
      bodies.push(
        Promise.all([response.body(), response.request().sizes()]).then(([body, sizes]) => ({
          name: new URL(response.url()).pathname.slice(1),
          raw: body.length,
          gzip: gzipSync(body).length,
          // What crossed the network: the body as the server encoded it.
          sent: sizes.responseBodySize,
          servedAs: response.headers()['content-encoding'] ?? 'identity',
        })),
      );
    }
  });
  await page.goto(`${url}${path}`);
  await ready(page);
  await page.waitForLoadState('networkidle');
  const scripts = await Promise.all(bodies);
  await context.close();
  return scripts;
}

function report(label, scripts) {
  const sum = (key) => scripts.reduce((total, script) => total + script[key], 0);
  const served = [...new Set(scripts.map((script) => script.servedAs))].join(', ');
  console.log(
    `${label}: ${scripts.length} scripts, ${kB(sum('sent'))} transferred (served as ${served}; ${kB(sum('raw'))} raw, ${kB(sum('gzip'))} if gzipped)`,
  );
  for (const script of scripts.sort((a, b) => b.gzip - a.gzip)) {
    console.log(`  ${script.name.padEnd(36)} ${kB(script.gzip).padStart(9)} gzip`);
  }
}

const loginReady = (page) => page.getByRole('button', { name: 'Sign in' }).waitFor();
// Usable: the heading, the total, and the first rows (or the empty state) on screen.
const caseloadReady = async (page) => {
  await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();
  await page
    .getByTestId('caseload-total')
    .getByText(/\d cases?/)
    .waitFor();
  await page
    .locator('main')
    .locator('[data-testid=caseload-empty], [role=listitem]')
    .first()
    .waitFor();
};

// The caseload: template cases through the API, then copies in SQL while the app is stopped.
const dataDir = mkdtempSync(join(tmpdir(), 'amparo-bench-'));
const seeded = Date.now();
const seeding = await startApp({ dataDir, keepData: true });
const templates = await createTemplateCases(seeding.url, TEMPLATES);
await seeding.stop();
const total = await copyTemplateCases(dataDir, templates, CASES);
console.log(
  `caseload: ${total} cases for the demo attorney (${TEMPLATES} through the API, the rest copied in SQL) in ${((Date.now() - seeded) / 1000).toFixed(1)} s`,
);

const app = await startApp({ dataDir });
const browser = await launchChromium(executable);
try {
  console.log(`Chromium ${browser.version()} (${executable}), app ready in ${app.startupMs} ms`);

  // A signed-in browser state to reuse, so the caseload figures exclude the sign-in itself.
  const setup = await browser.newContext({ locale: 'en-US' });
  const login = await setup.request.post(`${app.url}/api/auth/login`, {
    data: { ...ATTORNEY, mode: 'cookie' },
  });
  if (!login.ok()) throw new Error(`demo sign-in failed: ${login.status()}`);
  const signedIn = await setup.storageState();
  await setup.close();

  report(
    'initial JavaScript, sign-in page',
    await scriptsFor(browser, app.url, '/login', loginReady),
  );
  report(
    'initial JavaScript, caseload page (signed in)',
    await scriptsFor(browser, app.url, '/caseload', caseloadReady, signedIn),
  );

  // Cold: a new context each run (empty cache, as on a first visit). Warm: a reload in the same
  // context (scripts cached, as on every later visit).
  const cold = [];
  const warm = [];
  let shown = '';
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext({ storageState: signedIn, locale: 'en-US' });
    const page = await context.newPage();
    let started = performance.now();
    await page.goto(`${app.url}/caseload`, { waitUntil: 'commit' });
    await caseloadReady(page);
    cold.push(performance.now() - started);
    started = performance.now();
    await page.reload({ waitUntil: 'commit' });
    await caseloadReady(page);
    warm.push(performance.now() - started);
    shown = await page.getByTestId('caseload-total').innerText();
    await context.close();
  }
  const figures = (samples) =>
    `p50 ${percentile(samples, 50).toFixed(0)} ms, min ${Math.min(...samples).toFixed(0)} ms, max ${Math.max(...samples).toFixed(0)} ms`;
  console.log(`caseload shows: ${shown}`);
  console.log(`navigation → usable caseload, cold cache: ${figures(cold)} over ${RUNS}`);
  console.log(`navigation → usable caseload, warm cache: ${figures(warm)} over ${RUNS}`);

  // Smoothness: scroll the list 5 rows a frame for 400 frames (2,000 rows, about 300 rows a
  // second: a fast flick; keyset pages are fetched on the way, so the list can reach its loaded
  // end and wait) and time each frame.
  const context = await browser.newContext({ storageState: signedIn, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${app.url}/caseload`);
  await caseloadReady(page);
  const scroll = await page.evaluate(async () => {
    const viewport = document.querySelector('cdk-virtual-scroll-viewport');
    const frames = [];
    let last = performance.now();
    for (let frame = 0; frame < 400; frame += 1) {
      viewport.scrollTop += 5 * 104;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    frames.sort((a, b) => a - b);
    const items = [...document.querySelectorAll('[role=listitem]')];
    return {
      p50: frames[Math.floor(frames.length * 0.5)],
      p95: frames[Math.floor(frames.length * 0.95)],
      max: frames[frames.length - 1],
      over50: frames.filter((time) => time > 50).length,
      rendered: items.length,
      lastPosition: Math.max(...items.map((item) => Number(item.getAttribute('aria-posinset')))),
    };
  });
  // The first page as the caseload asks for it (50 rows, by urgency), five times.
  const firstPages = [];
  for (let index = 0; index < 5; index += 1) {
    const started = performance.now();
    const response = await context.request.get(`${app.url}/api/cases?limit=50&sort=urgency`);
    if (!response.ok()) throw new Error(`GET /api/cases: ${response.status()}`);
    await response.body();
    firstPages.push(performance.now() - started);
  }
  // What each appended page costs the API: the first five keyset pages of 200, one after another.
  const pageTimes = [];
  let cursor = null;
  for (let index = 0; index < 5; index += 1) {
    const started = performance.now();
    const response = await context.request.get(
      `${app.url}/api/cases?limit=200${cursor ? `&cursor=${cursor}` : ''}`,
    );
    pageTimes.push(performance.now() - started);
    cursor = (await response.json()).nextCursor;
  }
  await context.close();
  console.log(
    `GET /api/cases, first page of 50 by urgency of ${total}: ${figures(firstPages)} over 5 reads`,
  );
  console.log(`GET /api/cases, one page of 200 of ${total}: ${figures(pageTimes)} over 5 pages`);
  console.log(
    `scrolling 400 frames × 5 rows: frame p50 ${scroll.p50.toFixed(1)} ms, p95 ${scroll.p95.toFixed(1)} ms, max ${scroll.max.toFixed(0)} ms, ${scroll.over50} frames over 50 ms; ${scroll.rendered} rows in the page at the end, reached row ${scroll.lastPosition}`,
  );
} finally {
  await browser.close();
  await app.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
