// Once per run: start the app as `npm start` runs it and one Chromium that every test file
// connects to (a browser launch costs about a second; one per file would add up on two cores).
import { mkdirSync, rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startApp } from './support/app.mjs';
import { launchOptions } from './support/chromium.mjs';
import { screenshotDir } from './support/paths';
import { type E2eHandles, handlesKey } from './support/handles';

export default async function globalSetup(): Promise<void> {
  const executable = process.env['AMPARO_E2E_CHROMIUM'];
  if (!executable) {
    throw new Error('AMPARO_E2E_CHROMIUM is not set: run the browser tests with `npx nx test e2e`');
  }
  // Only this run's screenshots: a renamed test must not leave a stale picture behind.
  rmSync(screenshotDir, { recursive: true, force: true });
  mkdirSync(screenshotDir, { recursive: true });
  const app = await startApp();
  const browser = await chromium.launchServer(launchOptions(executable)).catch(async (error) => {
    await app.stop();
    throw error;
  });
  console.log(`\ne2e: app at ${app.url} (ready in ${app.startupMs} ms), Chromium ${executable}`);
  // Workers (there is one, in band) read these; teardown gets the handles from the global.
  process.env['AMPARO_E2E_URL'] = app.url;
  process.env['AMPARO_E2E_WS'] = browser.wsEndpoint();
  const handles: E2eHandles = { stopApp: app.stop, closeBrowser: () => browser.close() };
  (globalThis as Record<string, unknown>)[handlesKey] = handles;
}
