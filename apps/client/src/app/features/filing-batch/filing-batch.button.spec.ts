import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { AuthService, authUrls, type Permission } from '../../core/auth';
import { TranslationService } from '../../core/i18n';
import {
  aMeResponseFor,
  provideNoMaterialAnimations,
  provideTestHttp,
  provideTestRouter,
  resetBrowserStorage,
} from '../../testing/test-providers';
import { FilingBatchButton } from './filing-batch.button';
import { FilingBatchDialog } from './filing-batch.dialog';

const cases = [{ id: 'c1', label: 'Ana Rojas' }, { id: 'c2' }];

async function render(permissions: Permission[]) {
  resetBrowserStorage();
  const open = jest.fn();
  TestBed.configureTestingModule({
    providers: [
      provideTestHttp(),
      provideTestRouter(),
      provideNoMaterialAnimations(),
      { provide: MatDialog, useValue: { open } },
    ],
  });
  TestBed.inject(TranslationService).setLanguage('en');
  const backend = TestBed.inject(HttpTestingController);
  TestBed.inject(AuthService).loadSession().subscribe();
  backend.expectOne(authUrls.me).flush(aMeResponseFor(['paralegal'], permissions));
  const fixture = TestBed.createComponent(FilingBatchButton);
  fixture.componentRef.setInput('cases', cases);
  await fixture.whenStable();
  return { page: fixture.nativeElement as HTMLElement, open };
}

describe('FilingBatchButton', () => {
  it('opens the batch dialog with the listed cases', async () => {
    const { page, open } = await render(['cases.read', 'filings.draft']);
    const button = page.querySelector('button');
    expect(button?.textContent?.trim()).toBe('Generate a filing for these 2 cases');
    button?.click();
    expect(open).toHaveBeenCalledWith(
      FilingBatchDialog,
      expect.objectContaining({ data: { cases } }),
    );
  });

  it('is not offered to someone who may not draft filings', async () => {
    const { page } = await render(['cases.read']);
    expect(page.querySelector('button')).toBeNull();
  });
});
