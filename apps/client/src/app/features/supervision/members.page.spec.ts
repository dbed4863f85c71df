import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslationService } from '../../core/i18n';
import { memberProfileUrl } from '../account/member-profile.api';
import { MembersPage } from './members.page';
import { supervisionUrls } from './supervision.api';
import { buttonIn, luciaId, martinId, setUpSupervisor, squash } from './supervision.spec-helpers';

describe('MembersPage', () => {
  let fixture: ComponentFixture<MembersPage>;
  let backend: HttpTestingController;

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const dialog = () => document.querySelector<HTMLElement>('mat-dialog-container');

  beforeEach(async () => {
    backend = setUpSupervisor(['profiles.manage', 'deadlines.audit']);
    fixture = TestBed.createComponent(MembersPage);
    await settle();
    backend.expectOne(supervisionUrls.members).flush([
      { id: luciaId, name: 'Lucía Ferrer (demo)', roles: ['attorney'], disabled: false },
      { id: martinId, name: 'Martín Huamán (demo)', roles: ['supervisor'], disabled: false },
      { id: 'gone', name: 'Former member (demo)', roles: ['paralegal'], disabled: true },
    ]);
    await settle();
  });

  afterEach(() => backend.verify());

  it("lets a supervisor correct a member's profile in the member's own form, in Spanish too", async () => {
    const page = fixture.nativeElement as HTMLElement;
    expect(squash(page.querySelector('[data-testid="members"] tbody')?.textContent)).toBe(
      'Lucía Ferrer (demo)Attorney Professional profile Martín Huamán (demo)Supervisor Professional profile',
    );
    TestBed.inject(TranslationService).setLanguage('es');
    await settle();
    buttonIn(page, 'Perfil profesional: Lucía Ferrer (demo)').click();
    await settle();
    backend.expectOne({ method: 'GET', url: memberProfileUrl(luciaId) }).flush({
      userId: luciaId,
      name: 'Lucía Ferrer (demo)',
      barNumber: 'CAL 00000 (demo)',
      eoirId: null,
      gender: null,
      version: 4,
    });
    await settle();
    expect(squash(dialog()?.querySelector('h2')?.textContent)).toBe(
      'Perfil profesional de Lucía Ferrer (demo)',
    );
    const abogada = Array.from(
      dialog()?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? [],
    ).find((radio) => radio.closest('mat-radio-button')?.textContent?.trim() === 'Abogada');
    abogada?.click();
    dialog()?.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle();
    const save = backend.expectOne({ method: 'PUT', url: memberProfileUrl(luciaId) });
    expect(save.request.body).toEqual({
      barNumber: 'CAL 00000 (demo)',
      gender: 'female',
      version: 4,
    });
    save.flush({
      userId: luciaId,
      name: 'Lucía Ferrer (demo)',
      barNumber: 'CAL 00000 (demo)',
      eoirId: null,
      gender: 'female',
      version: 5,
    });
    await settle();
    expect(squash(dialog()?.textContent)).toContain('Guardado');
    buttonIn(dialog(), 'Cerrar').click();
    await settle();
  });
});
