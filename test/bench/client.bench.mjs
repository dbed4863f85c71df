// Issue 8 figures for the web client, measured in headless Chromium against the app as
// `npm start` runs it (embedded database, demo data): the JavaScript a first visit downloads for
// the sign-in and caseload pages (gzip, target under 350 kB), and the time from navigation to a
// usable caseload. Prints figures; asserts nothing. Run: npm run bench:client
// (AMPARO_CHROMIUM=/path/to/chromium to choose the browser).
import { gzipSync } from 'node:zlib';
import { startApp } from '../e2e/support/app.mjs';
import { findChromium, installHint, launchChromium } from '../e2e/support/chromium.mjs';
import { percentile } from './support/server.mjs';

const RUNS = 7;
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
        response.body().then((body) => ({
          name: new URL(response.url()).pathname.slice(1),
          raw: body.length,
          gzip: gzipSync(body).length,
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
    `${label}: ${scripts.length} scripts, ${kB(sum('gzip'))} gzip (${kB(sum('raw'))} raw; served as ${served})`,
  );
  for (const script of scripts.sort((a, b) => b.gzip - a.gzip)) {
    console.log(`  ${script.name.padEnd(36)} ${kB(script.gzip).padStart(9)} gzip`);
  }
}

const loginReady = (page) => page.getByRole('button', { name: 'Sign in' }).waitFor();
// Usable: the heading and whatever the caseload shows (rows, or the empty state) are on screen.
const caseloadReady = async (page) => {
  await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();
  await page
    .locator('main')
    .locator('[data-testid=caseload-empty], [role=row], [role=listitem], tr')
    .first()
    .waitFor();
};

const app = await startApp();
const browser = await launchChromium(executable);
try {
  console.log(`Chromium ${browser.version()} (${executable}), app ready in ${app.startupMs} ms`);

  // A signed-in browser state to reuse, so the caseload figures exclude the sign-in itself.
  const setup = await browser.newContext({ locale: 'en-US' });
  const login = await setup.request.post(`${app.url}/api/auth/login`, { data: ATTORNEY });
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
  let rows = 0;
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
    rows = await page.locator('main [role=row], main tr').count();
    await context.close();
  }
  const figures = (samples) =>
    `p50 ${percentile(samples, 50).toFixed(0)} ms, min ${Math.min(...samples).toFixed(0)} ms, max ${Math.max(...samples).toFixed(0)} ms`;
  console.log(`navigation → usable caseload, cold cache: ${figures(cold)} over ${RUNS}`);
  console.log(`navigation → usable caseload, warm cache: ${figures(warm)} over ${RUNS}`);
  console.log(
    `caseload rows on screen: ${rows} (the demo attorney's caseload; the 10,000-case figure needs the cases API and a bulk seed)`,
  );
} finally {
  await browser.close();
  await app.stop();
}
