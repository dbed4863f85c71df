// The supervisor's morning in a real browser: the office's deadline audit (due in 48 hours,
// missed, waived with who and why), acknowledging an escalated case, adding a closure day; and a
// paralegal who is never offered the supervision area. Cases are arranged through the API first.
import type { Page } from 'playwright-core';
import { seriousA11yViolations, signIn, staffMember } from './support/amparo';
import { apiSession, retainedInLima, venezuelanHighRisk, type ApiSession } from './support/api';
import { pageErrors, useBrowser } from './support/browser';

const session = useBrowser();

afterAll(() => expect(pageErrors).toEqual([]));

const navigation = (page: Page) => page.getByRole('navigation', { name: 'Main navigation' });
const sections = (page: Page) => page.getByRole('navigation', { name: 'Supervision sections' });

let paralegal: ApiSession;
let supervisor: ApiSession;
let attorneyId: string;

beforeAll(async () => {
  paralegal = await apiSession(staffMember('paralegal'));
  supervisor = await apiSession(staffMember('supervisor'));
  attorneyId = (await apiSession(staffMember('attorney'))).userId;
});

async function openSupervision(page: Page, tab: string): Promise<void> {
  await signIn(page, staffMember('supervisor'));
  await navigation(page).getByRole('link', { name: 'Supervision' }).click();
  await page.getByRole('heading', { level: 1, name: 'Supervision' }).waitFor();
  await sections(page).getByRole('link', { name: tab, exact: true }).click();
  await page.getByRole('heading', { level: 2, name: tab }).waitFor();
}

