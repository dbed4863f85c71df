import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { TranslationService } from '../../core/i18n';
import { renderPdfPages } from './pdf-render';

/** The pages of a PDF drawn in the page, each an image named "Page n of N". */
@Component({
  selector: 'amp-pdf-preview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div role="status" class="state">
      @if (state() === 'rendering') {
        {{ i18n.t('filings.preview.rendering') }}
      } @else if (state() === 'failed') {
        {{ i18n.t('filings.preview.failed') }}
      }
    </div>
    <div
      #pages
      class="pages"
      data-testid="pdf-pages"
      [attr.aria-label]="title()"
      role="group"
    ></div>
  `,
  styles: `
    .pages {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 12px;
      background: var(--mat-sys-surface-container-high);
      padding: 12px 0;
      border-radius: 8px;
      overflow-x: auto;
    }
    .pages ::ng-deep canvas {
      box-shadow: 0 1px 4px rgb(0 0 0 / 30%);
      background: #fff;
      max-width: 100%;
    }
  `,
})
export class PdfPreviewComponent {
  protected readonly i18n = inject(TranslationService);
  readonly bytes = input.required<ArrayBuffer>();
  readonly title = input('');
  protected readonly state = signal<'rendering' | 'done' | 'failed'>('rendering');
  private readonly pages = viewChild.required<ElementRef<HTMLElement>>('pages');

  constructor() {
    effect(() => {
      const bytes = this.bytes();
      const container = this.pages().nativeElement;
      const width = Math.min(container.clientWidth || 800, 900) - 24;
      this.state.set('rendering');
      renderPdfPages(bytes.slice(0), container, width, (page, pages) =>
        this.i18n.t('filings.preview.page', { page, pages }),
      ).then(
        () => this.state.set('done'),
        () => this.state.set('failed'),
      );
    });
  }
}
