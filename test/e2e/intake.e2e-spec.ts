// Intake of one person through the form: the duplicate warning must be acknowledged, then the
// case opens with the clock the recorded retention started, and the whole record typed at intake
// (aliases, languages, vulnerabilities, contact, whereabouts) is on the case page.
import { seriousA11yViolations, signIn, staffMember, submitLogin } from './support/amparo';
import { pageErrors, useBrowser } from './support/browser';
import { limaInstantHoursAgo, openCaseThroughApi } from './support/cases';

const session = useBrowser();

afterAll(() => expect(pageErrors).toEqual([]));

async function choose(page: import('playwright-core').Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

describe('intake', () => {
  it('warns about a possible duplicate, then opens the case with its PASEE clock', async () => {
    const page = await session.newPage();
    await signIn(page, staffMember('paralegal'));
    // Someone with the same name and date of birth is already on the office's records.
    await openCaseThroughApi(page, {
      givenNames: 'Wilmer Antonio',
      familyNames: 'Paredes Quintero',
      birthDate: '1994-02-11',
    });

    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'New intake' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'New intake' }).waitFor();

    // Submitting the empty form names what is missing.
    await page.getByRole('button', { name: 'Save and open the case' }).click();
    await page.getByText('Enter the given names.').waitFor();
    await page.getByText('Choose the procedure.').waitFor();

    await page.getByLabel('Given names').fill('Wilmer Antonio');
    await page.getByLabel('Family names').fill('Paredes Quintero');
    await page.getByLabel('Date of birth', { exact: true }).fill('1994-02-11');
    await page.getByLabel('Other names used (aliases)').fill('Wilmer Paredes\nEl Flaco (demo)');
    // Nationalities and languages are chosen by name, not typed as codes.
    await page.getByRole('combobox', { name: 'Nationalities' }).click();
    await page.getByRole('option', { name: 'Venezuela' }).click();
    await page.getByRole('option', { name: 'Colombia' }).click();
    await page.keyboard.press('Escape');
    // Gender is an answer from a list, or the person's own words.
    await page.getByRole('combobox', { name: 'Gender' }).click();
    await page.getByRole('option', { name: 'Male', exact: true }).click();
    await page.getByRole('combobox', { name: 'Languages' }).click();
    await page.getByRole('option', { name: 'Spanish' }).click();
    await page.getByRole('option', { name: 'Wayuu' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('checkbox', { name: 'Needs an interpreter' }).check();
    await page.getByRole('combobox', { name: 'Vulnerabilities' }).click();
    await page.getByRole('option', { name: 'Disability' }).click();
    await page.getByRole('option', { name: 'Indigenous' }).click();
    await page.keyboard.press('Escape');
    await page.getByLabel('Phone').fill('+51 987 000 111');
    await page.getByLabel('E-mail').fill('wilmer.demo@example.org');
    await page.getByLabel('Address').fill('Jr. Ficticio 123, Tumbes');
    await page.getByLabel('Where they are now').fill('Centro de detención de Tumbes (demo)');
    await choose(
      page,
      'Procedure',
      'PASEE expulsion (DL 1582, special exceptional sanctioning procedure)',
    );
    await choose(page, 'Custody', 'Detained');
    await page
      .getByRole('checkbox', { name: 'Record the event that starts the deadlines now' })
      .check();
    await choose(page, 'Event', 'Administrative retention by the police (PNP)');
    const retained = limaInstantHoursAgo(3); // e.g. 2026-11-23T03:10:00-05:00
    await page.getByLabel('Date it happened').fill(retained.slice(0, 10));
    await page.getByLabel('Time it happened (Lima time)').fill(retained.slice(11, 16));

    await page.getByRole('button', { name: 'Save and open the case' }).click();
    const warning = page.getByTestId('intake-duplicates');
    await warning
      .getByRole('heading', { name: 'This person may already be in your records' })
      .waitFor();
    await warning.getByText('same name and date of birth').waitFor();
    await page.waitForFunction(() => document.getAnimations().length === 0);
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);

    // Saving again without acknowledging is refused; acknowledging lets it through.
    await page.getByRole('button', { name: 'Save and open the case' }).click();
    await page.getByText('Confirm you checked the possible duplicates to save.').waitFor();
    await warning
      .getByRole('checkbox', { name: 'I checked: this is a different person, save anyway' })
      .check();
    await page.getByRole('button', { name: 'Save and open the case' }).click();

    await page.waitForURL(/\/cases\/[0-9a-f-]+\/deadlines$/);
    await page
      .getByRole('heading', { level: 1, name: 'Wilmer Antonio Paredes Quintero' })
      .waitFor();
    const pasee = page.getByTestId('case-clock').filter({ hasText: 'PASEE must end' });
    await pasee.getByText(/20 h \d+ min left/).waitFor();

    // The overview shows the person as taken in (an audited read of the client).
    await page.getByTestId('case-tab-overview').click();
    const person = page.getByTestId('case-person-fields');
    await person.getByText('Wilmer Paredes; El Flaco (demo)').waitFor();
    await person.getByText('Colombia, Venezuela').waitFor();
    await person.getByText('Spanish, Wayuu').waitFor();
    await person.getByText('Needs an interpreter').waitFor();
    await person.getByText('Disability, Indigenous').waitFor();
    await person.getByText('+51 987 000 111').waitFor();
    await person.getByText('wilmer.demo@example.org').waitFor();
    await person.getByText('Centro de detención de Tumbes (demo)').waitFor();
    await page
      .getByTestId('case-derivatives')
      .getByText('No family member is on this case.')
      .waitFor();
    await person.scrollIntoViewIfNeeded(); // the screenshot shows the person panel
    await page.waitForFunction(() => document.getAnimations().length === 0);
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
  });

  it('keeps what was typed when the session ends mid-form', async () => {
    const page = await session.newPage();
    await signIn(page, staffMember('attorney'));
    await page.goto('/intake');
    await page.getByLabel('Given names').fill('Dayana');
    await page.getByLabel('Family names').fill('Salcedo Ruiz');
    await choose(page, 'Procedure', 'Refugee claim (Ley 27891)');
    // The session ends (cookies gone, as when it times out); the next call is refused.
    await page.context().clearCookies();
    await page.getByRole('button', { name: 'Save and open the case' }).click();
    await page.waitForURL(/\/login\?returnUrl=%2Fintake/);
    await submitLogin(page, staffMember('attorney').email);
    await page.waitForURL('**/intake');
    await page.getByTestId('intake-restored').waitFor();
    await expect(page.getByLabel('Given names').inputValue()).resolves.toBe('Dayana');
    await expect(page.getByLabel('Family names').inputValue()).resolves.toBe('Salcedo Ruiz');
    await page.getByRole('combobox', { name: 'Procedure' }).getByText('Refugee claim').waitFor();
  });
});
