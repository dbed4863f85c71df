import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type {
  CaseDerivativeResponse,
  ClientSearchResult,
  DerivativeRelationship,
} from '@amparo/contracts';
import { errorNotice, type Notice } from '../../../core/http';
import { type MessageKey, TranslationService } from '../../../core/i18n';
import { CaseStore } from '../case.store';
import { caseFormStyles, caseTabStyles } from '../case.styles';
import { relationshipKeys, relationships } from './client-fields';
import { PersonApi } from './person.api';

/**
 * Family members taking part in the case through its client (a spouse, children). The case's team
 * finds a person already taken in by name (only people they may read are listed) and adds them,
 * and removes the link (never the record).
 */
@Component({
  selector: 'amp-case-derivatives',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
  ],
  template: `
    <section aria-labelledby="derivatives-title" data-testid="case-derivatives">
      <h2 id="derivatives-title">{{ i18n.t('person.derivatives.title') }}</h2>
      @if (loadError(); as error) {
        <p class="error" role="alert">{{ i18n.t(error.key, error.params) }}</p>
      } @else if (list(); as members) {
        @if (members.length === 0) {
          <p class="meta">{{ i18n.t('person.derivatives.none') }}</p>
        } @else {
          <ul class="plain-list members">
            @for (member of members; track member.clientId) {
              <li data-testid="case-derivative">
                <span>
                  <strong>{{ name(member) }}</strong>
                  — {{ i18n.t(relationshipKeys[member.relationship]) }}
                  @if (member.birthDate) {
                    <span class="meta">
                      ·
                      {{
                        i18n.t('person.derivatives.born', { date: born(member.birthDate) })
                      }}</span
                    >
                  }
                </span>
                @if (canEdit()) {
                  <button
                    mat-button
                    type="button"
                    [disabled]="busy()"
                    (click)="remove(member)"
                    [attr.aria-label]="i18n.t('person.derivatives.remove', { name: name(member) })"
                  >
                    {{ i18n.t('person.derivatives.removeButton') }}
                  </button>
                }
              </li>
            }
          </ul>
        }
      } @else {
        <p role="status">{{ i18n.t('common.loading') }}</p>
      }
      <div role="status" class="status-note">
        @if (notice(); as notice) {
          {{ i18n.t(notice.key, { name: notice.name }) }}
        }
      </div>
      @if (canEdit()) {
        <form class="card-form" [formGroup]="form" (ngSubmit)="add()" novalidate>
          <h3 class="form-title">{{ i18n.t('person.derivatives.add') }}</h3>
          <div class="row">
            <mat-form-field>
              <mat-label>{{ i18n.t('person.derivatives.search') }}</mat-label>
              <input
                matInput
                formControlName="query"
                autocomplete="off"
                data-testid="derivative-search"
                (keydown.enter)="$event.preventDefault(); find()"
              />
              <mat-hint>{{ i18n.t('person.derivatives.searchHint') }}</mat-hint>
            </mat-form-field>
            <button
              mat-stroked-button
              type="button"
              [disabled]="searching()"
              (click)="find()"
              data-testid="derivative-find"
            >
              {{ i18n.t('person.derivatives.find') }}
            </button>
          </div>
          @if (found(); as people) {
            @if (people.length === 0) {
              <p class="meta" role="status">{{ i18n.t('person.derivatives.noMatch') }}</p>
            }
          }
          <div class="row">
            <mat-form-field>
              <mat-label>{{ i18n.t('person.derivatives.person') }}</mat-label>
              <mat-select formControlName="clientId" data-testid="derivative-person">
                @for (person of found() ?? []; track person.clientId) {
                  <mat-option [value]="person.clientId">{{ label(person) }}</mat-option>
                }
              </mat-select>
              @if (form.controls.clientId.touched && form.controls.clientId.invalid) {
                <mat-error>{{ i18n.t('person.derivatives.choosePerson') }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ i18n.t('person.derivatives.relationship') }}</mat-label>
              <mat-select formControlName="relationship" data-testid="derivative-relationship">
                @for (value of relationshipValues; track value) {
                  <mat-option [value]="value">{{ i18n.t(relationshipKeys[value]) }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
          </div>
          <div role="alert" class="alert-box" [class.shown]="!!error()">
            @if (error(); as error) {
              <p>{{ i18n.t(error.key, error.params) }}</p>
            }
          </div>
          <button mat-flat-button type="submit" [disabled]="busy()">
            {{ i18n.t('person.derivatives.add') }}
          </button>
        </form>
      }
    </section>
  `,
  styles: [
    caseTabStyles,
    caseFormStyles,
    `
      section {
        margin-top: 24px;
      }
      .members li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 4px 8px;
        padding: 6px 0;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
        max-width: 760px;
      }
    `,
  ],
})
export class DerivativesComponent {
  protected readonly i18n = inject(TranslationService);
  private readonly store = inject(CaseStore);
  private readonly api = inject(PersonApi);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly relationshipKeys = relationshipKeys;
  protected readonly relationshipValues = relationships;

