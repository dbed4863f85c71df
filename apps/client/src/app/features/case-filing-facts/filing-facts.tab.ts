import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  type OnInit,
  signal,
} from '@angular/core';
import {
  type AbstractControl,
  type FormControl,
  type FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatRadioModule } from '@angular/material/radio';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { ApiError, currentRecordOf, errorNotice, type Notice } from '../../core/http';
import { TranslationService } from '../../core/i18n';
import { userTimeZone, ZonedTimeComponent } from '../../core/time';
import { CaseStore } from '../case/case.store';
import { caseFormStyles, caseTabStyles } from '../case/case.styles';
import { injectCaseId } from '../case-shared/case-id';
import {
  type FilingFacts,
  FilingFactsApi,
  type FilingFactsInput,
  type TimelineEvent,
} from './filing-facts.api';

/** The API's limits (CaseFilingFactsDto), checked here first so the message sits at the field. */
const LIMITS = {
  statement: 4000,
  fact: 4000,
  reason: 2000,
  name: 200,
  professionalId: 80,
  place: 300,
} as const;
const MAX_ENTRIES = {
  statements: 60,
  facts: 60,
  lateFilingReasons: 20,
  authorizedPersons: 20,
} as const;
const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
/** Each statement and reason is one paragraph: line breaks and other control characters go. */
const CONTROL_RUNS = /\s*\p{Cc}[\p{Cc}\s]*/gu;

type PersonGroup = FormGroup<{
  fullName: FormControl<string>;
  professionalId: FormControl<string>;
}>;

/**
 * The case's filing facts: what no other record holds and a filing needs — the facts a filing
 * states (prefilled on request from timeline notes the person picks, then edited: nothing prints
 * unless it is in these fields), the declarant's statements (sworn declaration, PE refugee
 * application), why a refugee application is late (MX COMAR), the persons authorized in an amparo
 * (MX), the place of detention (asked only while the client is detained) and a US motion's facts.
 * Replaced as a whole by the case team against the version read; someone else's save meanwhile
 * (409) is named and the change stays in the form. Everyone else who reads the case sees lists.
 */
