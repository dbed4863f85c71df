// The case page's risk and filings tabs: a screening that escalates a Lima PASEE case, a filing
// generated (after filling what the case lacks), previewed, downloaded, filed and served, and what a
// paralegal is not offered there (see docs/testing-e2e.md).
import type { Page } from 'playwright-core';
import { seriousA11yViolations, signIn, staffMember } from './support/amparo';
import { pageErrors, useBrowser } from './support/browser';
import { limaInstantHoursAgo, openCaseThroughApi, putThroughApi } from './support/cases';

const session = useBrowser();

afterAll(() => expect(pageErrors).toEqual([]));

/** A detained Venezuelan retained by the police in Lima two hours ago: the PASEE clock runs. */
async function openPaseeCase(page: Page, givenNames: string): Promise<string> {
  return openCaseThroughApi(page, {
    givenNames,
    familyNames: 'Rangel Pérez (demo)',
    nationalities: ['VE'],
    event: { eventType: 'police-retention', occurredAt: limaInstantHoursAgo(2) },
  });
}

async function chooseOption(page: Page, combobox: string, option: string): Promise<void> {
  // The empty field's floating label lies over the select; the form field passes its click on.
  await page.getByRole('combobox', { name: combobox }).click({ force: true });
  const list = page.getByRole('listbox', { name: combobox });
  await list.getByRole('option', { name: option, exact: true }).click();
  // The list closes with an animation: the next select must not find this one's options.
  await list.waitFor({ state: 'detached' });
}

async function openStep(page: Page, title: RegExp): Promise<void> {
  await page.getByRole('tab', { name: title }).click();
}

const question = (page: Page, id: string) => page.locator(`[data-question="${id}"]`);

describe('risk tab', () => {
  it('an attorney screens a Lima PASEE case as extreme, sees the escalation, and signs it off', async () => {
    const page = await session.newPage();
    await signIn(page, staffMember('attorney'));
    const caseId = await openPaseeCase(page, 'Wilmer');
    await page.goto(`/cases/${caseId}/risk`);
    await page.getByRole('heading', { level: 2, name: 'Non-refoulement risk' }).waitFor();
    await page.getByRole('button', { name: 'Start the screening' }).click();

    // 1. Nationality, destination and forum, with what the profiles say about them.
    await chooseOption(page, 'Nationality', 'Venezuela');
    await chooseOption(page, 'Country to which removal is proposed', 'Venezuela');
    await page
      .getByTestId('country-facts')
      .getByText('What the profile of Venezuela says')
      .waitFor();
    await chooseOption(page, 'Removing country (forum)', 'Peru');
    await page.getByText('Forum facts: Peru').waitFor();

    // 3. A death threat from a gang that still pursues him.
    await openStep(page, /3\. Past harm/);
    await question(page, 's3.harm_or_threats').getByRole('radio', { name: 'Yes' }).check();
    await question(page, 's3.harm_types').getByRole('checkbox', { name: 'Death threat' }).check();
    await question(page, 's3.actors')
      .getByRole('checkbox', { name: 'Gang or organized crime' })
      .check();
    await question(page, 's3.threat_persists').getByRole('radio', { name: 'Yes' }).check();

    // 5. No protection and nowhere to relocate.
    await openStep(page, /5\. State protection/);
    await question(page, 's5.state_protection')
      .getByRole('radio', { name: 'Unavailable or ineffective' })
      .check();
    await question(page, 's5.internal_flight')
      .getByRole('radio', { name: 'No safe or reasonable alternative' })
      .check();

    // 10. The PASEE is under way.
    await openStep(page, /10\. Imminence/);
    await question(page, 's10.removal_procedure')
      .getByRole('radio', { name: /Peru PASEE/ })
      .check();

    await openStep(page, /Review and save/);
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
    await page.getByRole('button', { name: 'Save as a new assessment' }).click();

    await page.getByRole('status').getByText('Screening saved as a new version.').waitFor();
    await expect(page.getByTestId('risk-level').textContent()).resolves.toMatch(/Extreme/);
    const reasons = page.getByTestId('risk-reasons');
    await reasons
      .getByText(/From the answers:.*Is the actor still looking/)
      .first()
      .waitFor();
    await page.getByTestId('risk-pathways').getByText(/open/).first().waitFor();
    const banner = page.getByTestId('risk-escalation');
    await banner
      .getByText('Escalated: Extreme risk and removal possible within 72 hours')
      .waitFor();
    await banner
      .getByText(/Lima time/)
      .first()
      .waitFor();

    await page.getByRole('button', { name: 'Sign off this assessment' }).click();
    await page.getByTestId('risk-signoff').getByText('Signed off by an attorney:').waitFor();
    await page.getByTestId('risk-history').getByText('Version 1 · Extreme').waitFor();
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);

    // Read from another zone, the banner adds the reader's own clock: it keeps the banner's
    // white on dark red (9.1:1), not the grey of secondary text (1.0:1 there).
    const abroad = await session.newPage({ timezoneId: 'Europe/Madrid' });
    await signIn(abroad, staffMember('attorney'));
    await abroad.goto(page.url());
    const far = abroad.getByTestId('risk-escalation');
    await far
      .getByText(/Madrid/)
      .first()
      .waitFor();
    await expect(seriousA11yViolations(abroad)).resolves.toEqual([]);
  });
});

