// Finds a locally installed Chromium (never downloads one) and launches it headless with the
// flags that keep it quiet and reproducible on a CI box: no sandbox (containers run as root), no
// GPU, no background traffic to Google. Shared by the e2e runner, the test setup and the bench.
import { accessSync, constants } from 'node:fs';
import { chromium } from 'playwright-core';

// Debian/Ubuntu packages first (what .ci/run installs), then the usual Chrome locations.
const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const installHint = 'sudo apt-get install -y chromium';

/** The browser to drive: AMPARO_CHROMIUM when set (and executable), else the first usual path. */
export function findChromium(env = process.env) {
  const wanted = env.AMPARO_CHROMIUM ? [env.AMPARO_CHROMIUM] : candidates;
  return wanted.find(isExecutable) ?? null;
}

/** @param {string} path */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

// Playwright adds its own automation flags and a fresh temporary profile (user data dir) per
// launch, deleted on close; these are ours on top.
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** @param {string} executablePath */
export function launchOptions(executablePath) {
  return { executablePath, headless: true, args: chromiumArgs, timeout: 60_000 };
}

/**
 * One browser for a whole run; tests open a context each (separate cookies and storage).
 * @param {string} executablePath
 */
export function launchChromium(executablePath) {
  return chromium.launch(launchOptions(executablePath));
}
