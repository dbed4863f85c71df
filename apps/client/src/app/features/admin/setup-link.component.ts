import { Clipboard } from '@angular/cdk/clipboard';
import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslationService } from '../../core/i18n';
import type { PasswordSetup } from './admin.models';

/**
 * The one-time set-password link, for the admin to hand over in person or by a channel they
 * trust: Amparo never e-mails a password or a link. Shown once; the API keeps only its hash.
 */
@Component({
  selector: 'amp-setup-link',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  template: `
    <section class="setup" aria-labelledby="setup-link-title" data-testid="setup-link">
      <h2 id="setup-link-title" tabindex="-1">
        {{ i18n.t('admin.link.title', { name: setup().user.name }) }}
      </h2>
      <p>{{ i18n.t('admin.link.body') }}</p>
      <label class="link-label" for="setup-link-url">{{ i18n.t('admin.link.label') }}</label>
      <!-- Selected on focus, for copying by hand where the clipboard is blocked. -->
      <input
        id="setup-link-url"
        class="link"
        readonly
        [value]="url()"
        (focus)="select($event)"
        data-testid="setup-url"
      />
      <p data-testid="setup-expiry">
        <time [attr.datetime]="setup().expiresAt">{{ expiry() }}</time>
      </p>
      <div class="actions">
        <button mat-flat-button type="button" (click)="copy()" data-testid="copy-link">
          {{ i18n.t('admin.link.copy') }}
        </button>
        <button mat-button type="button" (click)="dismissed.emit()">
          {{ i18n.t('admin.link.done') }}
        </button>
      </div>
      <p role="status" class="copied">
        @if (copied()) {
          {{ i18n.t('admin.link.copied') }}
        }
      </p>
    </section>
  `,
  styles: `
    .setup {
      max-width: 70ch;
      padding: 16px;
      margin-block: 16px;
      border-radius: 12px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    h2 {
      font: var(--mat-sys-title-medium);
      margin-top: 0;
    }
    .link {
      width: 100%;
      box-sizing: border-box;
      padding: 8px;
      font: var(--mat-sys-body-medium);
      font-family: ui-monospace, monospace;
    }
    .actions {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
    }
  `,
})
export class SetupLinkComponent {
  protected readonly i18n = inject(TranslationService);
  private readonly clipboard = inject(Clipboard);
  private readonly origin = inject(DOCUMENT).location.origin;

  readonly setup = input.required<PasswordSetup>();
  readonly dismissed = output<void>();

  protected readonly copied = signal(false);
  protected readonly url = computed(() => `${this.origin}${this.setup().setupPath}`);
  protected readonly expiry = computed(() =>
    this.i18n.t('admin.link.expires', {
      time: this.i18n.formatDate(this.setup().expiresAt, {
        dateStyle: 'medium',
        timeStyle: 'short',
      }),
    }),
  );

  protected select(event: FocusEvent): void {
    (event.target as HTMLInputElement).select();
  }

  protected copy(): void {
    this.copied.set(this.clipboard.copy(this.url()));
  }
}