/** Generates the habeas corpus after the 422 has said what is missing and it has been filled in. */
async function generateHabeasCorpus(page: Page, caseId: string): Promise<void> {
  // The place of detention is a filing fact of the case (the facts tab's field), not typed here.
  await putThroughApi(page, `/api/cases/${caseId}/filing-facts`, {
    version: 0,
    detentionPlace: 'Comisaría de Lima (demo)',
  });
  await chooseOption(page, 'Template', 'Demanda de hábeas corpus (ES)');
  await page.getByRole('button', { name: 'Generate PDF' }).click();
  const missing = page.getByTestId('filing-missing');
  await missing.getByText(/items? are missing|item\(s\) are missing/).waitFor();
  // The template is Spanish, the screen English: the missing items are named in English.
  await missing.getByText('Place of signature').waitFor();
  await missing.getByRole('button', { name: 'Fill in on this form' }).first().click();

  await page.getByLabel('Place of signature').fill('Lima');
  await page.getByLabel('Organization address').fill('Jr. Ejemplo 123, Lima (demo)');
  await page.getByLabel('Bar or professional registration number').fill('CAL 00000 (demo)');
  await page.getByLabel('Detaining authority').fill('Policía Nacional del Perú (demo)');
  await page.getByRole('button', { name: 'Generate PDF' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: ', version 1, generated. Its preview is below.' })
    .waitFor();
}

