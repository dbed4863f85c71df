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

  it('an attorney records a police retention on the timeline and the PASEE clock starts', async () => {
    const page = await session.newPage();
    await signIn(page, staffMember('attorney'));
    const caseId = await openCaseThroughApi(page, {
      givenNames: 'Keiner',
      familyNames: 'Mosquera Ibarra',
    });
    await page.goto(`/cases/${caseId}/timeline`);
    await page.getByTestId('timeline-empty').waitFor();
    await page.getByTestId('case-no-clock').waitFor();

    await page.getByRole('button', { name: 'Record an event' }).click();
    await page.getByRole('combobox', { name: 'Event' }).click();
    await page
      .getByRole('option', { name: 'Administrative retention by the police (PNP)' })
      .click();
    const retained = limaInstantHoursAgo(4);
    await page.getByLabel('Date').fill(retained.slice(0, 10));
    await page.getByLabel('Time (Lima time)').fill(retained.slice(11, 16));
    await page.getByRole('button', { name: 'Record event' }).click();

    await page.getByTestId('event-police-retention').waitFor();
    const pasee = page.getByTestId('case-clock').filter({ hasText: 'PASEE must end' });
    await pasee.getByText(/19 h \d+ min left/).waitFor();

    // Correcting the time keeps the old one, with the reason, in the event's history.
    await page.getByRole('button', { name: /^Correct the time/ }).click();
    const corrected = limaInstantHoursAgo(5);
    await page.getByLabel('Time (Lima time)').fill(corrected.slice(11, 16));
    await page.getByLabel('Date').fill(corrected.slice(0, 10));
    await page.getByLabel('Why the time is corrected').fill('Police report gives 1 h earlier');
    await page.getByRole('button', { name: 'Save the correction' }).click();
    await page.getByText('Corrected 1 time(s): see history').click();
    await page.getByText(/why: Police report gives 1 h earlier/).waitFor();
    await pasee.getByText(/18 h \d+ min left/).waitFor();

    // The deadlines it started keep their earlier dates in their history.
    await page.getByTestId('case-tab-deadlines').click();
    const decision = page.getByTestId('deadline-pe.pasee.decision');
    await decision.getByText('History (1)').click();
    await decision.getByText(/recomputed after the event's time was corrected/).waitFor();
  });

  it('an attorney on the case completes a deadline', async () => {
    const page = await session.newPage();
    await signIn(page, staffMember('attorney'));
    const caseId = await openCaseThroughApi(page, {
      givenNames: 'Maryuri',
      familyNames: 'Contreras León',
      event: { eventType: 'police-retention', occurredAt: limaInstantHoursAgo(2) },
    });
    await page.goto(`/cases/${caseId}/deadlines`);
    const report = page.getByTestId('deadline-pe.pasee.police-report');
    await report.getByTestId('deadline-citation').waitFor();
    await report.getByTestId('deadline-basis').waitFor();
    await expect(report.getByRole('button', { name: 'Waive' }).count()).resolves.toBe(0);
    await report.getByRole('button', { name: 'Mark as done' }).click();
    await report.getByLabel('Note (optional)').fill('Report requested at the station');
    await report.getByRole('button', { name: 'Mark as done' }).click();
    await report.getByTestId('deadline-status').getByText('Met').waitFor();
    await expect(report.getByRole('button', { name: 'Mark as done' }).count()).resolves.toBe(0);
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
  });

  it('a paralegal on the case is offered neither waiver, completion nor override', async () => {
    const page = await session.newPage();
    await signIn(page, staffMember('paralegal'));
    const caseId = await openCaseThroughApi(page, {
      givenNames: 'Anyelo',
      familyNames: 'Briceño Mora',
      event: { eventType: 'police-retention', occurredAt: limaInstantHoursAgo(1) },
    });
    await page.goto(`/cases/${caseId}/deadlines`);
    const pasee = page.getByTestId('deadline-pe.pasee.decision');
    // The PASEE's end is the authority's limit, read as every screen reads it.
    await pasee.getByTestId('deadline-status').getByText("Authority's limit").waitFor();
    for (const name of ['Waive', 'Mark as done', 'Set the date from an order']) {
      await expect(page.getByRole('button', { name }).count()).resolves.toBe(0);
    }
    // What a paralegal may do is there: record events.
    await page.getByTestId('case-tab-timeline').click();
    await page.getByRole('button', { name: 'Record an event' }).waitFor();
  });

  it('fits a phone: header, clock, tabs and the person panel without sideways scrolling', async () => {
    const page = await session.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    await signIn(page, staffMember('attorney'));
    const caseId = await openCaseThroughApi(page, {
      givenNames: 'Rosmary',
      familyNames: 'Gil Pacheco',
      event: { eventType: 'police-retention', occurredAt: limaInstantHoursAgo(3) },
    });
    await page.goto(`/cases/${caseId}/deadlines`);
    await page.getByTestId('case-clock').first().waitFor();
    await page.getByTestId('deadline-pe.pasee.decision').waitFor();
    const overflow = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
    await expect(overflow()).resolves.toBeLessThanOrEqual(0);

    // The person panel, its edit form and the family members fit too.
    await page.getByTestId('case-tab-overview').click();
    await page.getByTestId('case-person-fields').getByText('Rosmary').waitFor();
    await page.getByRole('button', { name: 'Edit the person’s record' }).click();
    await page.getByLabel('Where they are now').waitFor();
    await page.getByTestId('derivative-search').waitFor();
    await expect(overflow()).resolves.toBeLessThanOrEqual(0);
  });

  it('a supervisor assigns the team, is offered only the waiver, and archives with a confirmation', async () => {
    const attorneyPage = await session.newPage();
    await signIn(attorneyPage, staffMember('attorney'));
    const caseId = await openCaseThroughApi(attorneyPage, {
      givenNames: 'Jhonatan',
      familyNames: 'Urdaneta Paz',
      event: { eventType: 'police-retention', occurredAt: limaInstantHoursAgo(2) },
    });

    const page = await session.newPage();
    await signIn(page, staffMember('supervisor'));
    await page.goto(`/cases/${caseId}/deadlines`);
    const pasee = page.getByTestId('deadline-pe.pasee.decision');
    await pasee.getByRole('button', { name: 'Waive' }).waitFor();
    await expect(pasee.getByRole('button', { name: 'Mark as done' }).count()).resolves.toBe(0);

    await page.getByTestId('case-tab-overview').click();
    await page.getByText(`Lead attorney: ${staffMember('attorney').name}`).waitFor();
    await expect(page.getByRole('button', { name: 'Edit case details' }).count()).resolves.toBe(0);
    await page.getByRole('combobox', { name: 'Paralegals' }).click();
    await page.getByRole('option', { name: staffMember('paralegal').name }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Save team' }).click();
    await page.getByText('Team saved.').waitFor();
    await page.getByText(`Paralegals: ${staffMember('paralegal').name}`).waitFor();
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);

    await page.getByRole('button', { name: 'Archive case' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText('Archive the case of Jhonatan Urdaneta Paz').waitFor();
    await dialog.getByRole('button', { name: 'Archive' }).click();
    await page.getByText('This case is archived').waitFor();

    // After a reload the case still says so, and nothing on it can be changed.
    await page.reload();
    await page
      .getByTestId('case-archived')
      .getByText(/^\s*Archived on /)
      .waitFor();
    await page.getByTestId('case-fields').waitFor();
    await expect(page.getByRole('button', { name: 'Archive case' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Save team' }).count()).resolves.toBe(0);
    await page.getByTestId('case-tab-deadlines').click();
    await pasee.waitFor();
    await expect(pasee.getByRole('button', { name: 'Waive' }).count()).resolves.toBe(0);
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
  });

  it('the team edits the case details and writes a privileged note', async () => {
    const page = await session.newPage();
    await signIn(page, staffMember('attorney'));
    const caseId = await openCaseThroughApi(page, {
      givenNames: 'Yohana',
      familyNames: 'Ríos Vera',
    });
    await page.goto(`/cases/${caseId}/overview`);
    await page.getByRole('button', { name: 'Edit case details' }).click();
    await page.getByRole('combobox', { name: 'Stage' }).click();
    await page.getByRole('option', { name: 'Active' }).click();
    await page.getByLabel('Forum').fill('Jefatura de Migraciones, Tumbes');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('case-stage').getByText('Stage: Active').waitFor();
    await page.getByTestId('case-header').getByText('Jefatura de Migraciones, Tumbes').waitFor();

    await page.getByTestId('case-tab-notes').click();
    await page.getByTestId('notes-empty').waitFor();
    await page.getByLabel('New note').fill('Client fears return: brother threatened in Maracay.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByTestId('notes').getByText('Client fears return').waitFor();
  });

  it('reads in Spanish, with no serious accessibility finding on the case page and intake', async () => {
    const page = await session.newPage({ locale: 'es-PE' });
    await signIn(page, staffMember('attorney'), 'es');
    const caseId = await openCaseThroughApi(page, {
      givenNames: 'Génesis',
      familyNames: 'Zambrano Díaz',
      event: { eventType: 'police-retention', occurredAt: limaInstantHoursAgo(2) },
    });
    await page.goto(`/cases/${caseId}/deadlines`);
    await page.getByTestId('case-header').getByText('Custodia: Detenido/a').waitFor();
    const pasee = page.getByTestId('case-clock').filter({ hasText: 'Fin del PASEE' });
    await pasee.getByText(/quedan 21 h \d+ min/).waitFor();
    await pasee
      .getByText(/hora de Lima/)
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Marcar como cumplido' }).first().waitFor();
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);

    await page.goto('/intake');
    await page.getByRole('heading', { level: 1, name: 'Nuevo ingreso' }).waitFor();
    await page.getByRole('button', { name: 'Guardar y abrir el caso' }).click();
    await page.getByText('Ingrese los nombres.').waitFor();
    // The field errors fade in: check contrast once they are fully shown.
    await page.waitForFunction(() => document.getAnimations().length === 0);
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
  });
});
