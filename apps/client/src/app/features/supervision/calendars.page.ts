import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  type OnInit,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { JurisdictionCode } from '@amparo/domain';
import { errorCode, errorNotice, type Notice } from '../../core/http';
import { TranslationService } from '../../core/i18n';
import { OfficeDirectory } from './office-directory';
import { SupervisionApi } from './supervision.api';
import { type Closure, type HolidayCalendar, supervisionErrorCodes } from './supervision.models';
import { supervisionStyles } from './supervision.styles';

// The rule packs' countries. Spelled out rather than imported: the domain's barrel would bring
// the holiday library into this chunk. The type keeps it in step with the domain.
const COUNTRIES = [
  'PE',
  'US',
  'MX',
  'DO',
  'PA',
  'CR',
] as const satisfies readonly JurisdictionCode[];
type Missing = Exclude<JurisdictionCode, (typeof COUNTRIES)[number]>;
const everyCountry: [Missing] extends [never] ? true : Missing = true;

const CALENDAR_PATTERN = /^[A-Z]{2}(-[A-Z0-9]{2,20})?$/;

/**
 * The calendars deadlines are counted on: a country's national public holidays for a year (read
 * only, from the holiday library) and the office's own closure days, which supervisors add with
 * the reason as published and remove. The API audits both.
 */
