// Amparo-specific steps, written the way a person uses the app: by visible labels and roles, so a
// control without an accessible name makes these tests fail.
import { readFileSync } from 'node:fs';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';
import type { Role } from '@amparo/domain';
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD } from '../../../apps/api/src/app/seed/demo-data';

export { DEMO_PASSWORD };

/** The four demo staff of the Lima office: role, email and display name, from the seed itself. */
export const limaStaff = DEMO_ORGANIZATIONS[0].staff.map(({ role, name }) => ({
  role,
  name,
  email: `${role}@${DEMO_ORGANIZATIONS[0].domain}`,
}));

export interface StaffMember {
  role: Role;
  name: string;
  email: string;
}

export function staffMember(role: Role): StaffMember {
  const member = limaStaff.find((candidate) => candidate.role === role);
  if (!member) throw new Error(`no demo ${role} in Lima`);
  return member;
}

export type Language = 'en' | 'es';

/** The visible labels the sign-in steps look for, per language. */
export const labels = {
  en: { email: 'Email', password: 'Password', submit: 'Sign in', caseload: 'Caseload' },
  es: {
    email: 'Correo electrónico',
    password: 'Contraseña',
    submit: 'Ingresar',
    caseload: 'Casos',
  },
} as const;

/** Fills and submits the sign-in form on the current (login) page. */
export async function submitLogin(
  page: Page,
  email: string,
  password = DEMO_PASSWORD,
  language: Language = 'en',
): Promise<void> {
  const text = labels[language];
  await page.getByLabel(text.email).fill(email);
  await page.getByLabel(text.password).fill(password);
  await page.getByRole('button', { name: text.submit }).click();
}

/** Opens the app, signs in and waits for the page the person starts on. */
export async function signIn(
  page: Page,
  member: StaffMember,
  language: Language = 'en',
): Promise<void> {
  await page.goto('/login');
  await submitLogin(page, member.email, DEMO_PASSWORD, language);
  // Where each role starts is the client's choice (the caseload today); tests that care say so.
  await page.waitForURL((url) => url.pathname !== '/login');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

/** The path and query of the page, e.g. "/login?returnUrl=%2Fcaseload". */
export function pathOf(page: Page): string {
  const url = new URL(page.url());
  return url.pathname + url.search;
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page and returns the serious and critical violations, each as one line
 * naming the rule and the offending elements. The source is evaluated through DevTools rather than
 * added as a <script>, which the app's Content-Security-Policy rightly refuses.
 */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  // Colours mid-transition (a button leaving its busy or hover state) are not what a person
  // reads: let every finite animation and transition end first (spinners run forever: skipped).
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) =>
          Number.isFinite(Number(animation.effect?.getComputedTiming().endTime)),
        )
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } }).axe.run(
      document,
    ),
  );
  return results.violations
    .filter(
      (violation: Result) => violation.impact === 'serious' || violation.impact === 'critical',
    )
    .map(
      (violation: Result) =>
        `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
}
