import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AuthService, NOW, type Permission } from '../../core/auth';
import { TranslationService } from '../../core/i18n';
import {
  aMeResponseFor,
  provideNoMaterialAnimations,
  provideTestHttp,
  provideTestRouter,
  resetBrowserStorage,
  testNow,
} from '../../testing/test-providers';
import { OfficeDirectory } from './office-directory';
import { supervisionUrls } from './supervision.api';

export const luciaId = 'a1a1a1a1-0000-4000-8000-000000000001';
export const martinId = 'a1a1a1a1-0000-4000-8000-000000000002';

/** A signed-in supervisor (with these permissions) and the office's names, for page tests. */
export function setUpSupervisor(permissions: Permission[]): HttpTestingController {
  resetBrowserStorage();
  TestBed.configureTestingModule({
    providers: [
      provideTestHttp(),
      provideTestRouter(),
      provideNoMaterialAnimations(),
      { provide: NOW, useValue: () => testNow },
    ],
  });
  TestBed.inject(TranslationService).setLanguage('en');
  const backend = TestBed.inject(HttpTestingController);
  TestBed.inject(AuthService).checkSession().subscribe();
  backend
    .expectOne((request) => request.url.endsWith('/auth/me'))
    .flush(aMeResponseFor(['supervisor'], ['cases.assign', 'self.manage', ...permissions]));
  TestBed.inject(OfficeDirectory).load();
  backend.expectOne(supervisionUrls.members).flush([
    { id: luciaId, name: 'Lucía Ferrer (demo)', roles: ['attorney'], disabled: false },
    { id: martinId, name: 'Martín Huamán (demo)', roles: ['supervisor'], disabled: false },
  ]);
  return backend;
}

export const squash = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim() ?? '';

export function buttonIn(root: ParentNode | null, label: string | RegExp): HTMLButtonElement {
  const button = Array.from(root?.querySelectorAll('button') ?? []).find((b) =>
    typeof label === 'string'
      ? squash(b.textContent) === label || b.getAttribute('aria-label') === label
      : label.test(squash(b.textContent)) || label.test(b.getAttribute('aria-label') ?? ''),
  );
  if (!button) throw new Error(`no button ${String(label)}`);
  return button;
}