@Component({
  selector: 'amp-filing-facts-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatRadioModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    RouterLink,
    ZonedTimeComponent,
  ],
  template: `
    <h2>{{ i18n.t('facts.title') }}</h2>
    <p class="meta">{{ i18n.t('facts.intro') }}</p>
    @if (facts(); as current) {
      @if (current.updatedAt) {
        <p class="meta" data-testid="facts-version">
          {{ i18n.t('facts.updated', { version: current.version }) }}
          <amp-zoned-time [instant]="current.updatedAt" [zone]="zone()" />
        </p>
      }
    }
    @if (loadError(); as failure) {
      <p role="alert" class="error">{{ i18n.t(failure.key, failure.params) }}</p>
    } @else if (!facts()) {
      <p>{{ i18n.t('common.loading') }}</p>
    } @else if (editable()) {
      <form
        class="card-form"
        [formGroup]="form"
        (ngSubmit)="save()"
        novalidate
        [attr.aria-busy]="busy()"
        data-testid="facts-form"
      >
        <fieldset data-testid="facts-for-filings">
          <legend class="form-title">{{ i18n.t('facts.facts') }}</legend>
          <p class="meta">{{ i18n.t('facts.factsHint') }}</p>
          @for (control of factsList.controls; track $index; let i = $index) {
            <div class="entry">
              <mat-form-field class="full">
                <mat-label>{{ i18n.t('facts.fact', { n: i + 1 }) }}</mat-label>
                <textarea
                  matInput
                  rows="3"
                  [id]="'facts-facts-' + i"
                  [formControl]="control"
                ></textarea>
                @if (control.invalid) {
                  <mat-error>{{ problem(control, limits.fact) }}</mat-error>
                }
              </mat-form-field>
              <button mat-button type="button" (click)="remove(factsList, i)">
                {{ i18n.t('facts.removeFact', { n: i + 1 }) }}
              </button>
            </div>
          }
          <div class="buttons">
            @if (factsList.length < maxEntries.facts) {
              <button mat-stroked-button type="button" (click)="addFact()">
                {{ i18n.t('facts.addFact') }}
              </button>
            }
            <button
              mat-stroked-button
              type="button"
              (click)="openNotes()"
              [attr.aria-expanded]="notes() !== null"
              data-testid="facts-prefill"
            >
              {{ i18n.t('facts.prefillFromNotes') }}
            </button>
          </div>
          @if (notes(); as available) {
            <div class="notes" role="group" [attr.aria-label]="i18n.t('facts.pickNotes')">
              <p class="meta">{{ i18n.t('facts.pickNotesHint') }}</p>
              @for (event of available; track event.id) {
                <mat-checkbox
                  [checked]="picked().has(event.id)"
                  (change)="togglePick(event.id)"
                  [attr.data-note]="event.id"
                >
                  <strong>{{ eventLabel(event.eventType) }}</strong>
                  (<amp-zoned-time [instant]="event.occurredAt" [zone]="zone()" />):
                  {{ event.note }}
                </mat-checkbox>
              } @empty {
                <p>{{ i18n.t('facts.noNotes') }}</p>
              }
              @if (available.length > 0) {
                <button
                  mat-flat-button
                  type="button"
                  [disabled]="picked().size === 0"
                  (click)="copyPicked()"
                  data-testid="facts-copy-notes"
                >
                  {{ i18n.t('facts.copyNotes', { count: picked().size }) }}
                </button>
              }
            </div>
          }
        </fieldset>

        <fieldset>
          <legend class="form-title">{{ i18n.t('facts.entryPlace') }}</legend>
          <mat-form-field class="full">
            <mat-label>{{ i18n.t('facts.entryPlace') }}</mat-label>
            <input matInput id="facts-entryPlace" formControlName="entryPlace" />
            <mat-hint>{{ i18n.t('facts.entryPlaceHint') }}</mat-hint>
            @if (form.controls.entryPlace.invalid) {
              <mat-error>{{ problem(form.controls.entryPlace, limits.name) }}</mat-error>
            }
          </mat-form-field>
        </fieldset>

        @if (detained()) {
          <fieldset>
            <legend class="form-title">{{ i18n.t('facts.detentionPlace') }}</legend>
            <mat-form-field class="full">
              <mat-label>{{ i18n.t('facts.detentionPlace') }}</mat-label>
              <input matInput id="facts-detentionPlace" formControlName="detentionPlace" />
              <mat-hint>{{ i18n.t('facts.detentionPlaceHint') }}</mat-hint>
              @if (form.controls.detentionPlace.invalid) {
                <mat-error>{{ problem(form.controls.detentionPlace, limits.place) }}</mat-error>
              }
            </mat-form-field>
          </fieldset>
        }

        @if (usCase()) {
          <fieldset>
            <legend class="form-title">{{ i18n.t('facts.motion') }}</legend>
            <div class="row">
              <mat-form-field>
                <mat-label>{{ i18n.t('facts.priorMotions') }}</mat-label>
                <input
                  matInput
                  type="number"
                  min="0"
                  max="99"
                  id="facts-priorMotionsToReopen"
                  formControlName="priorMotionsToReopen"
                />
                <mat-hint>{{ i18n.t('facts.priorMotionsHint') }}</mat-hint>
              </mat-form-field>
            </div>
            <p id="facts-finalOrderBy-label">{{ i18n.t('facts.finalOrderBy') }}</p>
            <mat-radio-group
              aria-labelledby="facts-finalOrderBy-label"
              formControlName="finalOrderBy"
            >
              <mat-radio-button value="immigration_judge">{{
                i18n.t('facts.finalOrderBy.ij')
              }}</mat-radio-button>
              <mat-radio-button value="bia">{{
                i18n.t('facts.finalOrderBy.bia')
              }}</mat-radio-button>
              <mat-radio-button value="">{{ i18n.t('facts.notStated') }}</mat-radio-button>
            </mat-radio-group>
            <p id="facts-fee-label">{{ i18n.t('facts.fee') }}</p>
            <mat-radio-group aria-labelledby="facts-fee-label" formControlName="feeWaiverRequested">
              <mat-radio-button value="no">{{ i18n.t('facts.fee.paid') }}</mat-radio-button>
              <mat-radio-button value="yes">{{ i18n.t('facts.fee.waiver') }}</mat-radio-button>
              <mat-radio-button value="">{{ i18n.t('facts.notStated') }}</mat-radio-button>
            </mat-radio-group>
          </fieldset>
        }

        <fieldset>
          <legend class="form-title">{{ i18n.t('facts.statements') }}</legend>
          <p class="meta">{{ i18n.t('facts.statementsHint') }}</p>
          @for (control of statements.controls; track $index; let i = $index) {
            <div class="entry">
              <mat-form-field class="full">
                <mat-label>{{ i18n.t('facts.statement', { n: i + 1 }) }}</mat-label>
                <textarea
                  matInput
                  rows="3"
                  [id]="'facts-statements-' + i"
                  [formControl]="control"
                ></textarea>
                @if (control.invalid) {
                  <mat-error>{{ problem(control, limits.statement) }}</mat-error>
                }
              </mat-form-field>
              <button mat-button type="button" (click)="remove(statements, i)">
                {{ i18n.t('facts.removeStatement', { n: i + 1 }) }}
              </button>
            </div>
          }
          @if (statements.length < maxEntries.statements) {
            <button mat-stroked-button type="button" (click)="addStatement()">
              {{ i18n.t('facts.addStatement') }}
            </button>
          }
          <div class="row">
            <mat-form-field>
              <mat-label>{{ i18n.t('facts.declarantLanguage') }}</mat-label>
              <input
                matInput
                id="facts-declarantLanguage"
                formControlName="declarantLanguage"
                autocapitalize="off"
                spellcheck="false"
              />
              <mat-hint>{{ i18n.t('facts.declarantLanguageHint') }}</mat-hint>
              @if (form.controls.declarantLanguage.invalid) {
                <mat-error>{{ problem(form.controls.declarantLanguage, 0) }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ i18n.t('facts.interpreterName') }}</mat-label>
              <input matInput id="facts-interpreterName" formControlName="interpreterName" />
              @if (form.controls.interpreterName.invalid) {
                <mat-error>{{ problem(form.controls.interpreterName, limits.name) }}</mat-error>
              }
            </mat-form-field>
          </div>
        </fieldset>

        <fieldset>
          <legend class="form-title">{{ i18n.t('facts.lateFilingReasons') }}</legend>
          <p class="meta">{{ i18n.t('facts.lateFilingReasonsHint') }}</p>
          @for (control of reasons.controls; track $index; let i = $index) {
            <div class="entry">
              <mat-form-field class="full">
                <mat-label>{{ i18n.t('facts.reason', { n: i + 1 }) }}</mat-label>
                <textarea
                  matInput
                  rows="2"
                  [id]="'facts-lateFilingReasons-' + i"
                  [formControl]="control"
                ></textarea>
                @if (control.invalid) {
                  <mat-error>{{ problem(control, limits.reason) }}</mat-error>
                }
              </mat-form-field>
              <button mat-button type="button" (click)="remove(reasons, i)">
                {{ i18n.t('facts.removeReason', { n: i + 1 }) }}
              </button>
            </div>
          }
          @if (reasons.length < maxEntries.lateFilingReasons) {
            <button mat-stroked-button type="button" (click)="addReason()">
              {{ i18n.t('facts.addReason') }}
            </button>
          }
        </fieldset>

        <fieldset>
          <legend class="form-title">{{ i18n.t('facts.authorizedPersons') }}</legend>
          <p class="meta">{{ i18n.t('facts.authorizedPersonsHint') }}</p>
          @for (person of persons.controls; track $index; let i = $index) {
            <div
              class="entry"
              role="group"
              [attr.aria-label]="i18n.t('facts.person', { n: i + 1 })"
            >
              <div class="row">
                <mat-form-field>
                  <mat-label
                    >{{ i18n.t('facts.person', { n: i + 1 }) }} ·
                    {{ i18n.t('facts.personName') }}</mat-label
                  >
                  <input
                    matInput
                    [id]="'facts-authorizedPersons-' + i + '-fullName'"
                    [formControl]="person.controls.fullName"
                  />
                  @if (person.controls.fullName.invalid) {
                    <mat-error>{{ problem(person.controls.fullName, limits.name) }}</mat-error>
                  }
                </mat-form-field>
                <mat-form-field>
                  <mat-label>{{ i18n.t('facts.professionalId') }}</mat-label>
                  <input
                    matInput
                    [id]="'facts-authorizedPersons-' + i + '-professionalId'"
                    [formControl]="person.controls.professionalId"
                  />
                  <mat-hint>{{ i18n.t('facts.professionalIdHint') }}</mat-hint>
                  @if (person.controls.professionalId.invalid) {
                    <mat-error>{{
                      problem(person.controls.professionalId, limits.professionalId)
                    }}</mat-error>
                  }
                </mat-form-field>
              </div>
              <button mat-button type="button" (click)="remove(persons, i)">
                {{ i18n.t('facts.removePerson', { n: i + 1 }) }}
              </button>
            </div>
          }
          @if (persons.length < maxEntries.authorizedPersons) {
            <button mat-stroked-button type="button" (click)="addPerson()">
              {{ i18n.t('facts.addPerson') }}
            </button>
          }
        </fieldset>

        <div role="alert" class="alert-box" [class.shown]="!!conflict() || !!error()">
          @if (conflict(); as theirs) {
            <p data-testid="facts-conflict">
              {{
                i18n.t('facts.conflict', {
                  version: theirs.version,
                  statements: theirs.statements.length,
                  reasons: theirs.lateFilingReasons.length,
                  persons: theirs.authorizedPersons.length,
                })
              }}
            </p>
          } @else if (error(); as failure) {
            <p>{{ i18n.t(failure.key, failure.params) }}</p>
          }
        </div>
        <div role="status" class="ok-box" [class.shown]="!!saved()">
          @if (saved(); as notice) {
            <p>{{ i18n.t(notice.key, notice.params) }}</p>
          }
        </div>
        <div class="buttons">
          <button mat-flat-button type="submit" [disabled]="busy()" data-testid="facts-save">
            {{ i18n.t(busy() ? 'facts.saving' : 'facts.save') }}
          </button>
          @if (conflict(); as theirs) {
            <button mat-button type="button" (click)="fill(theirs)">
              {{ i18n.t('facts.showTheirs') }}
            </button>
          }
          <a mat-button [routerLink]="['/cases', caseId, 'filings']">{{
            i18n.t('facts.backToFilings')
          }}</a>
        </div>
      </form>
    } @else if (facts(); as current) {
      <p class="meta">{{ i18n.t('facts.readOnly') }}</p>
      <h3>{{ i18n.t('facts.facts') }}</h3>
      @if (current.facts.length > 0) {
        <ol data-testid="facts-facts">
          @for (fact of current.facts; track $index) {
            <li>{{ fact }}</li>
          }
        </ol>
      } @else {
        <p>{{ i18n.t('facts.noneListed') }}</p>
      }
      <h3>{{ i18n.t('facts.statements') }}</h3>
      @if (current.statements.length > 0) {
        <ol data-testid="facts-statements">
          @for (statement of current.statements; track $index) {
            <li>{{ statement }}</li>
          }
        </ol>
        @if (current.declarantLanguage || current.interpreterName) {
          <p>
            @if (current.declarantLanguage) {
              {{ i18n.t('facts.declarantLanguage') }}: {{ current.declarantLanguage }}.
            }
            @if (current.interpreterName) {
              {{ i18n.t('facts.interpreterName') }}: {{ current.interpreterName }}.
            }
          </p>
        }
      } @else {
        <p>{{ i18n.t('facts.noneListed') }}</p>
      }
      <h3>{{ i18n.t('facts.lateFilingReasons') }}</h3>
      @if (current.lateFilingReasons.length > 0) {
        <ol>
          @for (reason of current.lateFilingReasons; track $index) {
            <li>{{ reason }}</li>
          }
        </ol>
      } @else {
        <p>{{ i18n.t('facts.noneListed') }}</p>
      }
      <h3>{{ i18n.t('facts.authorizedPersons') }}</h3>
      @if (current.authorizedPersons.length > 0) {
        <ul>
          @for (person of current.authorizedPersons; track $index) {
            <li>
              {{ person.fullName }}
              @if (person.professionalId) {
                ({{ person.professionalId }})
              }
            </li>
          }
        </ul>
      } @else {
        <p>{{ i18n.t('facts.noneListed') }}</p>
      }
    }
  `,
  styles: [
    caseTabStyles,
    caseFormStyles,
    `
      :host {
        display: block;
      }
      fieldset {
        border: 0;
        padding: 0;
        margin: 0 0 16px;
        min-width: 0;
      }
      .entry {
        margin-bottom: 4px;
      }
      .entry > button {
        margin-top: -8px;
      }
      .row mat-form-field {
        flex: 1 1 240px;
      }
      .notes {
        display: flex;
        flex-direction: column;
        gap: 4px;
        margin: 8px 0;
        padding: 8px 12px;
        border-radius: 8px;
        background: var(--mat-sys-surface-container);
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
      }
    `,
  ],
})
export class FilingFactsTab implements OnInit {
  protected readonly i18n = inject(TranslationService);
  private readonly store = inject(CaseStore);
  private readonly api = inject(FilingFactsApi);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly document = inject(DOCUMENT);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly caseId = injectCaseId();
  protected readonly limits = LIMITS;
  protected readonly maxEntries = MAX_ENTRIES;

