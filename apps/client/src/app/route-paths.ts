// Every route path in one place, so links, guards and redirects cannot drift apart.
export const routePaths = {
  login: 'login',
  caseload: 'caseload',
  calendar: 'calendar',
  account: 'account',
  admin: 'admin',
  adminUsers: 'users',
  adminSettings: 'settings',
  setPassword: 'set-password',
  cases: 'cases',
  intake: 'intake',
  intakeCsv: 'csv',
  supervision: 'supervision',
  supervisionDeadlines: 'deadlines',
  supervisionEscalations: 'escalations',
  supervisionOverview: 'overview',
  supervisionAudit: 'audit-log',
  supervisionCalendars: 'calendars',
  supervisionCountries: 'country-profiles',
  supervisionRuleChanges: 'rule-changes',
  supervisionMembers: 'members',
} as const;

export const routeUrls = {
  login: `/${routePaths.login}`,
  caseload: `/${routePaths.caseload}`,
  calendar: `/${routePaths.calendar}`,
  account: `/${routePaths.account}`,
  admin: `/${routePaths.admin}`,
  adminUsers: `/${routePaths.admin}/${routePaths.adminUsers}`,
  adminSettings: `/${routePaths.admin}/${routePaths.adminSettings}`,
  setPassword: `/${routePaths.setPassword}`,
  intake: `/${routePaths.intake}`,
  intakeCsv: `/${routePaths.intake}/${routePaths.intakeCsv}`,
  supervision: `/${routePaths.supervision}`,
  supervisionDeadlines: `/${routePaths.supervision}/${routePaths.supervisionDeadlines}`,
  supervisionEscalations: `/${routePaths.supervision}/${routePaths.supervisionEscalations}`,
  supervisionOverview: `/${routePaths.supervision}/${routePaths.supervisionOverview}`,
  supervisionAudit: `/${routePaths.supervision}/${routePaths.supervisionAudit}`,
  supervisionCalendars: `/${routePaths.supervision}/${routePaths.supervisionCalendars}`,
  supervisionCountries: `/${routePaths.supervision}/${routePaths.supervisionCountries}`,
  supervisionRuleChanges: `/${routePaths.supervision}/${routePaths.supervisionRuleChanges}`,
  supervisionMembers: `/${routePaths.supervision}/${routePaths.supervisionMembers}`,
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
