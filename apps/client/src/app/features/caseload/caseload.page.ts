import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { NOW } from '../../core/auth';
import { TranslationService } from '../../core/i18n';

/**
 * The caseload: the person's cases ranked by urgency. Until the cases API lands it shows the
 * empty state that a new user with no assignments also sees.
 */
@Component({
  selector: 'amp-caseload-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ i18n.t('caseload.title') }}</h1>
    <section class="empty" aria-labelledby="caseload-empty-title" data-testid="caseload-empty">
      <h2 id="caseload-empty-title">{{ i18n.t('caseload.emptyTitle') }}</h2>
      <p>{{ i18n.t('caseload.emptyBody') }}</p>
      <p class="checked-at">
        <time [attr.datetime]="checkedAtIso">{{ checkedAt() }}</time>
      </p>
    </section>
  `,
  styles: `
    h1 {
      font: var(--mat-sys-headline-small);
    }
    .empty {
      max-width: 60ch;
      padding: 24px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
    }
    h2 {
      font: var(--mat-sys-title-medium);
      margin-top: 0;
    }
    .checked-at {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class CaseloadPage {
  protected readonly i18n = inject(TranslationService);
  private readonly loadedAt = inject(NOW)();
  protected readonly checkedAtIso = new Date(this.loadedAt).toISOString();
  protected readonly checkedAt = computed(() =>
    this.i18n.t('caseload.checkedAt', {
      time: this.i18n.formatDate(this.loadedAt, { dateStyle: 'medium', timeStyle: 'short' }),
    }),
  );
}