  /** The facts as the server last answered them. */
  protected readonly facts = signal<FilingFacts | null>(null);
  protected readonly loadError = signal<Notice | null>(null);
  protected readonly error = signal<Notice | null>(null);
  protected readonly saved = signal<Notice | null>(null);
  protected readonly conflict = signal<FilingFacts | null>(null);
  protected readonly busy = signal(false);
  /** The case team with `filings.draft` edits; everyone else who reads the case sees lists. */
  protected readonly editable = computed(() => this.store.canOnCase('filings.draft'));
  protected readonly zone = computed(() => this.store.record()?.timeZone ?? userTimeZone());
  /** A place of detention is asked only while the client is detained. */
  protected readonly detained = computed(() => this.store.record()?.custodyStatus === 'detained');
  protected readonly usCase = computed(() => this.store.record()?.jurisdiction === 'US');
  /** Timeline events with a note, once someone asked to prefill from them (null: not asked). */
  protected readonly notes = signal<TimelineEvent[] | null>(null);
  protected readonly picked = signal<ReadonlySet<string>>(new Set());
  /** The version the next save is based on. */
  private version = 0;

  protected readonly form = this.fb.group({
    facts: this.fb.array<FormControl<string>>([]),
    detentionPlace: this.fb.control('', Validators.maxLength(LIMITS.place)),
    entryPlace: this.fb.control('', Validators.maxLength(LIMITS.name)),
    priorMotionsToReopen: this.fb.control('', [Validators.min(0), Validators.max(99)]),
    finalOrderBy: this.fb.control<'' | 'immigration_judge' | 'bia'>(''),
    feeWaiverRequested: this.fb.control<'' | 'yes' | 'no'>(''),
    statements: this.fb.array<FormControl<string>>([]),
    declarantLanguage: this.fb.control('', Validators.pattern(LANGUAGE_CODE)),
    interpreterName: this.fb.control('', Validators.maxLength(LIMITS.name)),
    lateFilingReasons: this.fb.array<FormControl<string>>([]),
    authorizedPersons: this.fb.array<PersonGroup>([]),
  });
  protected readonly factsList = this.form.controls.facts;
  protected readonly statements = this.form.controls.statements;
  protected readonly reasons = this.form.controls.lateFilingReasons;
  protected readonly persons = this.form.controls.authorizedPersons;

