import { ChangeDetectionStrategy, Component, inject, type OnInit, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
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
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    ZonedTimeComponent,
  ],
  template: `
    <h2>{{ i18n.t('case.tab.notes') }}</h2>
    <p class="meta">{{ i18n.t('notes.privileged') }}</p>
    @if (store.canOnCase('notes.write')) {
      <form [formGroup]="form" (ngSubmit)="add()" novalidate class="add" [attr.aria-busy]="busy()">
        <mat-form-field class="full">
          <mat-label>{{ i18n.t('notes.new') }}</mat-label>
          <textarea matInput formControlName="body" rows="3" maxlength="20000" required></textarea>
          @if (form.controls.body.hasError('required')) {
            <mat-error>{{ i18n.t('notes.required') }}</mat-error>
          }
        </mat-form-field>
        <div role="alert" class="error" [class.visually-hidden]="!writeError()">
          @if (writeError(); as error) {
            {{ i18n.t(error.key, error.params) }}
          }
        </div>
        <button mat-flat-button type="submit" [disabled]="busy()">{{ i18n.t('notes.add') }}</button>
      </form>
    }
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
      .add {
        max-width: 80ch;
        margin-bottom: 16px;
      }
      .full {
        width: 100%;
      }
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

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({ body: ['', Validators.required] });
  protected readonly busy = signal(false);
  protected readonly writeError = signal<Notice | null>(null);

  protected add(): void {
    const caseId = this.store.caseId();
    const body = this.form.controls.body.value.trim();
    if (!caseId || this.busy()) return;
    if (!body) {
      this.form.controls.body.setErrors({ required: true });
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.writeError.set(null);
    this.api.writeNote(caseId, body).subscribe({
      next: (note) => {
        this.busy.set(false);
        this.notes.update((notes) => [note, ...(notes ?? [])]);
        this.form.reset();
      },
      error: (failure: unknown) => {
        this.busy.set(false);
        this.writeError.set(errorNotice(failure));
      },
    });
  }

  ngOnInit(): void {
    const caseId = this.store.caseId();
    if (!caseId) return;
    this.api.notes(caseId).subscribe({
      next: (notes) =>
        this.notes.set([...notes].sort((a, b) => b.createdAt.localeCompare(a.createdAt))),
      error: (failure: unknown) => this.error.set(errorNotice(failure)),
    });
  }
}
