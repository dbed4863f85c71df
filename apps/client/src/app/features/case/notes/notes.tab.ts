import { ChangeDetectionStrategy, Component, inject, type OnInit, signal } from '@angular/core';
import type { CaseNoteResponse } from '@amparo/contracts';
import { errorNotice, type Notice } from '../../../core/http';
import { TranslationService } from '../../../core/i18n';
import { ZonedTimeComponent } from '../../../core/time';
import { CaseApi } from '../case.api';
import { CaseStore } from '../case.store';
import { caseTabStyles } from '../case.styles';

/** Privileged notes of the case (every read is audited by the API). */
@Component({
  selector: 'amp-case-notes-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ZonedTimeComponent],
  template: `
    <h2>{{ i18n.t('case.tab.notes') }}</h2>
    <p class="meta">{{ i18n.t('notes.privileged') }}</p>
    @if (error(); as error) {
      <p role="alert" class="error">{{ i18n.t(error.key, error.params) }}</p>
    } @else if (notes(); as notes) {
      @if (notes.length === 0) {
        <p data-testid="notes-empty">{{ i18n.t('notes.empty') }}</p>
      } @else {
        <ul class="notes plain-list" data-testid="notes">
          @for (note of notes; track note.id) {
            <li>
              <p class="meta">
                <amp-zoned-time [instant]="note.createdAt" [zone]="zone()" />
              </p>
              <p class="body">{{ note.body }}</p>
            </li>
          }
        </ul>
      }
    } @else {
      <p role="status">{{ i18n.t('common.loading') }}</p>
    }
  `,
  styles: [
    caseTabStyles,
    `
      .notes {
        max-width: 80ch;
      }
      .notes li {
        border-bottom: 1px solid var(--mat-sys-outline-variant);
        padding-block: 8px;
      }
      .body {
        white-space: pre-wrap;
        margin: 4px 0 0;
      }
    `,
  ],
})
export class NotesTab implements OnInit {
  protected readonly i18n = inject(TranslationService);
  protected readonly store = inject(CaseStore);
  private readonly api = inject(CaseApi);

  protected readonly notes = signal<CaseNoteResponse[] | null>(null);
  protected readonly error = signal<Notice | null>(null);
  protected readonly zone = () => this.store.record()?.timeZone ?? 'UTC';

  ngOnInit(): void {
    const caseId = this.store.caseId();
    if (!caseId) return;
    this.api.notes(caseId).subscribe({
      next: (notes) => this.notes.set(notes),
      error: (failure: unknown) => this.error.set(errorNotice(failure)),
    });
  }
}
