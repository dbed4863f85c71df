import { provideHttpClientTesting } from '@angular/common/http/testing';
import type { EnvironmentProviders, Provider } from '@angular/core';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, type Routes } from '@angular/router';
import { appHttpFeatures } from '../app.config';
import { routerFeatures } from '../app.routes';
import type { LoginResponse, MeResponse, Permission, Role } from '../core/auth';
import type { PasswordSetup, User } from '../features/admin/admin.models';

/** Pinned "now" for tests: 2026-03-02 11:00 UTC (06:00 in Lima). */
export const testNow = Date.parse('2026-03-02T11:00:00Z');

/** The app's real HTTP pipeline (all interceptors) over Angular's testing backend. */
export function provideTestHttp(): (Provider | EnvironmentProviders)[] {
  return [...appHttpFeatures(), provideHttpClientTesting()];
}

/** Dialogs open and close at once: jsdom runs no CSS animations to wait for. */
export function provideNoMaterialAnimations(): Provider {
  return { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } };
}

export function provideTestRouter(routes: Routes = []): EnvironmentProviders {
  return provideRouter(routes, ...routerFeatures);
}

const rosa = {
  id: 'u-1',
  email: 'attorney@lima.example',
  name: 'Rosa Quispe',
  roles: ['attorney' as const],
  organizationId: 'org-lima',
};

/** A cookie-mode sign-in: the tokens are in httpOnly cookies, not in the answer. */
export function aLoginResponse(overrides: Partial<LoginResponse> = {}): LoginResponse {
  return {
    mode: 'cookie',
    expiresAt: new Date(testNow + 10 * 60_000).toISOString(),
    user: rosa,
    ...overrides,
  } as LoginResponse;
}

export function aMeResponse(overrides: Partial<MeResponse> = {}): MeResponse {
  return {
    user: rosa,
    permissions: ['cases.read', 'deadlines.complete', 'self.manage'],
    mfaEnabled: false,
    mfaEnrolmentRequired: false,
    sessionExpiresAt: new Date(testNow + 12 * 3600_000).toISOString(),
    ...overrides,
  };
}

/** An API error response body as the API's exception filter writes it. */
export function anErrorBody(statusCode: number, code?: string, message = 'Server says no') {
  return { statusCode, error: 'Error', message, ...(code ? { code } : {}) };
}

/** Clears what the app keeps in the browser (language, cookies), between tests. */
export function resetBrowserStorage(): void {
  localStorage.clear();
  sessionStorage.clear();
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0].trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
  document.documentElement.lang = '';
}

/** A signed-in member with the given roles and the permissions /auth/me would list for them. */
export function aMeResponseFor(
  roles: Role[],
  permissions: Permission[],
  overrides: Partial<MeResponse> = {},
): MeResponse {
  const base = aMeResponse();
  return { ...base, user: { ...base.user, roles }, permissions, ...overrides };
}

export const adminMe = () =>
  aMeResponseFor(['admin'], ['self.manage', 'users.manage', 'organization.manage']);
export const paralegalMe = () =>
  aMeResponseFor(['paralegal'], ['self.manage', 'cases.read', 'cases.edit', 'notes.write']);

export function aUser(overrides: Partial<User> = {}): User {
  return {
    id: '6f1c1a34-58c4-4d0b-9a8e-2f0b8c1d0001',
    email: 'lucia@lima.example',
    name: 'Lucía Mamani',
    roles: ['attorney'],
    disabled: false,
    mfaEnabled: true,
    passwordSet: true,
    version: 3,
    createdAt: '2026-01-10T15:00:00.000Z',
    ...overrides,
  };
}

export function aPasswordSetup(user: User, overrides: Partial<PasswordSetup> = {}): PasswordSetup {
  return {
    user,
    setupToken: 'org-lima.link-1.secret-xyz',
    setupPath: '/set-password#org-lima.link-1.secret-xyz',
    expiresAt: new Date(testNow + 24 * 3600_000).toISOString(),
    ...overrides,
  };
}
