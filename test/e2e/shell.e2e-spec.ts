// The shell around every page: the language switch (every string and <html lang>), signing out
// (the session really ends), addresses that match nothing, and the phone layout.
import { pathOf, signIn, staffMember } from './support/amparo';
import { pageErrors, useBrowser } from './support/browser';

const session = useBrowser();

afterAll(() => expect(pageErrors).toEqual([]));

const htmlLang = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.documentElement.lang);

describe('language', () => {
  it('switches the signed-in shell and caseload to Spanish, and remembers it', async () => {
    const page = await session.newPage();
    const attorney = staffMember('attorney');
    await signIn(page, attorney);
    await expect(htmlLang(page)).resolves.toBe('en');

    await page.getByRole('button', { name: 'Español' }).click();

    await page.getByRole('heading', { level: 1, name: 'Casos' }).waitFor();
    await expect(htmlLang(page)).resolves.toBe('es');
    await expect(page.getByTestId('session').innerText()).resolves.toContain(
      `Sesión de ${attorney.name}`,
    );
    await page.getByRole('button', { name: 'Cerrar sesión' }).waitFor();
    await page.getByRole('navigation', { name: 'Navegación principal' }).waitFor();
    // The switch offers the way back, labelled in the language it leads to.
    const back = page.getByRole('button', { name: 'English' });
    await expect(back.getAttribute('lang')).resolves.toBe('en');

    // A reload keeps the choice (stored in the browser), including <html lang>.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Casos' }).waitFor();
    await expect(htmlLang(page)).resolves.toBe('es');
    await expect(page.title()).resolves.toContain('Casos');
  });

  it('switches the sign-in page to Spanish before anyone signs in', async () => {
    const page = await session.newPage();
    await page.goto('/login');
    await page.getByRole('button', { name: 'Español' }).click();

    await page.getByRole('heading', { level: 1, name: 'Ingresar a Amparo' }).waitFor();
    await expect(htmlLang(page)).resolves.toBe('es');
    await page.getByLabel('Correo electrónico').fill('attorney@lima.example');
    await page.getByLabel('Contraseña').fill('wrong-password-es');
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await page.getByRole('alert').getByText('El correo o la contraseña no son correctos').waitFor();
  });

  it('starts in Spanish for a browser that prefers Spanish', async () => {
    const page = await session.newPage({ locale: 'es-PE' });
    await page.goto('/login');

    await page.getByRole('heading', { level: 1, name: 'Ingresar a Amparo' }).waitFor();
    await expect(htmlLang(page)).resolves.toBe('es');
  });
});

describe('sign-out', () => {
  it('returns to the sign-in page and ends the session on the server', async () => {
    const page = await session.newPage();
    await signIn(page, staffMember('supervisor'));

    await page.getByRole('button', { name: 'Sign out' }).click();

    await page.waitForURL('**/login');
    await page.getByRole('heading', { level: 1, name: 'Sign in to Amparo' }).waitFor();
    await expect(page.getByRole('button', { name: 'Sign out' }).count()).resolves.toBe(0);
    await expect(page.getByRole('navigation').count()).resolves.toBe(0);
    // The cookies no longer open a session: the API says so, and the caseload sends to sign-in.
    const status = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
    expect(status).toBe(401);
    await page.goto('/caseload');
    await page.waitForURL('**/login?**');
    expect(pathOf(page)).toBe('/login?returnUrl=%2Fcaseload');
  });
});

describe('not found', () => {
  it('an unknown address says so and offers the way to the caseload', async () => {
    const page = await session.newPage();
    await signIn(page, staffMember('paralegal'));
    await page.goto('/no/such/page');

    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await page.getByText('There is no page at /no/such/page.').waitFor();
    await page.getByRole('link', { name: 'Go to your caseload' }).click();

    await page.waitForURL('**/caseload');
    await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();
  });
});

describe('phone layout', () => {
  it('hides the navigation behind a labelled menu button', async () => {
    const page = await session.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    await signIn(page, staffMember('attorney'));

    const menu = page.getByRole('button', { name: 'Open navigation' });
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    await menu.click();

    const link = page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Caseload' });
    await link.waitFor();
    await link.click();
    // Choosing a page closes the overlay again.
    await page.getByRole('button', { name: 'Open navigation' }).waitFor();
  });
});
