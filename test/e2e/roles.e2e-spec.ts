// What each role is offered: only an admin sees the administration area, anyone else who types
// its address lands on their caseload, and the admin's member list shows their own office only.
import { limaStaff, seriousA11yViolations, signIn, staffMember } from './support/amparo';
import { pageErrors, useBrowser } from './support/browser';

const session = useBrowser();

afterAll(() => expect(pageErrors).toEqual([]));

const navigationLink = (page: import('playwright-core').Page, name: string) =>
  page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name });

describe('role-based navigation', () => {
  it.each(limaStaff)('the $role is offered the sections their role allows', async (member) => {
    const page = await session.newPage();
    await signIn(page, member);

    await navigationLink(page, 'My account').waitFor();
    // users.manage and organization.manage belong to the admin role alone.
    await expect(navigationLink(page, 'Administration').count()).resolves.toBe(
      member.role === 'admin' ? 1 : 0,
    );
  });

  it('a paralegal who types the administration address is sent to the caseload', async () => {
    const page = await session.newPage();
    await signIn(page, staffMember('paralegal'));
    await page.goto('/admin/users');

    await page.waitForURL('**/caseload');
    await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();
    await expect(page.getByRole('table').count()).resolves.toBe(0);
  });

  it("the admin's member list shows the Lima office and nobody from Tijuana", async () => {
    const page = await session.newPage();
    await signIn(page, staffMember('admin'));
    await navigationLink(page, 'Administration').click();

    await page.waitForURL('**/admin/users');
    const members = page.getByRole('table', { name: 'Members of your office' });
    await members.waitFor();
    for (const member of limaStaff) await members.getByText(member.name).waitFor();
    await expect(members.getByText('tijuana.example').count()).resolves.toBe(0);
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
  });

  it('my account page has no serious accessibility violation', async () => {
    const page = await session.newPage();
    await signIn(page, staffMember('attorney'));
    await navigationLink(page, 'My account').click();

    await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    await expect(seriousA11yViolations(page)).resolves.toEqual([]);
  });
});