@Component({
  selector: 'amp-calendars-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
  ],
  template: `
    <h2>{{ i18n.t('supervision.calendars.title') }}</h2>
    <p>{{ i18n.t('supervision.calendars.intro') }}</p>

    <div class="filters">
      <mat-form-field appearance="outline">
        <mat-label>{{ i18n.t('supervision.calendars.country') }}</mat-label>
        <mat-select [value]="country()" (valueChange)="country.set($event); loadHolidays()">
          @for (code of countries; track code) {
            <mat-option [value]="code">{{ countryName(code) }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ i18n.t('supervision.calendars.year') }}</mat-label>
        <mat-select [value]="year()" (valueChange)="year.set($event); loadHolidays()">
          @for (option of years; track option) {
            <mat-option [value]="option">{{ option }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </div>

    <div role="status" class="status" data-testid="calendars-status">
      @if (done(); as done) {
        {{ i18n.t(done.key, done.params) }}
      }
    </div>
    <div role="alert" class="error" data-testid="calendars-error">
      @if (error(); as error) {
        {{ i18n.t(error.key, error.params) }}
      }
    </div>

    <section aria-labelledby="holidays-title">
      <h3 id="holidays-title">
        {{
          i18n.t('supervision.calendars.daysOf', { country: countryName(country()), year: year() })
        }}
      </h3>
      @if (holidays(); as calendar) {
        @if (calendar.days.length === 0) {
          <p class="empty">{{ i18n.t('supervision.calendars.noDays') }}</p>
        } @else {
          <div class="table-scroll">
            <table data-testid="holidays">
              <caption class="visually-hidden">
                {{
                  i18n.t('supervision.calendars.daysOf', {
                    country: countryName(country()),
                    year: year(),
                  })
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ i18n.t('supervision.calendars.date') }}</th>
                  <th scope="col">{{ i18n.t('supervision.calendars.name') }}</th>
                  <th scope="col">{{ i18n.t('supervision.calendars.kind') }}</th>
                </tr>
              </thead>
              <tbody>
                @for (day of calendar.days; track day.date + day.kind + (day.closureId ?? '')) {
                  <tr>
                    <th scope="row">{{ dateText(day.date) }}</th>
                    <td>{{ day.name[i18n.language()] }}</td>
                    <td>
                      {{
                        day.kind === 'holiday'
                          ? i18n.t('supervision.calendars.holiday')
                          : i18n.t('supervision.calendars.closureOf', {
                              calendar: day.calendar ?? '',
                            })
                      }}
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      } @else if (!error()) {
        <p role="status">{{ i18n.t('common.loading') }}</p>
      }
    </section>

    <section aria-labelledby="closures-title">
      <h3 id="closures-title">{{ i18n.t('supervision.calendars.closures') }}</h3>
      <p>{{ i18n.t('supervision.calendars.closuresIntro') }}</p>
      <form [formGroup]="form" (ngSubmit)="add()" class="add" data-testid="closure-form">
        <mat-form-field appearance="outline">
          <mat-label>{{ i18n.t('supervision.calendars.calendar') }}</mat-label>
          <input matInput formControlName="calendar" autocapitalize="characters" required />
          <mat-hint>{{ i18n.t('supervision.calendars.calendarHint') }}</mat-hint>
          @if (form.controls.calendar.invalid && form.controls.calendar.touched) {
            <mat-error>{{ i18n.t('supervision.calendars.calendarInvalid') }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ i18n.t('supervision.calendars.date') }}</mat-label>
          <input matInput type="date" formControlName="date" required />
          @if (form.controls.date.invalid && form.controls.date.touched) {
            <mat-error>{{ i18n.t('supervision.calendars.dateRequired') }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" class="reason">
          <mat-label>{{ i18n.t('supervision.calendars.reason') }}</mat-label>
          <input matInput formControlName="reason" maxlength="200" required />
          <mat-hint>{{ i18n.t('supervision.calendars.reasonHint') }}</mat-hint>
          @if (form.controls.reason.invalid && form.controls.reason.touched) {
            <mat-error>{{ i18n.t('supervision.calendars.reasonRequired') }}</mat-error>
          }
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="sending()">
          {{ i18n.t('supervision.calendars.add') }}
        </button>
      </form>

      @if (closures(); as closures) {
        @if (closures.length === 0) {
          <p class="empty">{{ i18n.t('supervision.calendars.noClosures') }}</p>
        } @else {
          <div class="table-scroll">
            <table data-testid="closures">
              <caption class="visually-hidden">
                {{
                  i18n.t('supervision.calendars.closures')
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ i18n.t('supervision.calendars.date') }}</th>
                  <th scope="col">{{ i18n.t('supervision.calendars.calendar') }}</th>
                  <th scope="col">{{ i18n.t('supervision.calendars.reason') }}</th>
                  <th scope="col">{{ i18n.t('supervision.calendars.recordedBy') }}</th>
                  <th scope="col">{{ i18n.t('supervision.actions') }}</th>
                </tr>
              </thead>
              <tbody>
                @for (closure of sortedClosures(); track closure.id) {
                  <tr [attr.data-testid]="'closure-' + closure.id">
                    <th scope="row">{{ dateText(closure.date) }}</th>
                    <td>{{ closure.calendar }}</td>
                    <td>{{ closure.reason }}</td>
                    <td>{{ memberName(closure.createdBy) }}</td>
                    <td>
                      <button
                        mat-button
                        type="button"
                        [disabled]="sending()"
                        [attr.aria-label]="
                          i18n.t('supervision.calendars.removeDay', {
                            date: dateText(closure.date),
                            calendar: closure.calendar,
                          })
                        "
                        (click)="remove(closure)"
                      >
                        {{ i18n.t('supervision.calendars.remove') }}
                      </button>
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      }
    </section>
  `,
  styles: `
    ${supervisionStyles}
    h3 {
      font: var(--mat-sys-title-medium);
      margin-block: 24px 8px;
    }
    .add {
      display: flex;
      flex-wrap: wrap;
      gap: 0 16px;
      align-items: baseline;
    }
    .add mat-form-field {
      flex: 1 1 180px;
    }
    .add .reason {
      flex: 3 1 280px;
    }
  `,
})
export class CalendarsPage implements OnInit {
  protected readonly i18n = inject(TranslationService);
  private readonly api = inject(SupervisionApi);
  private readonly directory = inject(OfficeDirectory);

