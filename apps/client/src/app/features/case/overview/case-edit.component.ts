import {
  ChangeDetectionStrategy,
  Component,
  inject,
  type OnInit,
  output,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { CaseResponse } from '@amparo/contracts';
import { currentRecordOf, errorNotice, type Notice } from '../../../core/http';
import { TranslationService } from '../../../core/i18n';
import { custodyKeys, priorityKeys, stageKeys } from '../case-labels';
import { CaseApi } from '../case.api';
import { CaseStore } from '../case.store';
import { caseFormStyles } from '../case.styles';

type Custody = CaseResponse['custodyStatus'];
type Stage = CaseResponse['stage'];
type Priority = CaseResponse['priority'];

/**
 * Changes to the case's own fields, saved against the version shown. When someone saved first,
 * their version is shown and the person's change stays in the form, to save again or discard.
 */
@Component({
  selector: 'amp-case-edit',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
  ],
  template: `
    <form
      class="card-form"
      [formGroup]="form"
      (ngSubmit)="save()"
      novalidate
      [attr.aria-busy]="busy()"
    >
      <h3 class="form-title">{{ i18n.t('case.edit.title') }}</h3>
      <div class="row">
        <mat-form-field>
          <mat-label>{{ i18n.t('case.field.custody') }}</mat-label>
          <mat-select formControlName="custodyStatus">
            @for (value of custodyValues; track value) {
              <mat-option [value]="value">{{ i18n.t(custodyKeys[value]) }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ i18n.t('case.field.stage') }}</mat-label>
          <mat-select formControlName="stage">
            @for (value of stageValues; track value) {
              <mat-option [value]="value">{{ i18n.t(stageKeys[value]) }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ i18n.t('case.field.priority') }}</mat-label>
          <mat-select formControlName="priority">
            @for (value of priorityValues; track value) {
              <mat-option [value]="value">{{ i18n.t(priorityKeys[value]) }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </div>
      <div class="row">
        <mat-form-field>
          <mat-label>{{ i18n.t('case.field.forum') }}</mat-label>
          <input matInput formControlName="forum" maxlength="200" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ i18n.t('case.field.outcome') }}</mat-label>
          <input matInput formControlName="outcome" maxlength="200" />
        </mat-form-field>
      </div>
      <div role="alert" class="alert-box" [class.shown]="!!conflict() || !!error()">
        @if (conflict(); as current) {
          <p data-testid="case-edit-conflict">
            {{
              i18n.t('case.edit.conflict', {
                custody: i18n.t(custodyKeys[current.custodyStatus]),
                stage: i18n.t(stageKeys[current.stage]),
                priority: i18n.t(priorityKeys[current.priority]),
              })
            }}
          </p>
        } @else if (error(); as error) {
          <p>{{ i18n.t(error.key, error.params) }}</p>
        }
      </div>
      <div class="buttons">
        <button mat-flat-button type="submit" [disabled]="busy()">
          {{ i18n.t(conflict() ? 'case.edit.retry' : 'common.save') }}
        </button>
        @if (conflict(); as current) {
          <button mat-button type="button" (click)="discard(current)">
            {{ i18n.t('case.edit.discard') }}
          </button>
        }
        <button mat-button type="button" (click)="done.emit()">
          {{ i18n.t('common.cancel') }}
        </button>
      </div>
    </form>
  `,
  styles: caseFormStyles,
})
export class CaseEditComponent implements OnInit {
  protected readonly i18n = inject(TranslationService);
  private readonly store = inject(CaseStore);
  private readonly api = inject(CaseApi);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly done = output<void>();

  protected readonly custodyKeys = custodyKeys;
  protected readonly stageKeys = stageKeys;
  protected readonly priorityKeys = priorityKeys;
  protected readonly custodyValues = Object.keys(custodyKeys) as Custody[];
  protected readonly stageValues = Object.keys(stageKeys) as Stage[];
  protected readonly priorityValues = Object.keys(priorityKeys) as Priority[];

  protected readonly busy = signal(false);
  protected readonly error = signal<Notice | null>(null);
  protected readonly conflict = signal<CaseResponse | null>(null);
  /** The version the next save is based on. */
  private version = 0;

  protected readonly form = this.fb.group({
    custodyStatus: this.fb.control<Custody>('unknown'),
    stage: this.fb.control<Stage>('intake'),
    priority: this.fb.control<Priority>('normal'),
    forum: ['', Validators.maxLength(200)],
    outcome: ['', Validators.maxLength(200)],
  });

  ngOnInit(): void {
    const record = this.store.record();
    if (record) this.discard(record);
  }

  /** Shows the server's version in the form (at the start, or to drop one's own change). */
  protected discard(record: CaseResponse): void {
    this.version = record.version;
    this.conflict.set(null);
    this.form.setValue({
      custodyStatus: record.custodyStatus,
      stage: record.stage,
      priority: record.priority,
      forum: record.forum ?? '',
      outcome: record.outcome ?? '',
    });
  }

  protected save(): void {
    const caseId = this.store.caseId();
    if (!caseId || this.busy() || this.form.invalid) return;
    const value = this.form.getRawValue();
    this.busy.set(true);
    this.error.set(null);
    this.api
      .update(caseId, {
        custodyStatus: value.custodyStatus,
        stage: value.stage,
        priority: value.priority,
        forum: value.forum.trim(),
        outcome: value.outcome.trim(),
        version: this.version,
      })
      .subscribe({
        next: (record) => {
          this.busy.set(false);
          this.store.record.set(record);
          this.done.emit();
        },
        error: (failure: unknown) => {
          this.busy.set(false);
          const current = currentRecordOf<CaseResponse>(failure);
          if (current) {
            // Saving again puts the person's change over the newer version, knowingly.
            this.version = current.version;
            this.store.record.set(current);
            this.conflict.set(current);
            return;
          }
          this.error.set(errorNotice(failure));
        },
      });
  }
}
