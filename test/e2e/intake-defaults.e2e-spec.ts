// The Tijuana office takes people in from where it works: the CSV template downloaded from the
// intake screen imports as it is in one round of checking, and one-person intake starts in Mexico
// on Tijuana's clock, with nationality and languages chosen by name.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_ORGANIZATIONS } from '../../apps/api/src/app/seed/demo-data';
import { seriousA11yViolations, signIn, type StaffMember } from './support/amparo';
import { pageErrors, useBrowser } from './support/browser';

const session = useBrowser();

afterAll(() => expect(pageErrors).toEqual([]));

const tijuana = DEMO_ORGANIZATIONS[1];
const paralegal: StaffMember = {
  role: 'paralegal',
  name: tijuana.staff.find((member) => member.role === 'paralegal')?.name ?? '',
  email: `paralegal@${tijuana.domain}`,
};

describe('intake from the office (Tijuana)', () => {
  it('downloads the Spanish template and imports its three example people in one check', async () => {
    const page = await session.newPage();
    await signIn(page, paralegal);
    await page.goto('/intake/csv');
    await page.getByRole('heading', { level: 1, name: 'Import many people (CSV)' }).waitFor();

    const downloading = page.waitForEvent('download');
    await page.getByTestId('csv-template-es').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('amparo-intake-template-es.csv');
    const saved = join(await mkdtemp(join(tmpdir(), 'amparo-e2e-')), 'template.csv');
    await download.saveAs(saved);
    const text = await readFile(saved, 'utf8');
    expect(text.split('\r\n')[0]).toContain('nombres;apellidos;');

    // The allowed values come as a sheet of their own.
    const sheet = page.waitForEvent('download');
    await page.getByTestId('csv-allowed-values-es').click();
    expect((await sheet).suggestedFilename()).toBe('amparo-intake-allowed-values-es.csv');

    // The file as downloaded, sent back unchanged: one check, nothing to fix.
    await page.getByTestId('csv-file').setInputFiles({
      name: 'plantilla.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(text, 'utf8'),
    });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('heading', { name: 'Check result' }).waitFor();
    await expect(page.getByTestId('csv-valid').innerText()).resolves.toBe('3');
    await expect(page.getByTestId('csv-invalid').innerText()).resolves.toBe('0');
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
    await page.getByRole('button', { name: 'Import all 3 rows' }).click();
    await page.getByText('3 people taken in. Their cases:').waitFor({ timeout: 30_000 });
    await page.getByTestId('csv-created').getByText('Jean Robert (ejemplo) Pierre').waitFor();
  });

  it("starts one person's intake in Mexico on Tijuana's clock, names chosen from lists", async () => {
    const page = await session.newPage();
    await signIn(page, paralegal);
    await page.goto('/intake');
    await page.getByRole('heading', { level: 1, name: 'New intake' }).waitFor();

    // The office's country is already chosen; no court is needed for the office's own zone.
    await page.getByTestId('intake-jurisdiction').getByText('Mexico').waitFor();
    await page.getByLabel('Given names').fill('Wideline');
    await page.getByLabel('Family names').fill('Joseph (demo)');
    await page.getByRole('combobox', { name: 'Nationalities' }).click();
    await page.getByRole('option', { name: 'Haiti' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Languages' }).click();
    await page.getByRole('option', { name: 'Haitian Creole' }).click();
    await page.getByRole('option', { name: 'French' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Procedure' }).click();
    await page.getByRole('option', { name: 'Refugee claim before COMAR' }).click();
    await page
      .getByRole('checkbox', { name: 'Record the event that starts the deadlines now' })
      .check();
    await page.getByRole('combobox', { name: 'Event' }).click();
    await page.getByRole('option', { name: 'Entry into Mexico' }).click();
    await page.getByLabel('Time it happened (Tijuana time)').waitFor();
    const entered = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Tijuana' }).format(
      Date.now() - 5 * 86_400_000,
    );
    await page.getByLabel('Date it happened').fill(entered);
    await page.getByLabel('Time it happened (Tijuana time)').fill('10:00');
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
    await page.getByRole('button', { name: 'Save and open the case' }).click();

    await page.waitForURL(/\/cases\/[0-9a-f-]+\/deadlines$/);
    await page
      .getByTestId('case-clock')
      .getByText(/Tijuana time/)
      .first()
      .waitFor();
    await page.getByTestId('case-tab-overview').click();
    const person = page.getByTestId('case-person-fields');
    await person.getByText('Haiti', { exact: true }).waitFor();
    await person.getByText('French, Haitian Creole').waitFor();
  });
});
