// Every route path in one place, so links, guards and redirects cannot drift apart.
export const routePaths = {
  login: 'login',
  caseload: 'caseload',
} as const;

export const routeUrls = {
  login: `/${routePaths.login}`,
  caseload: `/${routePaths.caseload}`,
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