  protected readonly list = signal<CaseDerivativeResponse[] | null>(null);
  protected readonly loadError = signal<Notice | null>(null);
  protected readonly error = signal<Notice | null>(null);
  protected readonly notice = signal<{ key: MessageKey; name: string } | null>(null);
  protected readonly busy = signal(false);
  protected readonly canEdit = computed(() => this.store.canOnCase('cases.edit'));

  protected readonly form = this.fb.group({
    query: ['', Validators.maxLength(200)],
    clientId: ['', Validators.required],
    relationship: this.fb.control<DerivativeRelationship>('child'),
  });
  /** The people the last search found; null before any search. */
  protected readonly found = signal<ClientSearchResult[] | null>(null);
  protected readonly searching = signal(false);

  constructor() {
    effect(() => {
      const caseId = this.store.caseId();
      if (caseId) untracked(() => this.load(caseId));
    });
  }

  protected name(member: CaseDerivativeResponse): string {
    return `${member.givenNames} ${member.familyNames}`.trim();
  }

  protected born(date: string): string {
    return this.i18n.formatDate(`${date}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });
  }

  /** "Luis Castañeda · born Apr 2, 2015": enough to tell two people of the same name apart. */
  protected label(person: ClientSearchResult): string {
    const name = `${person.givenNames} ${person.familyNames}`.trim();
    return person.birthDate
      ? `${name} · ${this.i18n.t('person.derivatives.born', { date: this.born(person.birthDate) })}`
      : name;
  }

  protected find(): void {
    const query = this.form.controls.query.value.trim();
    if (query.length < 2 || this.searching()) return;
    this.searching.set(true);
    this.error.set(null);
    this.api.searchPeople(query).subscribe({
      next: (people) => {
        this.searching.set(false);
        this.found.set(people);
        this.form.controls.clientId.setValue(people.length === 1 ? people[0].clientId : '');
      },
      error: (failure: unknown) => {
        this.searching.set(false);
        this.error.set(errorNotice(failure));
      },
    });
  }

  protected add(): void {
    const caseId = this.store.caseId();
    if (!caseId || this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { clientId, relationship } = this.form.getRawValue();
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    this.api.addDerivative(caseId, { clientId, relationship }).subscribe({
      next: (member) => {
        this.busy.set(false);
        this.list.update((list) => [...(list ?? []), member]);
        this.form.reset();
        this.found.set(null);
        this.notice.set({ key: 'person.derivatives.added', name: this.name(member) });
      },
      error: (failure: unknown) => {
        this.busy.set(false);
        this.error.set(errorNotice(failure));
      },
    });
  }

  protected remove(member: CaseDerivativeResponse): void {
    const caseId = this.store.caseId();
    if (!caseId || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    this.api.removeDerivative(caseId, member.clientId).subscribe({
      next: () => {
        this.busy.set(false);
        this.list.update((list) => (list ?? []).filter((m) => m.clientId !== member.clientId));
        this.notice.set({ key: 'person.derivatives.removed', name: this.name(member) });
      },
      error: (failure: unknown) => {
        this.busy.set(false);
        this.error.set(errorNotice(failure));
      },
    });
  }

  private load(caseId: string): void {
    this.loadError.set(null);
    this.api.derivatives(caseId).subscribe({
      next: (list) => this.list.set(list),
      error: (failure: unknown) => this.loadError.set(errorNotice(failure)),
    });
  }
}
