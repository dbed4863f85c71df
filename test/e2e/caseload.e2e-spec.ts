// An attorney's morning in a real browser: the caseload ranked by urgency with a live PASEE
// countdown on Lima's clock (and the person's own clock when they are elsewhere), search by name
// and by exact A-number, the phone layout, and the deadline calendar. Cases are arranged through
// the API first, led by the Lima demo attorney.
import type { Page } from 'playwright-core';
import { seriousA11yViolations, signIn, staffMember } from './support/amparo';
import { apiSession, retainedInLima, type ApiSession } from './support/api';
import { pageErrors, useBrowser } from './support/browser';

const session = useBrowser();

afterAll(() => expect(pageErrors).toEqual([]));

const PASEE_TITLE = 'PASEE must end (expulsion may be decided and executed)';
const A_NUMBER = 'A-201-555-019';

let paralegal: ApiSession;
let countdownCase: { id: string; reference: string };
/** The PASEE decision's due instant (UTC ISO) of the countdown case. */
let paseeDueAt: string;

beforeAll(async () => {
  paralegal = await apiSession(staffMember('paralegal'));
  const supervisor = await apiSession(staffMember('supervisor'));
  const attorneyId = (await apiSession(staffMember('attorney'))).userId;
  // Retained 4 h ago: the PASEE must end in about 20 h (possibly 44 h). The police report (a 12 h
  // watch date on the police) is waived, so the PASEE clock is the case's next deadline.
  countdownCase = await retainedInLima(paralegal, attorneyId, 4, 'Countdown');
  const deadlines = await supervisor.call<
    { id: string; ruleId: string; version: number; effectiveDueAt: string }[]
  >('GET', `/api/cases/${countdownCase.id}/deadlines`);
  const report = deadlines.find((d) => d.ruleId === 'pe.pasee.police-report');
  const pasee = deadlines.find((d) => d.ruleId === 'pe.pasee.decision');
  if (!report || !pasee) throw new Error('the PASEE case has no police-report or decision clock');
  paseeDueAt = pasee.effectiveDueAt;
  await supervisor.call('POST', `/api/deadlines/${report.id}/waive`, {
    reason: 'Informe entregado en la comisaría (demo)',
    version: report.version,
  });

  // A released client known by A-number, with a day deadline (no clock running on hours).
  const client = await paralegal.call<{ id: string }>('POST', '/api/clients', {
    givenNames: 'Wilmer',
    familyNames: 'Anumero (demo)',
    nationalities: ['VE'],
    acknowledgeDuplicates: true,
  });
  await paralegal.call('POST', '/api/cases', {
    clientId: client.id,
    jurisdiction: 'PE',
    procedure: 'pasee-expulsion',
    leadAttorneyId: attorneyId,
    custodyStatus: 'released',
    aNumber: A_NUMBER,
  });
});

const row = (page: Page, name: RegExp | string) =>
  page.getByRole('listitem').filter({ hasText: name });

/**
 * Other browser-test files give the same attorney cases (some escalated, some with earlier
 * clocks), so the countdown case is found by its name rather than by its place in the ranking.
 */
async function showCountdownCase(page: Page): Promise<void> {
  await page.getByLabel('Search by name').fill('countdown');
  await row(page, 'Yorgelis Countdown (demo)').waitFor();
}

async function openCaseload(page: Page): Promise<void> {
  await signIn(page, staffMember('attorney'));
  await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();
  await page
    .getByTestId('caseload-total')
    .getByText(/\d+ cases?/)
    .waitFor();
}