describe('supervision', () => {
  it("a supervisor sees the deadline audit: authorities' limits, history, and waivers with who and why", async () => {
    const soon = await retainedInLima(paralegal, attorneyId, 2, 'Audit Soon');
    const late = await retainedInLima(paralegal, attorneyId, 60, 'Audit Late');
    const waivedCase = await retainedInLima(paralegal, attorneyId, 3, 'Audit Waived');
    const deadlines = await supervisor.call<{ id: string; ruleId: string; version: number }[]>(
      'GET',
      `/api/cases/${waivedCase.id}/deadlines`,
    );
    const report = deadlines.find((d) => d.ruleId === 'pe.pasee.police-report');
    if (!report) throw new Error('no police-report deadline on the PASEE case');
    const reason = 'Informe ya entregado en la comisaría (demo)';
    await supervisor.call('POST', `/api/deadlines/${report.id}/waive`, {
      reason,
      version: report.version,
    });

    const page = await session.newPage();
    await openSupervision(page, 'Deadline audit');

    // Retained 2 h ago: the police report and the PASEE's end are the authority's, running.
    const watch = page.getByRole('region', { name: /Authorities' limits ending/ });
    // Entered 60 h after the retention: history, not a miss.
    const history = page.getByRole('region', { name: /Passed before they were recorded/ });
    const missed = page.getByRole('region', { name: /^Missed/ });
    const waived = page.getByRole('region', { name: /Waived/ });
    const person = (name: string) => `Yorgelis ${name} (demo)`;
    await watch
      .getByRole('link', { name: person('Audit Soon') })
      .first()
      .waitFor();
    await history
      .getByRole('link', { name: person('Audit Late') })
      .first()
      .waitFor();
    await expect(missed.getByRole('link', { name: person('Audit Late') }).count()).resolves.toBe(0);
    const waivedRow = waived.getByRole('row').filter({ hasText: waivedCase.reference });
    await waivedRow.getByText(reason).waitFor();
    await waivedRow.getByText(staffMember('supervisor').name).waitFor();
    // Every row names the person, custody, risk and lead attorney.
    const soonRow = watch.getByRole('row').filter({ hasText: soon.reference }).first();
    await soonRow.getByText(/Detained · not screened/).waitFor();
    await soonRow.getByText(staffMember('attorney').name).waitFor();
    // Forum time is Lima's; the browser is in Lima too, so no second clock is shown.
    await watch
      .getByText(/\(Lima time\)/)
      .first()
      .waitFor();
    // The person's name leads to the case page.
    const href = await watch
      .getByRole('link', { name: person('Audit Soon') })
      .first()
      .getAttribute('href');
    expect(href).toBe(`/cases/${soon.id}`);

    // Filtering by the case narrows every list.
    await page.getByLabel('Case or deadline').fill(late.reference);
    await expect(watch.getByRole('link', { name: person('Audit Soon') }).count()).resolves.toBe(0);
    await history
      .getByRole('link', { name: person('Audit Late') })
      .first()
      .waitFor();
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
  });

  it('a supervisor acknowledges an escalated case with a reason', async () => {
    const escalated = await retainedInLima(paralegal, attorneyId, 2, 'Escalated');
    await paralegal.call('POST', `/api/cases/${escalated.id}/risk-assessments`, {
      destination: 'VE',
      answers: venezuelanHighRisk,
    });

    const page = await session.newPage();
    await openSupervision(page, 'Escalations');
    const card = page.getByRole('listitem').filter({
      has: page.getByRole('link', { name: escalated.reference }),
    });
    await card.getByText('High risk').first().waitFor();
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);

    await card
      .getByRole('button', { name: `Acknowledge the escalation of ${escalated.reference}` })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Acknowledge' }).click();
    await dialog.getByText('Write at least 3 characters').waitFor();
    await dialog
      .getByLabel('What is being done')
      .fill('Hábeas corpus presentado; abogada en la comisaría (demo)');
    await dialog.getByRole('button', { name: 'Acknowledge' }).click();

    await page
      .getByRole('status')
      .filter({ hasText: `Escalation of ${escalated.reference} acknowledged` })
      .waitFor();
    await expect(page.getByRole('link', { name: escalated.reference }).count()).resolves.toBe(0);
    const left = await supervisor.call<{ caseId: string }[]>('GET', '/api/risk/escalations');
    expect(left.map((e) => e.caseId)).not.toContain(escalated.id);
  });

  it('a supervisor adds a closure day and sees it on the calendar', async () => {
    const page = await session.newPage();
    await openSupervision(page, 'Holidays and closures');
    const year = new Date().getFullYear() + 1;
    await page.getByRole('combobox', { name: 'Year' }).click();
    await page.getByRole('option', { name: String(year) }).click();
    const holidays = page.getByRole('table', { name: /Non-working days: .*Peru/ });
    await holidays.getByText('National public holiday').first().waitFor();

    const form = page.getByTestId('closure-form');
    await form.getByLabel('Calendar').fill('PE');
    await form.getByLabel('Date').fill(`${year}-07-27`);
    await form.getByLabel('Reason, as published').fill('Día no laborable, DS 001-PCM (demo)');
    await form.getByRole('button', { name: 'Add closure day' }).click();

    await page
      .getByRole('status')
      .filter({ hasText: /Closure day .* added/ })
      .waitFor();
    await page
      .getByRole('table', { name: 'Closure days of your office' })
      .getByText('Día no laborable, DS 001-PCM (demo)')
      .waitFor();
    await holidays.getByText('Closure day (PE)').waitFor();

    // The same day twice says so instead of failing silently.
    await form.getByLabel('Date').fill(`${year}-07-27`);
    await form.getByLabel('Reason, as published').fill('Otra vez (demo)');
    await form.getByRole('button', { name: 'Add closure day' }).click();
    await page.getByRole('alert').filter({ hasText: 'already a closure day' }).waitFor();
    // The button is back from its busy state before the contrast is judged.
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('button')).every(
        (button) => !button.textContent?.includes('Add closure day') || !button.disabled,
      ),
    );
    await page.waitForTimeout(300); // the button's colour transition
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
  });

  it('the audit log shows who added the closure day, filtered by a picked record type', async () => {
    const page = await session.newPage();
    await openSupervision(page, 'Audit log');
    await page.getByRole('combobox', { name: 'Record type' }).click();
    await page.getByRole('option', { name: 'Closure day' }).click();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    const log = page.getByRole('table', { name: 'Audit log entries, newest first' });
    // The filtered page replaces the unfiltered one: wait until no sign-in entry is left.
    await log.getByText('Signed in').first().waitFor({ state: 'detached' });
    const created = log.getByRole('row').filter({ hasText: 'Record created' }).first();
    await created.getByText(staffMember('supervisor').name).waitFor();
    await expect(log.getByText('Signed in').count()).resolves.toBe(0);
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
  });

  it('the overview charts caseload per attorney, risk levels and deadlines per week', async () => {
    const page = await session.newPage();
    await openSupervision(page, 'Overview');
    const caseload = page.getByRole('table', { name: 'Open cases per lead attorney' });
    const lucia = caseload.getByRole('row').filter({ hasText: staffMember('attorney').name });
    await lucia.waitFor();
    // Earlier tests opened several cases led by the attorney: the count is not zero.
    await expect(lucia.getByRole('cell').first().textContent()).resolves.not.toBe('0');
    await page
      .getByRole('table', { name: 'Open cases by latest risk level' })
      .getByText('High risk')
      .waitFor();
    const weeks = page.getByRole('table', { name: /Deadlines per week/ });
    await expect(weeks.getByRole('row').count()).resolves.toBe(14);
    await weeks.getByText('This week').waitFor();
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
  });

  it('country profiles show the gaps and flags, and a supervisor edits one for the office', async () => {
    const page = await session.newPage();
    await openSupervision(page, 'Country profiles');
    const list = page.getByRole('table', { name: 'Country profiles' });
    await list
      .getByRole('row')
      .filter({ hasText: 'Haiti' })
      .getByText('Returns advised against')
      .waitFor();
    await list
      .getByRole('row')
      .filter({ hasText: 'Nicaragua' })
      .getByText('Guidance not found')
      .waitFor();
    await list
      .getByRole('row')
      .filter({ hasText: 'El Salvador' })
      .getByText('Receives other nationals')
      .waitFor();
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);

    await list.getByRole('link', { name: 'Haiti' }).click();
    await page.getByRole('heading', { level: 2, name: 'Haiti (HT)' }).waitFor();
    await page.getByRole('button', { name: 'Edit for my office' }).click();
    await page.getByLabel('Reviewed against its sources on').fill('2026-11');
    await page.getByRole('button', { name: 'Save for my office' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Saved as your office’s version 1' })
      .waitFor();
    await page.getByText(/Your office’s version 1, edited by Martín Huamán/).waitFor();
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);

    await page.getByRole('button', { name: 'Return to the shipped reference' }).click();
    await page.getByRole('button', { name: 'Confirm: discard your office’s edit' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'reads the shipped reference again' })
      .waitFor();
  });

  it('on a phone, in Spanish, the supervision pages fit the screen', async () => {
    const page = await session.newPage({
      viewport: { width: 390, height: 844 },
      locale: 'es-PE',
      isMobile: true,
      hasTouch: true,
    });
    await signIn(page, staffMember('supervisor'), 'es');
    await page.getByRole('button', { name: 'Abrir navegación' }).click();
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Supervisión' })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Auditoría de plazos' }).waitFor();
    await page.getByRole('region', { name: /Plazos de la autoridad que vencen/ }).waitFor();
    const fits = () =>
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
    await expect(fits()).resolves.toBe(true);
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);

    await page
      .getByRole('navigation', { name: 'Secciones de supervisión' })
      .getByRole('link', { name: 'Feriados y cierres' })
      .tap();
    await page.getByRole('heading', { level: 2, name: 'Feriados y cierres' }).waitFor();
    await page.getByRole('button', { name: 'Agregar día de cierre' }).waitFor();
    await expect(fits()).resolves.toBe(true);
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
  });

  it('a paralegal is offered no supervision entry, and its address sends them to the caseload', async () => {
    const page = await session.newPage();
    await signIn(page, staffMember('paralegal'));
    await navigation(page).getByRole('link', { name: 'My account' }).waitFor();
    await expect(navigation(page).getByRole('link', { name: 'Supervision' }).count()).resolves.toBe(
      0,
    );
    await page.goto('/supervision/deadlines');
    await page.waitForURL('**/caseload');
    await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();
  });
});
