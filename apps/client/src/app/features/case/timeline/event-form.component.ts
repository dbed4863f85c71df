import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  type OnInit,
  output,
  signal,
} from '@angular/core';
import {
  type AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { CaseEventResponse } from '@amparo/contracts';
import type { Observable } from 'rxjs';
import { NOW } from '../../../core/auth';
import { currentRecordOf, errorNotice, type Notice } from '../../../core/http';
import { TranslationService } from '../../../core/i18n';
import { wallTimeIn, zoneCity, zonedIso } from '../../../core/time';
import { CaseApi } from '../case.api';
import { CaseStore } from '../case.store';
import { caseFormStyles } from '../case.styles';

/**
 * Records an event on the case, or corrects the time of one (with the reason, kept in its
 * history). Times are typed on the forum's clock, the zone named next to the field.
 */
@Component({
  selector: 'amp-event-form',
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
      (ngSubmit)="submit()"
      novalidate
      [attr.aria-busy]="busy()"
    >
      <h3 class="form-title">
        {{ i18n.t(event() ? 'timeline.correctTitle' : 'timeline.recordTitle') }}
      </h3>
      @if (!event()) {
        <mat-form-field class="full">
          <mat-label>{{ i18n.t('timeline.eventType') }}</mat-label>
          <mat-select formControlName="eventType" required>
            @for (type of store.eventTypes(); track type.id) {
              <mat-option [value]="type.id">{{ store.text(type.label) }}</mat-option>
            }
          </mat-select>
          @if (form.controls.eventType.hasError('required')) {
            <mat-error>{{ i18n.t('timeline.eventTypeRequired') }}</mat-error>
          }
        </mat-form-field>
      }
      <div class="row">
        <mat-form-field>
          <mat-label>{{ i18n.t('timeline.date') }}</mat-label>
          <input matInput type="date" formControlName="date" required />
          @if (form.controls.date.hasError('required')) {
            <mat-error>{{ i18n.t('timeline.dateRequired') }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ i18n.t('timeline.time', { city: city() }) }}</mat-label>
          <input matInput type="time" formControlName="time" required />
          @if (form.controls.time.hasError('required')) {
            <mat-error>{{ i18n.t('timeline.timeRequired') }}</mat-error>
          } @else if (form.controls.time.hasError('future')) {
            <mat-error>{{ i18n.t('timeline.timeFuture') }}</mat-error>
          }
        </mat-form-field>
      </div>
      @if (event()) {
        <mat-form-field class="full">
          <mat-label>{{ i18n.t('timeline.reasonLabel') }}</mat-label>
          <textarea matInput formControlName="reason" rows="2" maxlength="500" required></textarea>
          @if (form.controls.reason.hasError('required')) {
            <mat-error>{{ i18n.t('timeline.reasonRequired') }}</mat-error>
          }
        </mat-form-field>
      } @else {
        <mat-form-field class="full">
          <mat-label>{{ i18n.t('timeline.sourceLabel') }}</mat-label>
          <input matInput formControlName="source" maxlength="200" />
        </mat-form-field>
        <mat-form-field class="full">
          <mat-label>{{ i18n.t('timeline.noteLabel') }}</mat-label>
          <textarea matInput formControlName="note" rows="2" maxlength="2000"></textarea>
        </mat-form-field>
      }
      <div role="alert" class="alert-box" [class.shown]="!!error()">
        @if (error(); as error) {
          {{ i18n.t(error.key, error.params) }}
        }
      </div>
      <div class="buttons">
        <button mat-flat-button type="submit" [disabled]="busy()">
          {{ i18n.t(event() ? 'timeline.correctSubmit' : 'timeline.recordSubmit') }}
        </button>
        <button mat-button type="button" (click)="done.emit()">
          {{ i18n.t('common.cancel') }}
        </button>
      </div>
    </form>
  `,
  styles: caseFormStyles,
})
export class EventFormComponent implements OnInit {
  protected readonly i18n = inject(TranslationService);
  protected readonly store = inject(CaseStore);
  private readonly api = inject(CaseApi);
  private readonly now = inject(NOW);
  private readonly fb = inject(NonNullableFormBuilder);

  /** The event to correct; without one, a new event is recorded. */
  readonly event = input<CaseEventResponse | null>(null);
  /** Saved or cancelled. */
  readonly done = output<void>();

  protected readonly busy = signal(false);
  protected readonly error = signal<Notice | null>(null);
  private readonly zone = computed(
    () => this.event()?.timeZone ?? this.store.record()?.timeZone ?? 'UTC',
  );
  protected readonly city = computed(() => zoneCity(this.zone()));

  protected readonly form = this.fb.group({
    eventType: [''],
    date: ['', Validators.required],
    time: ['', [Validators.required, (control: AbstractControl) => this.futureError(control)]],
    reason: [''],
    source: [''],
    note: [''],
  });

  ngOnInit(): void {
    const event = this.event();
    this.form.controls.eventType.setValidators(event ? null : Validators.required);
    this.form.controls.reason.setValidators(event ? Validators.required : null);
    if (event) {
      const wall = wallTimeIn(event.occurredAt, event.timeZone);
      this.form.patchValue({ date: wall.date, time: wall.time });
    }
    this.form.controls.date.valueChanges.subscribe(() =>
      this.form.controls.time.updateValueAndValidity(),
    );
  }

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const caseId = this.store.caseId();
    const { eventType, date, time, reason, source, note } = this.form.getRawValue();
    const occurredAt = zonedIso(date, time, this.zone());
    if (!caseId || !occurredAt) return;
    const event = this.event();
    const call: Observable<CaseEventResponse> = event
      ? this.api.correctEvent(caseId, event.id, {
          occurredAt,
          timeZone: event.timeZone,
          reason: reason.trim(),
          version: event.version,
        })
      : this.api.recordEvent(caseId, {
          eventType,
          occurredAt,
          ...(source.trim() ? { source: source.trim() } : {}),
          ...(note.trim() ? { note: note.trim() } : {}),
        });
    this.busy.set(true);
    this.error.set(null);
    call.subscribe({
      next: (saved) => {
        this.busy.set(false);
        // A correction that moves clocks waits for the attorney: the timeline shows it waiting.
        if (saved.pendingCorrection) {
          this.store.replaceEvent(saved);
          this.done.emit();
          return;
        }
        // The event starts or moves deadlines: both lists come back from the server.
        this.store.reloadEvents();
        this.store.reloadDeadlines();
        this.done.emit();
      },
      error: (failure: unknown) => {
        this.busy.set(false);
        const current = currentRecordOf<CaseEventResponse>(failure);
        if (current) {
          this.store.replaceEvent(current);
          this.error.set({ key: 'timeline.conflict' });
          return;
        }
        this.error.set(errorNotice(failure));
      },
    });
  }

  private futureError(control: AbstractControl): ValidationErrors | null {
    const date = this.form?.controls.date.value;
    if (!date || !control.value) return null;
    const iso = zonedIso(date, control.value as string, this.zone());
    return iso && Date.parse(iso) > this.now() ? { future: true } : null;
  }
}
