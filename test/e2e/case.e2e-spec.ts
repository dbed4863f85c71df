// The case page: header with custody and the running clock, the tabs, and what each role is
// offered on a case (see docs/testing-e2e.md).
import { seriousA11yViolations, signIn, staffMember } from './support/amparo';
import { pageErrors, useBrowser } from './support/browser';
import { limaInstantHoursAgo, openCaseThroughApi } from './support/cases';

const session = useBrowser();

afterAll(() => expect(pageErrors).toEqual([]));

describe('case page', () => {
  it('shows the client, custody, and the PASEE clock counting down in Lima time', async () => {
    const page = await session.newPage();
    await signIn(page, staffMember('attorney'));
    const caseId = await openCaseThroughApi(page, {
      givenNames: 'Yenifer',
      familyNames: 'Castañeda Rojas',
      event: { eventType: 'police-retention', occurredAt: limaInstantHoursAgo(2) },
    });
    await page.goto(`/cases/${caseId}`);
    await page.waitForURL(`**/cases/${caseId}/overview`);

    const header = page.getByTestId('case-header');
    await header.getByRole('heading', { level: 1, name: 'Yenifer Castañeda Rojas' }).waitFor();
    await header.getByText('Custody: Detained').waitFor();
    const pasee = page.getByTestId('case-clock').filter({ hasText: 'PASEE must end' });
    // Retained 2 h ago: 24 h on the clock leaves 21 h and some minutes.
    await pasee.getByText(/21 h \d+ min left/).waitFor();
    await pasee
      .getByText(/Lima time/)
      .first()
      .waitFor();
    await pasee.getByText('Secondary source only: verify before relying on it').waitFor();
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
  });

  it("shows the user's own time next to the forum's when their zone differs", async () => {
    const page = await session.newPage({ timezoneId: 'Europe/Madrid' });
    await signIn(page, staffMember('attorney'));
    const caseId = await openCaseThroughApi(page, {
      givenNames: 'Óscar',
      familyNames: 'Huamán Vela',
      event: { eventType: 'police-retention', occurredAt: limaInstantHoursAgo(1) },
    });
    await page.goto(`/cases/${caseId}/timeline`);
    const event = page.getByTestId('event-police-retention');
    await event.getByText(/Lima time/).waitFor();
    await event.getByText(/your time: .*Madrid/).waitFor();
  });
});
