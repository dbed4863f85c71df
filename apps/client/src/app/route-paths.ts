// Every route path in one place, so links, guards and redirects cannot drift apart.
export const routePaths = {
  login: 'login',
  caseload: 'caseload',
  account: 'account',
  admin: 'admin',
  adminUsers: 'users',
  adminSettings: 'settings',
  setPassword: 'set-password',
  cases: 'cases',
  intake: 'intake',
} as const;

export const routeUrls = {
  login: `/${routePaths.login}`,
  caseload: `/${routePaths.caseload}`,
  account: `/${routePaths.account}`,
  admin: `/${routePaths.admin}`,
  adminUsers: `/${routePaths.admin}/${routePaths.adminUsers}`,
  adminSettings: `/${routePaths.admin}/${routePaths.adminSettings}`,
  setPassword: `/${routePaths.setPassword}`,
  intake: `/${routePaths.intake}`,
} as const;

/** The address of one case, or of one of its tabs (`/cases/:id/deadlines`). */
export function caseUrl(caseId: string, tab?: string): string {
  const base = `/${routePaths.cases}/${encodeURIComponent(caseId)}`;
  return tab ? `${base}/${tab}` : base;
}

/**
 * A return URL taken from the query string is only followed when it stays inside the app, so a
 * crafted link cannot bounce someone to another site after they sign in.
 */
export function safeReturnUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return routeUrls.caseload;
  }
  return value;
}
