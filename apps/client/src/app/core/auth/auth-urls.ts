import { apiBase } from '../http/api-url';

export const authUrls = {
  login: `${apiBase}/auth/login`,
  refresh: `${apiBase}/auth/refresh`,
  logout: `${apiBase}/auth/logout`,
  me: `${apiBase}/auth/me`,
  mfaEnrol: `${apiBase}/auth/mfa/enrol`,
  mfaConfirm: `${apiBase}/auth/mfa/confirm`,
  mfaDisable: `${apiBase}/auth/mfa/disable`,
  setPassword: `${apiBase}/auth/set-password`,
} as const;

/** Calls whose 401 means "not signed in (yet)", not "your session just ended". */
export function isSessionCall(url: string): boolean {
  return url === authUrls.login || url === authUrls.refresh || url === authUrls.logout;
}
