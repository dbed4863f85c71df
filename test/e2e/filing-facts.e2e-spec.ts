// The filing facts tab: a Tijuana paralegal asks for a sworn declaration on a Mexican case, is told
// the declarant's statements are missing and where they are entered, records them there, and the
// declaration is then generated without a refusal (see docs/testing-e2e.md).
import type { Page } from 'playwright-core';
import { seriousA11yViolations, signIn, staffMember, type StaffMember } from './support/amparo';
import { pageErrors, useBrowser } from './support/browser';
import { openCaseThroughApi, putThroughApi } from './support/cases';

const session = useBrowser();

afterAll(() => expect(pageErrors).toEqual([]));

/**
 * The demo paralegal of the Tijuana office (apps/api/src/app/seed/demo-data.ts). Not its attorney:
 * login.e2e-spec.ts counts on her caseload staying empty.
 */
const tijuanaParalegal: StaffMember = {
  role: 'paralegal',
  name: 'Jorge Nava (demo)',
  email: 'paralegal@tijuana.example',
};

async function chooseTemplate(page: Page, name: string, label = 'Template'): Promise<void> {
  // The empty field's floating label lies over the select; the form field passes its click on.
  await page.getByRole('combobox', { name: label }).click({ force: true });
  const list = page.getByRole('listbox', { name: label });
  await list.getByRole('option', { name, exact: true }).click();
  await list.waitFor({ state: 'detached' });
}

async function askForSwornDeclaration(page: Page): Promise<void> {
  await chooseTemplate(page, 'Sworn Declaration');
  await page.getByRole('radio', { name: 'Spanish' }).check();
  await page.getByLabel('Place of signature').fill('Tijuana, Baja California');
  await page.getByRole('button', { name: 'Generate PDF' }).click();
}

describe('filing facts tab', () => {
  it('a paralegal records the statements a sworn declaration lacks, then generates it', async () => {
    const page = await session.newPage();
    await signIn(page, tijuanaParalegal);
    const caseId = await openCaseThroughApi(page, {
      givenNames: 'Dilcia Marisol',
      familyNames: 'Hernández Zelaya (demo)',
      nationalities: ['HN'],
      jurisdiction: 'MX',
      procedure: 'comar-refugee-claim',
      forumId: 'mx-comar-ciudad-de-mexico',
    });
    await page.goto(`/cases/${caseId}/filings`);
    await page.getByRole('heading', { level: 2, name: 'Filings' }).waitFor();

    // Nothing recorded yet: the refusal names the statements and leads to where they are entered.
    await askForSwornDeclaration(page);
    const missing = page.getByTestId('filing-missing');
    await missing.getByText(/filing facts/).waitFor();
    await missing.getByRole('link', { name: 'Go to where it is entered' }).click();
    await page.waitForURL(`**/cases/${caseId}/filing-facts`);
    await page.getByRole('heading', { level: 2, name: 'Filing facts' }).waitFor();

    await page.getByRole('button', { name: 'Add a statement' }).click();
    await page
      .getByLabel('Statement 1')
      .fill(
        'Salí de San Pedro Sula en enero de 2026 porque una pandilla amenazó a mi hijo (demo).',
      );
    await page.getByRole('button', { name: 'Add a statement' }).click();
    await page
      .getByLabel('Statement 2')
      .fill('Entré a México por Ciudad Hidalgo y llegué a Tijuana en marzo de 2026 (demo).');
    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByLabel('Person 1 · Full name').fill('Ana Beltrán (demo)');
    await page.getByLabel('Professional licence (optional)').fill('cédula profesional 0000002');
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
    await page.getByRole('button', { name: 'Save the filing facts' }).click();
    await page
      .getByRole('status')
      .getByText(/Saved \(version 1\)/)
      .waitFor();
    await page
      .getByTestId('facts-version')
      .getByText(/Version 1, saved/)
      .waitFor();

    // Back on the filings tab the same request now succeeds.
    await page.getByRole('link', { name: 'Back to the filings' }).click();
    await page.waitForURL(`**/cases/${caseId}/filings`);
    await askForSwornDeclaration(page);
    await page
      .getByRole('status')
      .filter({ hasText: ', version 1, generated. Its preview is below.' })
      .waitFor();
    await expect(page.getByTestId('filing-missing').count()).resolves.toBe(0);
    await page.getByRole('img', { name: /^Page 1 of \d+$/ }).waitFor();
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
  });
});