describe('caseload', () => {
  it('an attorney sees their caseload with a live PASEE countdown in Lima time', async () => {
    const page = await session.newPage();
    await page.clock.install();
    await openCaseload(page);
    await showCountdownCase(page);

    const mine = row(page, 'Yorgelis Countdown (demo)');
    await mine.waitFor();
    await expect(mine.getByRole('link').getAttribute('href')).resolves.toBe(
      `/cases/${countdownCase.id}`,
    );
    const countdown = mine.getByTestId('countdown');
    // textContent: the title and the time left are laid out apart, read as one sentence.
    const sentence = async () => squash(await countdown.textContent());
    const before = await sentence();
    expect(before).toMatch(
      // The PASEE's end is the authority's limit: a watch, read as every screen reads it.
      new RegExp(`^${escape(PASEE_TITLE)}: (19 h \\d+|20 h 0) min left on the authority's limit$`),
    );
    // Possible range (48 h reading) is flagged; the person is in Lima, so no second clock.
    await expect(mine.getByTestId('range').innerText()).resolves.toMatch(
      /^Possible range: at the latest /,
    );
    await expect(mine.innerText()).resolves.not.toContain('your time');

    // The clock moves by itself: ten minutes later the row says ten minutes less.
    await page.clock.fastForward('10:00');
    await page.waitForFunction(
      ([selector, text]) =>
        document.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() !== text,
      [`a[href="/cases/${countdownCase.id}"] [data-testid=countdown]`, before] as const,
    );
    const minutes = (text: string) => {
      const [, h, m] = /(\d+) h (\d+) min/.exec(text) ?? [];
      return Number(h) * 60 + Number(m);
    };
    expect(minutes(before) - minutes(await sentence())).toBe(10);

    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
  });

  it("shows the attorney's own clock alongside Lima's when they are in another zone", async () => {
    const page = await session.newPage({ timezoneId: 'America/Mexico_City' });
    await openCaseload(page);
    await showCountdownCase(page);
    const mine = row(page, 'Yorgelis Countdown (demo)');
    await mine.waitFor();
    await expect(mine.innerText()).resolves.toMatch(/Lima time/);
    // Mexico City is an hour behind Lima all year.
    const lima = new Intl.DateTimeFormat('en-US', {
      hour: 'numeric',
      minute: '2-digit',
      timeZone: 'America/Lima',
    }).format(Date.parse(paseeDueAt));
    const mexico = new Intl.DateTimeFormat('en-US', {
      hour: 'numeric',
      minute: '2-digit',
      timeZone: 'America/Mexico_City',
    }).format(Date.parse(paseeDueAt));
    const text = await mine.innerText();
    expect(text).toContain(`${lima}, Lima time`);
    expect(text).toContain(`${mexico} your time (Mexico City)`);
  });

  it('searches by name and by exact A-number, keeping the search in the address', async () => {
    const page = await session.newPage();
    await openCaseload(page);
    await page.getByLabel('Search by name').fill('countdown');
    await page.waitForURL(/[?&]q=countdown/);
    await page.getByTestId('caseload-total').getByText('1 case', { exact: true }).waitFor();
    await expect(page.getByRole('listitem').count()).resolves.toBe(1);
    await row(page, 'Yorgelis Countdown (demo)').waitFor();

    // A reload restores the same search from the address.
    await page.reload();
    await page.getByTestId('caseload-total').getByText('1 case', { exact: true }).waitFor();
    await expect(page.getByLabel('Search by name').inputValue()).resolves.toBe('countdown');

    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await page.getByLabel('A-number').fill(A_NUMBER);
    await page.getByLabel('A-number').press('Enter');
    await page.waitForURL(/[?&]aNumber=A-201-555-019/);
    await page.getByTestId('caseload-total').getByText('1 case', { exact: true }).waitFor();
    const found = row(page, 'Wilmer Anumero (demo)');
    await found.waitFor();
    await expect(found.innerText()).resolves.toContain('Released');

    // One digit off finds nothing: A-numbers match exactly.
    await page.getByLabel('A-number').fill('A-201-555-018');
    await page.getByLabel('A-number').press('Enter');
    await page.getByRole('heading', { name: 'No case matches these filters' }).waitFor();
  });

  it('on a phone, the rows stack and the filters sit behind a button', async () => {
    const page = await session.newPage({ viewport: { width: 390, height: 844 } });
    await openCaseload(page);
    await page.getByRole('listitem').first().waitFor();
    const filters = page.getByRole('button', { name: /^Filters/ });
    await expect(filters.getAttribute('aria-expanded')).resolves.toBe('false');
    await filters.click();
    await page.getByLabel('Risk').waitFor();
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
  });
});

describe('calendar', () => {
  it("shows the attorney's deadlines by month and by week, each on its Lima date", async () => {
    const page = await session.newPage();
    await signIn(page, staffMember('attorney'));
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Calendar' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();

    // Open the month of the PASEE clock's Lima date (it may be next month near a month's end).
    const limaDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Lima' }).format(
      Date.parse(paseeDueAt),
    );
    await page.goto(`/calendar?date=${limaDate}`);
    const grid = page.getByTestId('calendar-grid');
    const entry = grid
      .getByTestId('calendar-entry')
      .filter({ hasText: PASEE_TITLE })
      .filter({ hasText: 'Yorgelis Countdown (demo)' });
    // The month cell of that date lists the clock, or (when other suites' cases crowd the same
    // day) a "+ n more" button that leads to the week, which lists every entry.
    const cell = grid.locator('td:not(.outside)').filter({
      has: page.locator('.day-number', { hasText: new RegExp(`^${Number(limaDate.slice(8))}$`) }),
    });
    await entry
      .first()
      .or(cell.getByRole('button', { name: /more$/ }))
      .first()
      .waitFor();
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);

    await page.getByRole('button', { name: 'Week', exact: true }).click();
    await page.waitForURL(/view=week/);
    await entry.first().waitFor();
    await expect(entry.first().innerText()).resolves.toContain('Lima');
    await expect(entry.first().getAttribute('href')).resolves.toBe(`/cases/${countdownCase.id}`);
    await page.getByRole('columnheader').first().waitFor();
    await expect(page.getByRole('columnheader').count()).resolves.toBe(7);
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
  });

  it('gives the attorney a subscription address for their calendar app, and revokes it', async () => {
    const page = await session.newPage();
    await signIn(page, staffMember('attorney'));
    await page.goto('/calendar');
    const feed = page.getByRole('region', { name: 'Subscribe in your calendar app' });
    await feed.getByRole('button', { name: 'Make a subscription address' }).click();
    await feed.getByText('New address made').waitFor();
    const address = await feed.getByLabel('Your subscription address').inputValue();
    expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/calendar\/.+\.ics$/);
    await feed.getByRole('button', { name: 'Copy address' }).click();

    // The address is what a calendar app reads: the attorney's open deadlines, by case reference.
    const ics = await page.request.get(address);
    expect(ics.status()).toBe(200);
    const body = await ics.text();
    expect(body).toContain('BEGIN:VCALENDAR');
    expect(body).toContain(countdownCase.reference);
    await expect(feed.getByTestId('feed-status').innerText()).resolves.toMatch(
      /^You have a subscription address, made /,
    );
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);

    await feed.getByRole('button', { name: 'Revoke' }).click();
    await feed.getByText('Address revoked').waitFor();
    await expect(feed.getByTestId('feed-status').innerText()).resolves.toBe(
      'You have no subscription address.',
    );
    expect((await page.request.get(address)).status()).toBe(404);
  });
});

function squash(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
