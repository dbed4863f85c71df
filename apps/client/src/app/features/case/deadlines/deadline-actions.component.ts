import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { CaseDeadlineResponse } from '@amparo/contracts';
import type { Observable } from 'rxjs';
import { currentRecordOf, errorCode, errorNotice, type Notice } from '../../../core/http';
import { TranslationService } from '../../../core/i18n';
import { wallTimeIn, zoneCity, zonedIso } from '../../../core/time';
import { deadlineStatusKeys } from '../case-labels';
import { CaseApi } from '../case.api';
import { actionableStatuses, CaseStore } from '../case.store';
import { caseFormStyles } from '../case.styles';

type Action = 'complete' | 'override' | 'waive';

/**
 * What may be done to one deadline, offered only to whom the permission map and the case allow:
 * complete and set a date by order (attorneys on the case), waive (supervisors). Each acts on the
 * version shown; if someone changed the deadline meanwhile, the current one replaces it on screen
 * and the person decides again.
 */
@Component({
  selector: 'amp-deadline-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule],
  template: `
    @if (offered().length > 0 && !action()) {
      <div class="buttons">
        @if (offered().includes('complete')) {
          <button mat-flat-button type="button" (click)="open('complete')">
            {{ i18n.t('deadline.action.complete') }}
          </button>
        }
        @if (offered().includes('override')) {
          <button mat-stroked-button type="button" (click)="open('override')">
            {{ i18n.t('deadline.action.override') }}
          </button>
        }
        @if (offered().includes('waive')) {
          <button mat-stroked-button type="button" (click)="open('waive')">
            {{ i18n.t('deadline.action.waive') }}
          </button>
        }
      </div>
    }
    <div role="alert" class="alert-box" [class.shown]="!!conflict() || !!error()">
      @if (conflict(); as current) {
        <p data-testid="deadline-conflict">
          {{
            i18n.t('deadline.conflict', {
              status: i18n.t(statusKeys[current.status]),
            })
          }}
        </p>
      } @else if (error(); as error) {
        <p>{{ i18n.t(error.key, error.params) }}</p>
      }
    </div>
    @if (action(); as action) {
      <form [formGroup]="form" (ngSubmit)="submit(action)" novalidate class="action-form">
        <h4 class="form-title">{{ i18n.t(titleKeys[action]) }}</h4>
        @if (action === 'override') {
          <div class="row">
            <mat-form-field>
              <mat-label>{{ i18n.t('deadline.form.dueDate') }}</mat-label>
              <input matInput type="date" formControlName="dueDate" required />
              @if (form.controls.dueDate.hasError('required')) {
                <mat-error>{{ i18n.t('deadline.form.dueDateRequired') }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ i18n.t('deadline.form.dueTime', { city: city() }) }}</mat-label>
              <input matInput type="time" formControlName="dueTime" required />
              @if (form.controls.dueTime.hasError('required')) {
                <mat-error>{{ i18n.t('deadline.form.dueTimeRequired') }}</mat-error>
              }
            </mat-form-field>
          </div>
        }
        <mat-form-field class="full">
          <mat-label>{{
            i18n.t(action === 'complete' ? 'deadline.form.note' : 'deadline.form.reason')
          }}</mat-label>
          <textarea
            matInput
            formControlName="text"
            rows="2"
            maxlength="500"
            [required]="action !== 'complete'"
          ></textarea>
          @if (action === 'override') {
            <mat-hint>{{ i18n.t('deadline.form.overrideHint') }}</mat-hint>
          }
          @if (form.controls.text.hasError('required')) {
            <mat-error>{{ i18n.t('deadline.form.reasonRequired') }}</mat-error>
          }
        </mat-form-field>
        <div class="buttons">
          <button mat-flat-button type="submit" [disabled]="busy()">
            {{ i18n.t(conflict() ? 'deadline.action.retry' : submitKeys[action]) }}
          </button>
          <button mat-button type="button" (click)="close()">{{ i18n.t('common.cancel') }}</button>
        </div>
      </form>
    }
  `,
  styles: [
    caseFormStyles,
    `
      .buttons,
      .alert-box.shown {
        margin-top: 8px;
      }
      .action-form {
        margin-top: 8px;
        padding-top: 8px;
        border-top: 1px solid var(--mat-sys-outline-variant);
      }
    `,
  ],
})
export class DeadlineActionsComponent {
  protected readonly i18n = inject(TranslationService);
  private readonly store = inject(CaseStore);
  private readonly api = inject(CaseApi);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly deadline = input.required<CaseDeadlineResponse>();

