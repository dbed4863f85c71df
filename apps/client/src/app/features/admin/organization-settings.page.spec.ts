import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslationService } from '../../core/i18n';
import {
  anErrorBody,
  provideTestHttp,
  provideTestRouter,
  resetBrowserStorage,
} from '../../testing/test-providers';
import type { OrganizationSettings } from './admin.models';
import { caseUrls } from '../case/case.api';
import { organizationSettingsUrl } from './organization-settings.api';
import { OrganizationSettingsPage } from './organization-settings.page';

const lima: OrganizationSettings = {
  id: 'org-lima',
  name: 'Lima office',
  caseVisibility: 'assigned',
  mfaRequiredRoles: ['admin'],
  defaultJurisdiction: 'PE',
  defaultTimeZone: 'America/Lima',
  defaultLanguage: 'es',
  address: 'Jr. Ejemplo 123, Lima (demo)',
  version: 7,
};

const unchangedDefaults = {
  defaultJurisdiction: 'PE',
  defaultTimeZone: 'America/Lima',
  defaultLanguage: 'es',
  address: 'Jr. Ejemplo 123, Lima (demo)',
};

const rules = {
  jurisdictions: [
    {
      jurisdiction: 'PE',
      name: { en: 'Peru', es: 'Perú' },
      defaultTimeZone: 'America/Lima',
      singleTimeZone: true,
      forums: [],
    },
    {
      jurisdiction: 'MX',
      name: { en: 'Mexico', es: 'México' },
      defaultTimeZone: 'America/Mexico_City',
      singleTimeZone: false,
      forums: [{ id: 'mx-comar-tijuana', timeZone: 'America/Tijuana' }],
    },
  ],
};

describe('OrganizationSettingsPage', () => {
  let fixture: ComponentFixture<OrganizationSettingsPage>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    resetBrowserStorage();
    TestBed.configureTestingModule({ providers: [provideTestHttp(), provideTestRouter()] });
    TestBed.inject(TranslationService).setLanguage('en');
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(OrganizationSettingsPage);
    await fixture.whenStable();
    backend.expectOne(caseUrls.rules).flush(rules);
    backend.expectOne({ method: 'GET', url: organizationSettingsUrl }).flush(lima);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const squash = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim() ?? '';
  const input = (testId: string) =>
    page().querySelector<HTMLInputElement>(`[data-testid="${testId}"] input`);

  async function save() {
    page().querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  it('shows the current settings and saves the changes with the version seen', async () => {
    expect(input('visibility-assigned')?.checked).toBe(true);
    expect(input('mfa-admin')?.checked).toBe(true);
    expect(input('mfa-attorney')?.checked).toBe(false);

    input('visibility-organization')?.click();
    input('mfa-attorney')?.click();
    await save();

    const request = backend.expectOne({ method: 'PATCH', url: organizationSettingsUrl });
    expect(request.request.body).toEqual({
      caseVisibility: 'organization',
      mfaRequiredRoles: ['admin', 'attorney'],
      ...unchangedDefaults,
      version: 7,
    });
    request.flush({
      ...lima,
      caseVisibility: 'organization',
      mfaRequiredRoles: ['admin', 'attorney'],
      version: 8,
    });
    await fixture.whenStable();
    expect(squash(page().querySelector('[role="status"]')?.textContent)).toBe('Settings saved.');
  });

  it('edits where the office works: country, its zones, language and postal address', async () => {
    const component = fixture.componentInstance as unknown as {
      form: { patchValue(v: object): void };
      zones(): string[];
    };
    expect(component.zones()).toEqual(['America/Lima']);
    component.form.patchValue({
      defaultJurisdiction: 'MX',
      defaultTimeZone: 'America/Tijuana',
      defaultLanguage: 'en',
      address: 'Av. Ejemplo 1000, Tijuana (demo)',
    });
    await fixture.whenStable();
    // Mexico's zones come from its offices; the one saved stays offered.
    expect(component.zones()).toEqual(['America/Lima', 'America/Mexico_City', 'America/Tijuana']);
    await save();
    const request = backend.expectOne({ method: 'PATCH', url: organizationSettingsUrl });
    expect(request.request.body).toMatchObject({
      defaultJurisdiction: 'MX',
      defaultTimeZone: 'America/Tijuana',
      defaultLanguage: 'en',
      address: 'Av. Ejemplo 1000, Tijuana (demo)',
      version: 7,
    });
    request.flush({ ...lima, defaultJurisdiction: 'MX', version: 8 });
    await fixture.whenStable();
  });

  it('on a stale version, shows what the other admin saved and retries with the new version', async () => {
    input('mfa-paralegal')?.click();
    await save();
    const current = { ...lima, caseVisibility: 'organization', mfaRequiredRoles: [], version: 9 };
    backend.expectOne({ method: 'PATCH', url: organizationSettingsUrl }).flush(
      {
        ...anErrorBody(409, 'ORGANIZATION_VERSION_CONFLICT'),
        details: [{ message: 'current version of the record', current }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();

    const alert = squash(page().querySelector('[data-testid="settings-error"]')?.textContent);
    expect(alert).toContain('Someone changed this meanwhile.');
    expect(alert).toContain(
      'Now: The whole office sees every case; two-step verification required for: no role.',
    );
    // The admin's own choice is still in the form, ready to save again.
    expect(input('mfa-paralegal')?.checked).toBe(true);

    await save();
    const retry = backend.expectOne({ method: 'PATCH', url: organizationSettingsUrl });
    expect(retry.request.body).toEqual({
      caseVisibility: 'assigned',
      mfaRequiredRoles: ['admin', 'paralegal'],
      ...unchangedDefaults,
      version: 9,
    });
    retry.flush({ ...lima, mfaRequiredRoles: ['admin', 'paralegal'], version: 10 });
    await fixture.whenStable();
    expect(page().querySelector('[data-testid="settings-current"]')).toBeNull();
  });
});
