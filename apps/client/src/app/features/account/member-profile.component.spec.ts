import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslationService } from '../../core/i18n';
import {
  anErrorBody,
  provideNoMaterialAnimations,
  provideTestHttp,
} from '../../testing/test-providers';
import type { MemberProfile } from './member-profile.api';
import { MemberProfileComponent } from './member-profile.component';

const profile = (overrides: Partial<MemberProfile> = {}): MemberProfile => ({
  userId: 'u-1',
  name: 'Lucía Ferrer (demo)',
  barNumber: null,
  eoirId: null,
  gender: null,
  version: 3,
  ...overrides,
});

describe('MemberProfileComponent', () => {
  let fixture: ComponentFixture<MemberProfileComponent>;
  let backend: HttpTestingController;

  async function open(language: 'en' | 'es', current = profile()) {
    TestBed.configureTestingModule({
      providers: [provideTestHttp(), provideNoMaterialAnimations()],
    });
    TestBed.inject(TranslationService).setLanguage(language);
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MemberProfileComponent);
    await fixture.whenStable();
    backend.expectOne({ method: 'GET', url: '/api/profile' }).flush(current);
    await fixture.whenStable();
  }

  afterEach(() => backend.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const input = (id: string) => page().querySelector<HTMLInputElement>(`#${id}`);
  function type(id: string, value: string) {
    const field = input(id);
    if (!field) throw new Error(`no #${id}`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }
  const radio = (label: string) =>
    Array.from(page().querySelectorAll<HTMLInputElement>('input[type="radio"]')).find(
      (r) => r.closest('mat-radio-button')?.textContent?.trim() === label,
    );
  const submit = async () => {
    page().querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };

  it('saves the bar number, EOIR ID and title with the version read', async () => {
    await open('en');
    type('profile-barNumber', ' CAL 12345 (demo) ');
    type('profile-eoirId', 'zx123456');
    radio('Abogada')?.click();
    await submit();
    const request = backend.expectOne({ method: 'PUT', url: '/api/profile' });
    expect(request.request.body).toEqual({
      version: 3,
      barNumber: 'CAL 12345 (demo)',
      eoirId: 'zx123456',
      gender: 'female',
    });
    request.flush(
      profile({ barNumber: 'CAL 12345 (demo)', eoirId: 'ZX123456', gender: 'female', version: 4 }),
    );
    await fixture.whenStable();
    expect(page().querySelector('[role="status"]')?.textContent).toContain('Saved.');
    expect(input('profile-eoirId')?.value).toBe('ZX123456');
  });

  it('refuses an EOIR ID that is not one, at the field, sending nothing', async () => {
    await open('en');
    type('profile-eoirId', 'A-1');
    await submit();
    backend.expectNone({ method: 'PUT', url: '/api/profile' });
    expect(page().textContent).toContain('An EOIR ID has 6 to 12 letters and digits');
  });

  it('shows the newer profile after a conflict, in Spanish', async () => {
    await open('es', profile({ barNumber: 'CAL 1 (demo)' }));
    type('profile-barNumber', 'CAL 2 (demo)');
    await submit();
    backend.expectOne({ method: 'PUT', url: '/api/profile' }).flush(
      {
        ...anErrorBody(409, 'PROFILE_VERSION_CONFLICT'),
        details: [
          { message: 'current', current: profile({ barNumber: 'CAL 3 (demo)', version: 4 }) },
        ],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(input('profile-barNumber')?.value).toBe('CAL 3 (demo)');
    expect(page().querySelector('[role="alert"]')?.textContent).toContain(
      'Alguien cambió sus datos',
    );
  });
});