  ngOnInit(): void {
    this.api.get(this.caseId).subscribe({
      next: (facts) => {
        this.facts.set(facts);
        this.fill(facts);
      },
      error: (failure: unknown) => this.loadError.set(errorNotice(failure)),
    });
  }

  protected addFact(value = ''): void {
    this.factsList.push(this.paragraph(value, LIMITS.fact));
    this.focusLast('facts', this.factsList.length - 1);
  }

  /** Loads the timeline's notes (an audited read) for the person to pick from. */
  protected openNotes(): void {
    if (this.notes() !== null) {
      this.notes.set(null);
      return;
    }
    this.api.timeline(this.caseId).subscribe({
      next: (events) => {
        this.picked.set(new Set());
        this.notes.set(events.filter((event) => !!event.note?.trim()));
      },
      error: (failure: unknown) => this.error.set(errorNotice(failure)),
    });
  }

  protected togglePick(id: string): void {
    this.picked.update((picked) => {
      const next = new Set(picked);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  /** Copies each picked note into a fact of its own, for review and editing before saving. */
  protected copyPicked(): void {
    const picked = this.picked();
    const chosen = (this.notes() ?? []).filter((event) => picked.has(event.id));
    for (const event of chosen) {
      if (this.factsList.length >= MAX_ENTRIES.facts) break;
      const text = (event.note ?? '').replace(CONTROL_RUNS, ' ').trim();
      this.factsList.push(this.paragraph(text.slice(0, LIMITS.fact), LIMITS.fact));
      this.factsList.markAsDirty();
    }
    this.notes.set(null);
    this.picked.set(new Set());
    this.focusLast('facts', this.factsList.length - 1);
  }

  protected eventLabel(eventType: string): string {
    return this.store.eventTypeLabel(eventType);
  }

  protected addStatement(value = ''): void {
    this.statements.push(this.paragraph(value, LIMITS.statement));
    this.focusLast('statements', this.statements.length - 1);
  }

  protected addReason(value = ''): void {
    this.reasons.push(this.paragraph(value, LIMITS.reason));
    this.focusLast('lateFilingReasons', this.reasons.length - 1);
  }

  protected addPerson(): void {
    this.persons.push(this.person('', ''));
    this.focusLast('authorizedPersons', this.persons.length - 1, '-fullName');
  }

  protected remove(list: { removeAt(index: number): void }, index: number): void {
    list.removeAt(index);
  }

  /** The message for a control's first problem: the server's words for a 400, else ours. */
  protected problem(control: FormControl<string>, max: number): string {
    const errors = control.errors ?? {};
    if (typeof errors['server'] === 'string') return errors['server'];
    if (errors['required']) return this.i18n.t('facts.required');
    if (errors['maxlength']) return this.i18n.t('facts.tooLong', { max });
    if (errors['pattern']) return this.i18n.t('facts.languageCode');
    return '';
  }

  /** Puts a record in the form (at the start, after a save, or someone else's after a 409). */
  protected fill(facts: FilingFacts): void {
    this.version = facts.version;
    this.conflict.set(null);
    this.factsList.clear();
    for (const fact of facts.facts ?? []) this.factsList.push(this.paragraph(fact, LIMITS.fact));
    this.form.controls.detentionPlace.setValue(facts.detentionPlace ?? '');
    this.form.controls.entryPlace.setValue(facts.entryPlace ?? '');
    this.form.controls.priorMotionsToReopen.setValue(
      facts.priorMotionsToReopen === null || facts.priorMotionsToReopen === undefined
        ? ''
        : String(facts.priorMotionsToReopen),
    );
    this.form.controls.finalOrderBy.setValue(facts.finalOrderBy ?? '');
    this.form.controls.feeWaiverRequested.setValue(
      facts.feeWaiverRequested === true ? 'yes' : facts.feeWaiverRequested === false ? 'no' : '',
    );
    this.statements.clear();
    for (const statement of facts.statements) {
      this.statements.push(this.paragraph(statement, LIMITS.statement));
    }
    this.reasons.clear();
    for (const reason of facts.lateFilingReasons) {
      this.reasons.push(this.paragraph(reason, LIMITS.reason));
    }
    this.persons.clear();
    for (const person of facts.authorizedPersons) {
      this.persons.push(this.person(person.fullName, person.professionalId ?? ''));
    }
    this.form.controls.declarantLanguage.setValue(facts.declarantLanguage ?? '');
    this.form.controls.interpreterName.setValue(facts.interpreterName ?? '');
    this.form.markAsPristine();
    this.form.markAsUntouched();
  }

  protected save(): void {
    if (this.busy()) return;
    this.saved.set(null);
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set({ key: 'facts.invalid' });
      this.focusFirstInvalid();
      return;
    }
    this.busy.set(true);
    this.api.replace(this.caseId, this.body()).subscribe({
      next: (facts) => {
        this.busy.set(false);
        this.facts.set(facts);
        this.fill(facts);
        this.saved.set({ key: 'facts.saved', params: { version: facts.version } });
      },
      error: (failure: unknown) => {
        this.busy.set(false);
        const current = currentRecordOf<FilingFacts>(failure);
        if (current) {
          // Saving again puts the person's change over the newer version, knowingly.
          this.version = current.version;
          this.facts.set(current);
          this.conflict.set(current);
          return;
        }
        if (failure instanceof ApiError && failure.status === 400 && this.markFields(failure)) {
          this.error.set({ key: 'facts.invalid' });
          this.focusFirstInvalid();
          return;
        }
        this.error.set(errorNotice(failure));
      },
    });
  }

  private body(): FilingFactsInput {
    const value = this.form.getRawValue();
    const oneParagraph = (text: string) => text.replace(CONTROL_RUNS, ' ').trim();
    const language = value.declarantLanguage.trim();
    const interpreter = value.interpreterName.trim();
    const place = value.detentionPlace.trim();
    const entryPlace = value.entryPlace.trim();
    const prior = String(value.priorMotionsToReopen ?? '').trim();
    return {
      version: this.version,
      facts: value.facts.map(oneParagraph),
      // Kept as stored while hidden (a released client): the form does not ask for it then.
      ...(place ? { detentionPlace: oneParagraph(place) } : {}),
      ...(entryPlace ? { entryPlace: oneParagraph(entryPlace) } : {}),
      ...(prior ? { priorMotionsToReopen: Number(prior) } : {}),
      ...(value.finalOrderBy ? { finalOrderBy: value.finalOrderBy } : {}),
      ...(value.feeWaiverRequested
        ? { feeWaiverRequested: value.feeWaiverRequested === 'yes' }
        : {}),
      statements: value.statements.map(oneParagraph),
      ...(language ? { declarantLanguage: language } : {}),
      ...(interpreter ? { interpreterName: interpreter } : {}),
      lateFilingReasons: value.lateFilingReasons.map(oneParagraph),
      authorizedPersons: value.authorizedPersons.map((person) => ({
        fullName: person.fullName.trim(),
        ...(person.professionalId.trim() ? { professionalId: person.professionalId.trim() } : {}),
      })),
    };
  }

  /** A 400 names each field (`statements.2`, `authorizedPersons.0.fullName`): marked there. */
  private markFields(failure: ApiError): boolean {
    let marked = false;
    for (const detail of failure.details) {
      if (typeof detail.field !== 'string') continue;
      const control = this.form.get(detail.field);
      if (!control || control === this.form) continue;
      control.setErrors({ ...(control.errors ?? {}), server: detail.message });
      control.markAsTouched();
      marked = true;
    }
    return marked;
  }

  private paragraph(value: string, max: number): FormControl<string> {
    return this.fb.control(value, [Validators.required, blankIsMissing, Validators.maxLength(max)]);
  }

  private person(fullName: string, professionalId: string): PersonGroup {
    return this.fb.group({
      fullName: this.fb.control(fullName, [
        Validators.required,
        blankIsMissing,
        Validators.maxLength(LIMITS.name),
      ]),
      professionalId: this.fb.control(professionalId, Validators.maxLength(LIMITS.professionalId)),
    });
  }

  private focusLast(list: string, index: number, suffix = ''): void {
    setTimeout(() => this.document.getElementById(`facts-${list}-${index}${suffix}`)?.focus());
  }

  private focusFirstInvalid(): void {
    setTimeout(() =>
      this.host.nativeElement
        .querySelector<HTMLElement>('input.ng-invalid, textarea.ng-invalid')
        ?.focus(),
    );
  }
}

/** Only spaces counts as nothing written. */
function blankIsMissing(control: AbstractControl<string>): ValidationErrors | null {
  const value = control.value ?? '';
  return value.length > 0 && value.trim() === '' ? { required: true } : null;
}
