// axe-core on the main pages, in both languages: no serious or critical violation. Minor and
// moderate findings are not failures here (axe's best-practice rules are advisory).
import { seriousA11yViolations, signIn, staffMember } from './support/amparo';
import { pageErrors, useBrowser } from './support/browser';

const session = useBrowser();

afterAll(() => expect(pageErrors).toEqual([]));

describe.each([
  { language: 'en', locale: 'en-US' },
  { language: 'es', locale: 'es-PE' },
] as const)('accessibility ($language)', ({ language, locale }) => {
  it('the sign-in page, also with an error showing', async () => {
    const page = await session.newPage({ locale });
    await page.goto('/login');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);

    // Submitting an empty form shows the field errors, which must be announced and contrasted.
    await page.locator('button[type=submit]').click();
    await page.locator('mat-error').first().waitFor();
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
  });

  it('the caseload page', async () => {
    const page = await session.newPage({ locale });
    await signIn(page, staffMember('attorney'), language);
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
  });

  it('the not-found page', async () => {
    const page = await session.newPage({ locale });
    await page.goto('/no/such/page');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
  });
});
