// Every route path in one place, so links, guards and redirects cannot drift apart.
export const routePaths = {
  login: 'login',
  caseload: 'caseload',
  account: 'account',
  admin: 'admin',
  adminUsers: 'users',
  adminSettings: 'settings',
  setPassword: 'set-password',
} as const;

export const routeUrls = {
  login: `/${routePaths.login}`,
  caseload: `/${routePaths.caseload}`,
  account: `/${routePaths.account}`,
  admin: `/${routePaths.admin}`,
  adminUsers: `/${routePaths.admin}/${routePaths.adminUsers}`,
  adminSettings: `/${routePaths.admin}/${routePaths.adminSettings}`,
  setPassword: `/${routePaths.setPassword}`,
} as const;

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