describe('one filing for many cases', () => {
  const overflow = (page: Page) =>
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );

  it('on a phone in Spanish: the cases of a CSV import, refused for what they lack, then generated', async () => {
    const page = await session.newPage({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      locale: 'es-MX',
    });
    await signIn(page, tijuanaParalegal, 'es');
    await page.goto('/intake/csv');
    await page.getByTestId('csv-file').setInputFiles({
      name: 'albergue.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        [
          'given_names,family_names,nationalities,jurisdiction,procedure,custody_status',
          'Keyla Yamileth,Lote Facts Uno (demo),HN,MX,comar-refugee-claim,at_liberty',
          'Wilson Adonay,Lote Facts Dos (demo),SV,MX,comar-refugee-claim,at_liberty',
        ].join('\r\n') + '\r\n',
        'utf8',
      ),
    });
    await page.getByRole('button', { name: 'Revisar el archivo' }).click();
    await page.getByRole('button', { name: 'Importar las 2 filas' }).click();
    await page.getByText('2 personas registradas. Sus casos:').waitFor({ timeout: 30_000 });

    await page.getByRole('button', { name: 'Generar un escrito para estos 2 casos' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Generar un escrito para 2 casos' }).waitFor();
    await chooseTemplate(page, 'Declaración jurada', 'Plantilla');
    await dialog.getByLabel('Lugar de firma').fill('Tijuana, Baja California');
    await dialog.getByRole('button', { name: 'Generar 2 escritos' }).click();

    // Nobody has statements yet: both are listed, each with a way to its filing facts.
    const refusals = dialog.getByTestId('batch-refusals');
    await refusals.getByText(/2 de los casos no pueden tener este escrito/).waitFor();
    await refusals.getByText(/Keyla Yamileth Lote Facts Uno \(demo\)/).waitFor();
    const factsLinks = refusals.getByRole('link', { name: 'Datos para escritos' });
    await expect(factsLinks.count()).resolves.toBe(2);
    await expect(overflow(page)).resolves.toBeLessThanOrEqual(0);
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);

    // Their statements recorded (as the filing facts tab would), the same request goes through.
    for (const href of await factsLinks.evaluateAll((links) =>
      links.map((link) => link.getAttribute('href') ?? ''),
    )) {
      const caseId = /\/cases\/([0-9a-f-]+)\/filing-facts$/.exec(href)?.[1];
      await putThroughApi(page, `/api/cases/${caseId}/filing-facts`, {
        version: 0,
        statements: ['Salí de mi país por amenazas de una pandilla (demo).'],
      });
    }
    await dialog.getByRole('button', { name: 'Generar 2 escritos' }).click();
    await dialog
      .getByText('2 escrito(s) generado(s), cada uno como borrador en su caso:')
      .waitFor({ timeout: 30_000 });
    await expect(dialog.getByTestId('batch-filings').getByRole('link').count()).resolves.toBe(2);
    await expect(overflow(page)).resolves.toBeLessThanOrEqual(0);
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);

    // A link leads to the case's filings, where the draft is listed.
    await dialog.getByTestId('batch-filings').getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: 'Escritos' }).waitFor();
    await page
      .getByTestId('filings-list')
      .getByText(/Declaración jurada/)
      .first()
      .waitFor();

    // Its filing facts tab reads in Spanish and fits the phone.
    await page.goto(new URL(page.url()).pathname.replace(/filings$/, 'filing-facts'));
    await page.getByRole('heading', { level: 2, name: 'Datos para escritos' }).waitFor();
    await page.getByLabel('Hecho 1').waitFor();
    await expect(overflow(page)).resolves.toBeLessThanOrEqual(0);
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
  });
});

/** The id of a Lima demo case (apps/api/src/app/seed/demo-cases.ts) by its client's given names. */
async function demoCaseId(page: Page, givenNames: string): Promise<string> {
  return page.evaluate(async (given) => {
    const response = await fetch('/api/cases?limit=100');
    const body = (await response.json()) as { rows: { id: string; clientName: string }[] };
    const row = body.rows.find((r) => r.clientName.startsWith(`${given} `));
    if (!row) throw new Error(`no demo case of ${given}`);
    return row.id;
  }, givenNames);
}

describe('facts for filings on the demo cases', () => {
  it('prefills facts from a picked note, asks no place of detention for a released client, and the form remembers', async () => {
    const page = await session.newPage();
    await signIn(page, staffMember('attorney'));

    // A detained client's facts tab: the note is copied only once picked, then edited and saved.
    const detained = await demoCaseId(page, 'Yorman José');
    await page.goto(`/cases/${detained}/filing-facts`);
    await page.getByRole('heading', { level: 2, name: 'Filing facts' }).waitFor();
    await page.getByLabel('Place of detention').first().waitFor();
    await expect(page.getByLabel('Fact 3').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Prefill from timeline notes' }).click();
    const note = page.getByRole('checkbox', { name: /Retenido en un operativo/ });
    await note.check();
    await page.getByRole('button', { name: 'Copy 1 note(s) into the facts' }).click();
    const copied = page.getByLabel('Fact 3');
    await expect(copied.inputValue()).resolves.toContain('Retenido en un operativo');
    await copied.fill('Fue retenido en un operativo en el control fronterizo (demo).');
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
    await page.getByRole('button', { name: 'Save the filing facts' }).click();
    await page
      .getByRole('status')
      .getByText(/Saved \(version 2\)/)
      .waitFor();

    // A released client: no place of detention asked, on the facts tab or the filing form.
    const released = await demoCaseId(page, 'Marisol');
    await page.goto(`/cases/${released}/filing-facts`);
    await page.getByRole('heading', { level: 2, name: 'Filing facts' }).waitFor();
    await page.getByRole('button', { name: 'Prefill from timeline notes' }).waitFor();
    await expect(page.getByLabel('Place of detention').count()).resolves.toBe(0);

    // The demo case's filing form starts from the details kept with it: nothing to retype.
    await page.goto(`/cases/${detained}/filings`);
    await page.getByRole('heading', { level: 2, name: 'Filings' }).waitFor();
    await chooseTemplate(page, 'Demanda de hábeas corpus (ES)');
    await expect(page.getByLabel('Place of signature').inputValue()).resolves.toBe('Lima');
    await expect(page.getByText('Lugar de firma').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Generate PDF' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: ', version 1, generated. Its preview is below.' })
      .waitFor();
    await page.getByRole('button', { name: 'Approve for filing' }).click();
    await page.getByTestId('filings-list').getByText('Approved', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Mark filed' }).waitFor();
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
  });
});
