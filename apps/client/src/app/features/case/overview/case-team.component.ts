import { HttpClient } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  type OnInit,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import type { CaseResponse, OfficeMemberResponse } from '@amparo/contracts';
import { apiBase, currentRecordOf, errorNotice, type Notice } from '../../../core/http';
import { TranslationService } from '../../../core/i18n';
import { CaseApi } from '../case.api';
import { CaseStore } from '../case.store';
import { caseFormStyles } from '../case.styles';

/** The office's members, for those who assign cases (`cases.assign`). */
export const membersUrl = `${apiBase}/supervision/members`;

/**
 * The case's team: who leads it and which paralegals work it. Supervisors see the names and
 * assign; the choice is saved against the case version shown.
 */
@Component({
  selector: 'amp-case-team',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatFormFieldModule, MatSelectModule, ReactiveFormsModule],
  template: `
    <section aria-labelledby="case-team-title" class="card-form">
      <h3 id="case-team-title" class="form-title">{{ i18n.t('case.team.title') }}</h3>
      @if (members(); as members) {
        <p data-testid="case-team-lead">
          {{ i18n.t('case.team.lead', { name: nameOf(store.record()?.leadAttorneyId) }) }}
        </p>
        <p>{{ i18n.t('case.team.paralegals', { names: paralegalNames() }) }}</p>
        <form [formGroup]="form" (ngSubmit)="save()" novalidate [attr.aria-busy]="busy()">
          <div class="row">
            <mat-form-field>
              <mat-label>{{ i18n.t('case.team.leadLabel') }}</mat-label>
              <mat-select formControlName="leadAttorneyId">
                @for (member of attorneys(); track member.id) {
                  <mat-option [value]="member.id">{{ member.name }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ i18n.t('case.team.paralegalsLabel') }}</mat-label>
              <mat-select formControlName="paralegalIds" multiple>
                @for (member of paralegals(); track member.id) {
                  <mat-option [value]="member.id">{{ member.name }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
          </div>
          <div role="alert" class="ok-box" [class.shown]="!!message()">
            @if (message(); as message) {
              {{ i18n.t(message.key, message.params) }}
            }
          </div>
          <button mat-flat-button type="submit" [disabled]="busy()">
            {{ i18n.t('case.team.save') }}
          </button>
        </form>
      } @else if (message(); as message) {
        <p role="alert">{{ i18n.t(message.key, message.params) }}</p>
      } @else {
        <p role="status">{{ i18n.t('common.loading') }}</p>
      }
    </section>
  `,
  styles: [
    caseFormStyles,
    `
      p {
        margin: 4px 0;
      }
    `,
  ],
})
export class CaseTeamComponent implements OnInit {
  protected readonly i18n = inject(TranslationService);
  protected readonly store = inject(CaseStore);
  private readonly api = inject(CaseApi);
  private readonly http = inject(HttpClient);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly members = signal<OfficeMemberResponse[] | null>(null);
  protected readonly busy = signal(false);
  protected readonly message = signal<Notice | null>(null);

  protected readonly attorneys = computed(() =>
    (this.members() ?? []).filter((m) => !m.disabled && m.roles.includes('attorney')),
  );
  protected readonly paralegals = computed(() =>
    (this.members() ?? []).filter((m) => !m.disabled && m.roles.includes('paralegal')),
  );
  protected readonly paralegalNames = computed(() => {
    const ids = this.store.record()?.paralegalIds ?? [];
    return ids.length ? ids.map((id) => this.nameOf(id)).join(', ') : this.i18n.t('case.team.none');
  });

  protected readonly form = this.fb.group({
    leadAttorneyId: [''],
    paralegalIds: this.fb.control<string[]>([]),
  });

  ngOnInit(): void {
    this.http.get<OfficeMemberResponse[]>(membersUrl).subscribe({
      next: (members) => {
        this.members.set(members);
        const record = this.store.record();
        if (record) this.show(record);
      },
      error: (failure: unknown) => this.message.set(errorNotice(failure)),
    });
  }

  protected nameOf(id: string | null | undefined): string {
    if (!id) return this.i18n.t('case.team.none');
    return (
      this.members()?.find((member) => member.id === id)?.name ?? this.i18n.t('case.team.unknown')
    );
  }

  protected save(): void {
    const record = this.store.record();
    if (!record || this.busy()) return;
    const { leadAttorneyId, paralegalIds } = this.form.getRawValue();
    this.busy.set(true);
    this.message.set(null);
    this.api
      .assign(record.id, {
        ...(leadAttorneyId ? { leadAttorneyId } : {}),
        paralegalIds,
        version: record.version,
      })
      .subscribe({
        next: (updated) => {
          this.busy.set(false);
          this.store.record.set(updated);
          this.show(updated);
          this.message.set({ key: 'case.team.saved' });
        },
        error: (failure: unknown) => {
          this.busy.set(false);
          const current = currentRecordOf<CaseResponse>(failure);
          if (current) {
            // The team shown above is now the current one; the choice stays to save again.
            this.store.record.set(current);
            this.message.set({ key: 'case.team.conflict' });
            return;
          }
          this.message.set(errorNotice(failure));
        },
      });
  }

  private show(record: CaseResponse): void {
    this.form.setValue({
      leadAttorneyId: record.leadAttorneyId ?? '',
      paralegalIds: [...record.paralegalIds],
    });
  }
}
