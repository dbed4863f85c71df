// What every browser test needs: the shared Chromium, a fresh context per test (no cookies or
// storage leak between tests), and a screenshot of the page each test ends on.
import { join } from 'node:path';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';
import { screenshotDir } from './paths';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the browser tests with \`npx nx test e2e\``);
  return value;
}

/** Where the app under test answers (set by global setup). */
export const appUrl = (): string => required('AMPARO_E2E_URL');

// English unless a test asks otherwise: the client follows navigator.language on a first visit.
const defaults: BrowserContextOptions = {
  locale: 'en-US',
  timezoneId: 'America/Lima',
  viewport: { width: 1280, height: 800 },
};

export interface BrowserSession {
  /** A page in a new context; the last one opened in a test is screenshotted after it. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

/** Registers the hooks of one test file and returns how its tests open pages. */
export function useBrowser(): BrowserSession {
  let browser: Browser | undefined;
  let lastPage: Page | undefined;
  let contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await chromium.connect(required('AMPARO_E2E_WS'));
  });

  afterEach(async () => {
    const page = lastPage;
    const opened = contexts;
    lastPage = undefined;
    contexts = [];
    if (page && !page.isClosed()) {
      await page.screenshot({ path: join(screenshotDir, `${fileNameOf(currentTestName())}.png`) });
    }
    await Promise.all(opened.map((context) => context.close()));
  });

  afterAll(async () => {
    // Closes only this connection; global teardown closes the browser itself.
    await browser?.close();
  });

  return {
    async newPage(options = {}) {
      if (!browser) throw new Error('the browser is not connected yet');
      const context = await browser.newContext({ ...defaults, ...options, baseURL: appUrl() });
      contexts.push(context);
      // An uncaught error in the page is a bug even when the screen looks right.
      const page = await context.newPage();
      // Every step is local, but generous: the embedded database serves one connection at a time, so a background sweep
      // or import can hold a page's requests back for a while on a busy 2-core machine.
      page.setDefaultTimeout(40_000);
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
      lastPage = page;
      return page;
    },
  };
}

/** Uncaught exceptions seen in any page of the current file; tests assert it stays empty. */
export const pageErrors: string[] = [];

function currentTestName(): string {
  return expect.getState().currentTestName ?? 'unnamed';
}

function fileNameOf(testName: string): string {
  return testName
    .normalize('NFKD')
    .replace(/[^\w]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 120);
}