describe('filings tab', () => {
  it('an attorney generates, previews, downloads, files and serves a habeas corpus', async () => {
    const page = await session.newPage();
    await signIn(page, staffMember('attorney'));
    const caseId = await openPaseeCase(page, 'Jhonny');
    await page.goto(`/cases/${caseId}/filings`);
    await page.getByRole('heading', { level: 2, name: 'Filings' }).waitFor();
    await generateHabeasCorpus(page, caseId);

    // The preview draws every page in the page itself.
    await page.getByRole('img', { name: /^Page 1 of \d+$/ }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    // The browser runs behind a connection: read the download through its stream.
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(download.suggestedFilename()).toBe('pe-habeas-corpus-v1-es.pdf');
    await page.getByText('the downloaded copy matches').waitFor();

    // Nothing is filed before an attorney approves it.
    await expect(page.getByRole('button', { name: 'Mark filed' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Approve for filing' }).click();
    await page.getByTestId('filings-list').getByText('Approved', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Mark filed' }).click();
    await page
      .getByRole('status')
      .getByText(/Marked filed/)
      .waitFor();
    await page.getByRole('button', { name: 'Mark served' }).click();
    await page.getByRole('status').getByText('Marked served.').waitFor();
    await page.getByTestId('filings-list').getByText('Served', { exact: true }).waitFor();
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
  });
});

describe('what a paralegal is offered', () => {
  it('records and generates, but is offered neither sign-off nor mark filed', async () => {
    const page = await session.newPage();
    await signIn(page, staffMember('paralegal'));
    const caseId = await openPaseeCase(page, 'Darwin');

    // A sworn declaration: the statements are the case's filing facts, the place is typed here.
    await putThroughApi(page, `/api/cases/${caseId}/filing-facts`, {
      version: 0,
      statements: ['Salí de Venezuela en 2024 por amenazas de un grupo armado (demo).'],
    });
    await page.goto(`/cases/${caseId}/filings`);
    await chooseOption(page, 'Template', 'Sworn Declaration');
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByLabel('Place of signature').fill('Lima');
    await page.getByRole('button', { name: 'Generate PDF' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: ', version 1, generated. Its preview is below.' })
      .waitFor();
    await page.getByRole('img', { name: /^Page 1 of \d+$/ }).waitFor();
    await page.getByRole('button', { name: 'Download PDF' }).waitFor();
    await expect(page.getByRole('button', { name: 'Mark filed' }).count()).resolves.toBe(0);
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);

    await page.getByTestId('case-tab-risk').click();
    await page.waitForURL(`**/cases/${caseId}/risk`);
    await page.getByRole('button', { name: 'Start the screening' }).click();
    await chooseOption(page, 'Nationality', 'Venezuela');
    await chooseOption(page, 'Country to which removal is proposed', 'Venezuela');
    await chooseOption(page, 'Removing country (forum)', 'Peru');
    await openStep(page, /3\. Past harm/);
    await question(page, 's3.harm_or_threats').getByRole('radio', { name: 'No' }).check();
    await openStep(page, /10\. Imminence/);
    await question(page, 's10.removal_procedure')
      .getByRole('radio', { name: 'Ordinary removal proceedings' })
      .check();
    await openStep(page, /Review and save/);
    await page.getByRole('button', { name: 'Save as a new assessment' }).click();
    await page.getByTestId('risk-latest').waitFor();
    await page.getByRole('button', { name: 'Update the screening (new version)' }).waitFor();
    await expect(
      page.getByRole('button', { name: 'Sign off this assessment' }).count(),
    ).resolves.toBe(0);
    await page
      .getByTestId('risk-signoff')
      .getByText('Not signed off by an attorney yet.')
      .waitFor();
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
  });
});

describe('phone and Spanish', () => {
  const overflow = (page: Page) =>
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );

  it('on a phone the screening is a vertical stepper and both tabs fit without sideways scrolling', async () => {
    const page = await session.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    await signIn(page, staffMember('attorney'));
    const caseId = await openPaseeCase(page, 'Yorman');
    await page.goto(`/cases/${caseId}/risk`);
    await page.getByRole('button', { name: 'Start the screening' }).click();
    await page.locator('mat-stepper.mat-stepper-vertical, .mat-stepper-vertical').first().waitFor();
    await chooseOption(page, 'Country to which removal is proposed', 'Haiti');
    await page.getByText('What the profile of Haiti says').waitFor();
    await expect(overflow(page)).resolves.toBeLessThanOrEqual(0);

    await page.goto(`/cases/${caseId}/filings`);
    // The embedded database serves one connection at a time: a background sweep can hold the
    // tab's first requests back for a while on a busy machine.
    await page.getByRole('combobox', { name: 'Template' }).waitFor({ timeout: 45_000 });
    await chooseOption(page, 'Template', 'Demanda de hábeas corpus (ES)');
    await page.getByLabel('Place of signature').waitFor();
    await expect(overflow(page)).resolves.toBeLessThanOrEqual(0);
  });

  it('reads in Spanish: the stepper, its help text and the filings tab', async () => {
    const page = await session.newPage({ locale: 'es-PE' });
    await signIn(page, staffMember('attorney'), 'es');
    const caseId = await openPaseeCase(page, 'Keiber');
    await page.goto(`/cases/${caseId}/risk`);
    await page.getByRole('heading', { level: 2, name: 'Riesgo de devolución' }).waitFor();
    await page.getByRole('button', { name: 'Iniciar la evaluación' }).click();
    await page.getByRole('tab', { name: /3\. Daños y amenazas sufridos/ }).waitFor();
    await page.getByRole('combobox', { name: 'Nacionalidad' }).waitFor();
    await page
      .getByText('Código ISO del país de nacionalidad. Para una persona apátrida')
      .waitFor();
    await page.getByRole('button', { name: 'Siguiente' }).first().waitFor();
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);

    await page.goto(`/cases/${caseId}/filings`);
    await page.getByRole('heading', { level: 2, name: 'Escritos' }).waitFor();
    await page.getByText('Aún no se ha generado ningún escrito para este caso.').waitFor();
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
  });
});
