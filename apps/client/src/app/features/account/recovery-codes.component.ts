import { Clipboard } from '@angular/cdk/clipboard';
import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslationService } from '../../core/i18n';

/** The ten single-use recovery codes, shown once: copy them or save them as a text file. */
@Component({
  selector: 'amp-recovery-codes',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  template: `
    <ol class="codes" data-testid="recovery-codes" [attr.aria-label]="i18n.t('account.codes.list')">
      @for (code of codes(); track code) {
        <li>
          <code>{{ code }}</code>
        </li>
      }
    </ol>
    <div class="actions">
      <button mat-stroked-button type="button" (click)="copy()" data-testid="copy-codes">
        {{ i18n.t('account.codes.copy') }}
      </button>
      <button mat-stroked-button type="button" (click)="download()" data-testid="download-codes">
        {{ i18n.t('account.codes.download') }}
      </button>
    </div>
    <p role="status">
      @if (copied()) {
        {{ i18n.t('account.codes.copied') }}
      }
    </p>
  `,
  styles: `
    .codes {
      columns: 2;
      font-family: ui-monospace, monospace;
      font-size: 1.1rem;
      padding-inline-start: 2em;
    }
    .actions {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
    }
  `,
})
export class RecoveryCodesComponent {
  protected readonly i18n = inject(TranslationService);
  private readonly clipboard = inject(Clipboard);
  private readonly document = inject(DOCUMENT);
  readonly codes = input.required<readonly string[]>();
  protected readonly copied = signal(false);

  protected copy(): void {
    this.copied.set(this.clipboard.copy(this.asText()));
  }

  // A Blob made here, in the page: the codes never go back to a server to be downloaded.
  protected download(): void {
    const url = URL.createObjectURL(new Blob([this.asText()], { type: 'text/plain' }));
    const link = this.document.createElement('a');
    link.href = url;
    link.download = 'amparo-recovery-codes.txt';
    link.click();
    URL.revokeObjectURL(url);
  }

  private asText(): string {
    return `${this.i18n.t('account.codes.fileHeading')}\n\n${this.codes().join('\n')}\n`;
  }
}
