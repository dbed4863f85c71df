// Signing in: every demo role of the Lima office reaches the shell under their own name, a wrong
// password says what to do, and a deep link survives the detour through the sign-in page.
import { DEMO_ORGANIZATIONS } from '../../apps/api/src/app/seed/demo-data';
import { limaStaff, pathOf, signIn, staffMember, submitLogin } from './support/amparo';
import { pageErrors, useBrowser } from './support/browser';

const session = useBrowser();

afterAll(() => expect(pageErrors).toEqual([]));

describe('sign-in', () => {
  it.each(limaStaff)('the $role signs in and sees the shell with their name', async (member) => {
    const page = await session.newPage();
    await signIn(page, member);

    await expect(page.getByTestId('session').innerText()).resolves.toContain(
      `Signed in as ${member.name}`,
    );
    // Wherever they start, the navigation marks that page as the current one.
    const heading = await page.getByRole('heading', { level: 1 }).first().innerText();
    const current = page
      .getByRole('navigation', { name: 'Main navigation' })
      .locator('[aria-current=page]');
    await expect(current.innerText()).resolves.toBe(heading);
    await expect(page.getByRole('button', { name: 'Sign out' }).isVisible()).resolves.toBe(true);
  });

  it('shows the caseload empty state to an attorney with no cases', async () => {
    const page = await session.newPage();
    // Tijuana's attorney: other browser tests give Lima's attorney cases, in any order.
    const tijuana = DEMO_ORGANIZATIONS[1];
    await signIn(page, {
      role: 'attorney',
      name: tijuana.staff.find((member) => member.role === 'attorney')?.name ?? '',
      email: `attorney@${tijuana.domain}`,
    });

    const empty = page.getByRole('region', { name: 'No cases yet' });
    await empty.waitFor();
    await expect(empty.innerText()).resolves.toContain('ranked by urgency');
  });

  it('a wrong password shows what to do and keeps the person on the sign-in page', async () => {
    const page = await session.newPage();
    await page.goto('/login');
    // Tijuana's paralegal: one failure stays far below every throttle and touches no Lima test.
    await submitLogin(page, 'paralegal@tijuana.example', 'not-the-password');

    const alert = page.getByRole('alert');
    await alert.getByText('The email or password is not correct').waitFor();
    await expect(alert.innerText()).resolves.toBe(
      'The email or password is not correct. Check both and try again.',
    );
    expect(pathOf(page)).toBe('/login');
    // The email stays filled in, so only the password needs retyping.
    await expect(page.getByLabel('Email').inputValue()).resolves.toBe('paralegal@tijuana.example');
  });

  it('an empty form says which fields are missing without calling the server', async () => {
    const page = await session.newPage();
    await page.goto('/login');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.getByText('Enter your email address.').waitFor();
    await page.getByText('Enter your password.').waitFor();
    expect(pathOf(page)).toBe('/login');
  });

  it('a deep link while signed out goes to sign-in, then back to it', async () => {
    const page = await session.newPage();
    const deepLink = '/caseload?q=Quispe';
    await page.goto(deepLink);

    await page.waitForURL('**/login?**');
    expect(pathOf(page)).toBe(`/login?returnUrl=${encodeURIComponent(deepLink)}`);
    await submitLogin(page, staffMember('supervisor').email);

    await page.waitForURL('**/caseload?**');
    expect(pathOf(page)).toBe(deepLink);
    await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();
  });

  it('a signed-in person who opens the sign-in page goes to the caseload', async () => {
    const page = await session.newPage();
    await signIn(page, staffMember('paralegal'));
    await page.goto('/login');

    await page.waitForURL('**/caseload');
    await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();
  });
});
