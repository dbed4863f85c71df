import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslationService } from '../../core/i18n';

/** A tab whose screen is being built: says so instead of showing an empty panel. */
@Component({
  selector: 'amp-coming-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p class="coming">{{ i18n.t('case.coming') }}</p>`,
  styles: `
    .coming {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ComingTab {
  protected readonly i18n = inject(TranslationService);
}