  protected readonly countries = everyCountry && COUNTRIES;
  private readonly thisYear = new Date().getFullYear();
  protected readonly years = [
    this.thisYear - 1,
    this.thisYear,
    this.thisYear + 1,
    this.thisYear + 2,
  ];
  protected readonly country = signal<string>('PE');
  protected readonly year = signal(this.thisYear);
  protected readonly holidays = signal<HolidayCalendar | null>(null);
  protected readonly closures = signal<Closure[] | null>(null);
  protected readonly sortedClosures = computed(() =>
    [...(this.closures() ?? [])].sort((a, b) => a.date.localeCompare(b.date)),
  );
  protected readonly sending = signal(false);
  protected readonly error = signal<Notice | null>(null);
  protected readonly done = signal<Notice | null>(null);

  protected readonly form = new FormGroup({
    calendar: new FormControl('PE', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(CALENDAR_PATTERN)],
    }),
    date: new FormControl('', { nonNullable: true, validators: Validators.required }),
    reason: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200)],
    }),
  });

  ngOnInit(): void {
    this.loadHolidays();
    this.loadClosures();
  }

  loadHolidays(): void {
    this.holidays.set(null);
    this.api.holidays(this.country(), this.year()).subscribe({
      next: (calendar) => this.holidays.set(calendar),
      error: (failure: unknown) => this.error.set(errorNotice(failure)),
    });
  }

  private loadClosures(): void {
    this.api.closures().subscribe({
      next: (closures) => this.closures.set(closures),
      error: (failure: unknown) => this.error.set(errorNotice(failure)),
    });
  }

  protected add(): void {
    const calendar = this.form.controls.calendar;
    calendar.setValue(calendar.value.trim().toUpperCase());
    this.form.controls.reason.setValue(this.form.controls.reason.value.trim());
    this.form.markAllAsTouched();
    if (this.form.invalid || this.sending()) return;
    this.sending.set(true);
    this.error.set(null);
    this.done.set(null);
    this.api.addClosure(this.form.getRawValue()).subscribe({
      next: (closure) => {
        this.sending.set(false);
        this.closures.update((all) => [...(all ?? []), closure]);
        this.form.controls.reason.reset('');
        this.form.controls.date.reset('');
        this.done.set({
          key: 'supervision.calendars.added',
          params: { date: this.dateText(closure.date), calendar: closure.calendar },
        });
        this.loadHolidays();
      },
      error: (failure: unknown) => {
        this.sending.set(false);
        this.error.set(
          errorCode(failure) === supervisionErrorCodes.closureExists
            ? { key: 'supervision.calendars.exists' }
            : errorNotice(failure),
        );
      },
    });
  }

  protected remove(closure: Closure): void {
    this.sending.set(true);
    this.error.set(null);
    this.done.set(null);
    this.api.removeClosure(closure.id).subscribe({
      next: () => {
        this.sending.set(false);
        this.closures.update((all) => all?.filter((c) => c.id !== closure.id) ?? null);
        this.done.set({
          key: 'supervision.calendars.removed',
          params: { date: this.dateText(closure.date), calendar: closure.calendar },
        });
        this.loadHolidays();
      },
      error: (failure: unknown) => {
        this.sending.set(false);
        this.error.set(errorNotice(failure));
        this.loadClosures();
      },
    });
  }

  protected countryName(code: string): string {
    try {
      const names = new Intl.DisplayNames([this.i18n.locale()], { type: 'region' });
      return `${names.of(code) ?? code} (${code})`;
    } catch {
      return code;
    }
  }

  /** A calendar date (no time, no zone): formatted as the date it is, never shifted by a zone. */
  protected dateText(date: string): string {
    return this.i18n.formatDate(`${date}T12:00:00Z`, {
      weekday: 'short',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  }

  protected memberName(id: string | null): string {
    return this.directory.nameOf(id) ?? this.i18n.t('supervision.someone');
  }
}