  protected readonly statusKeys = deadlineStatusKeys;
  protected readonly titleKeys = {
    complete: 'deadline.form.completeTitle',
    override: 'deadline.form.overrideTitle',
    waive: 'deadline.form.waiveTitle',
  } as const;
  protected readonly submitKeys = {
    complete: 'deadline.action.complete',
    override: 'deadline.form.overrideSubmit',
    waive: 'deadline.form.waiveSubmit',
  } as const;

  protected readonly action = signal<Action | null>(null);
  protected readonly busy = signal(false);
  protected readonly conflict = signal<CaseDeadlineResponse | null>(null);
  protected readonly error = signal<Notice | null>(null);
  protected readonly city = computed(() => zoneCity(this.deadline().timeZone));

  protected readonly form = this.fb.group({
    text: [''],
    dueDate: [''],
    dueTime: [''],
  });

  /** The actions this person may take on this deadline now. */
  protected readonly offered = computed<Action[]>(() => {
    if (!actionableStatuses.includes(this.deadline().status)) return [];
    const offered: Action[] = [];
    if (this.store.canOnCase('deadlines.complete')) offered.push('complete');
    if (this.store.canOnCase('deadlines.override')) offered.push('override');
    if (this.store.can('deadlines.waive')) offered.push('waive');
    return offered;
  });

  protected open(action: Action): void {
    this.action.set(action);
    this.error.set(null);
    this.conflict.set(null);
    const { text, dueDate, dueTime } = this.form.controls;
    text.setValidators(action === 'complete' ? null : Validators.required);
    dueDate.setValidators(action === 'override' ? Validators.required : null);
    dueTime.setValidators(action === 'override' ? Validators.required : null);
    const due = this.deadline().effectiveDueAt;
    const wall = due ? wallTimeIn(due, this.deadline().timeZone) : { date: '', time: '' };
    this.form.reset({ text: '', dueDate: wall.date, dueTime: wall.time });
  }

  protected close(): void {
    this.action.set(null);
    this.conflict.set(null);
    this.error.set(null);
  }

  protected submit(action: Action): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const deadline = this.deadline();
    const { text, dueDate, dueTime } = this.form.getRawValue();
    const reason = text.trim();
    let call: Observable<CaseDeadlineResponse>;
    if (action === 'complete') {
      call = this.api.complete(deadline.id, {
        version: deadline.version,
        ...(reason ? { note: reason } : {}),
      });
    } else if (action === 'override') {
      const dueAt = zonedIso(dueDate, dueTime, deadline.timeZone);
      if (!dueAt) {
        this.form.controls.dueDate.setErrors({ required: true });
        return;
      }
      call = this.api.override(deadline.id, { dueAt, reason, version: deadline.version });
    } else {
      call = this.api.waive(deadline.id, { reason, version: deadline.version });
    }
    this.busy.set(true);
    this.error.set(null);
    call.subscribe({
      next: (updated) => {
        this.busy.set(false);
        this.close();
        this.store.replaceDeadline(updated);
        // Completing may record an event that starts the next clocks.
        if (action === 'complete') {
          this.store.reloadDeadlines();
          this.store.reloadEvents();
        }
      },
      error: (failure: unknown) => {
        this.busy.set(false);
        const current = currentRecordOf<CaseDeadlineResponse>(failure);
        if (current) {
          // Show the deadline as it is now; the form stays open to act on that version.
          this.store.replaceDeadline(current);
          this.conflict.set(current);
          if (!actionableStatuses.includes(current.status)) this.action.set(null);
          return;
        }
        if (errorCode(failure) === 'DEADLINE_CLOSED') {
          this.action.set(null);
          this.store.reloadDeadlines();
        }
        this.error.set(errorNotice(failure));
      },
    });
  }
}
