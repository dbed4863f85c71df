import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { NgTemplateOutlet } from '@angular/common';
import { RouterLink } from '@angular/router';
import type {
  ArrangementInForce,
  CartagenaGround,
  ForumCartagenaGround,
  SourceStatus,
} from '@amparo/domain';
import { AuthService } from '../../core/auth';
import {
  currentRecordOf,
  errorCode,
  errorNotice,
  type ApiError,
  type Notice,
} from '../../core/http';
import { type MessageKey, TranslationService } from '../../core/i18n';
import { routeUrls } from '../../route-paths';
import { OfficeDirectory } from './office-directory';
import { SupervisionApi } from './supervision.api';
import {
  type CountryProfile,
  type CountryProfileView,
  supervisionErrorCodes,
} from './supervision.models';
import { supervisionStyles } from './supervision.styles';

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const SOURCE_STATUSES = ['verified', 'secondary', 'unverified', 'not-found'] as const;

/** The editable part of a profile: the advice on returns, third-country facts, notes, review. */
function editForm() {
  const text = (required = true) =>
    new FormControl('', { nonNullable: true, validators: required ? Validators.required : [] });
  return new FormGroup({
    advisedAgainst: new FormControl(false, { nonNullable: true }),
    since: new FormControl('', { nonNullable: true, validators: Validators.pattern(PARTIAL_DATE) }),
    citationId: new FormControl('', { nonNullable: true }),
    returnsNoteEn: text(),
    returnsNoteEs: text(),
    receivesOtherNationals: new FormControl(false, { nonNullable: true }),
    thirdStatus: new FormControl<(typeof SOURCE_STATUSES)[number]>('unverified', {
      nonNullable: true,
    }),
    thirdNoteEn: text(),
    thirdNoteEs: text(),
    guidanceNoteEn: text(),
    guidanceNoteEs: text(),
    reviewedOn: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(PARTIAL_DATE)],
    }),
  });
}
type EditForm = ReturnType<typeof editForm>;

/**
 * One country's reference data with its citations and dates, the explicit "guidance not found",
 * whether returns are advised against and third-country arrangements. Supervisors edit the parts
 * an office updates most (advice, arrangements, notes, review date) or return to the shipped
 * reference; a concurrent edit is a 409 that shows the newer version and keeps theirs to retry.
 */
@Component({
  selector: 'amp-country-profile-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    NgTemplateOutlet,
    ReactiveFormsModule,
    RouterLink,
  ],
  templateUrl: './country-profile.page.html',
  styles: `
    ${supervisionStyles}
    h3 {
      font: var(--mat-sys-title-medium);
      margin-block: 20px 4px;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 16px;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
    .guidance li {
      margin-bottom: 8px;
    }
    form {
      display: grid;
      gap: 4px 16px;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 280px), 1fr));
    }
    form .full {
      grid-column: 1 / -1;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    @media (max-width: 599.98px) {
      dl {
        grid-template-columns: 1fr;
      }
    }
  `,
})
export class CountryProfilePage {
  protected readonly i18n = inject(TranslationService);
  private readonly api = inject(SupervisionApi);
  private readonly directory = inject(OfficeDirectory);
  protected readonly auth = inject(AuthService);

  /** The ISO code from the address (`/supervision/country-profiles/:code`). */
  readonly code = input.required<string>();

  protected readonly backLink = routeUrls.supervisionCountries;
  protected readonly statuses = SOURCE_STATUSES;
  protected readonly statusKeys = {
    verified: 'supervision.countries.status.verified',
    secondary: 'supervision.countries.status.secondary',
    unverified: 'supervision.countries.status.unverified',
    'not-found': 'supervision.countries.status.notFound',
  } as const;
  protected readonly inForceKeys = {
    yes: 'supervision.countries.inForce.yes',
    no: 'supervision.countries.inForce.no',
    unknown: 'supervision.countries.inForce.unknown',
  } as const satisfies Record<ArrangementInForce, MessageKey>;
  protected readonly groundKeys = {
    'generalized-violence': 'supervision.countries.ground.generalized-violence',
    'foreign-aggression': 'supervision.countries.ground.foreign-aggression',
    'internal-conflict': 'supervision.countries.ground.internal-conflict',
    'massive-human-rights-violations':
      'supervision.countries.ground.massive-human-rights-violations',
    'public-order-disturbance': 'supervision.countries.ground.public-order-disturbance',
  } as const satisfies Record<CartagenaGround, MessageKey>;
  protected readonly groundAppliesKeys = {
    yes: 'supervision.countries.groundApplies.yes',
    no: 'supervision.countries.groundApplies.no',
    'not-verified': 'supervision.countries.groundApplies.not-verified',
  } as const satisfies Record<ForumCartagenaGround['applies'], MessageKey>;
  protected readonly cartagenaKeys = {
    yes: 'supervision.countries.yes',
    partly: 'supervision.countries.partly',
    no: 'supervision.countries.no',
    'not-verified': 'supervision.countries.notVerified',
  } as const;
  protected readonly item = signal<CountryProfileView | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<Notice | null>(null);
  protected readonly problems = signal<readonly { field: string; message: string }[]>([]);
  protected readonly done = signal<Notice | null>(null);
  protected readonly editing = signal(false);
  protected readonly sending = signal(false);
  protected readonly confirmRevert = signal(false);
  /** A newer version arrived by a 409 while editing: the form keeps the person's edit. */
  protected readonly conflict = signal(false);
  protected readonly form: EditForm = editForm();

  constructor() {
    effect(() => {
      const code = this.code();
      untracked(() => this.load(code));
    });
  }

  private load(code: string): void {
    this.loading.set(true);
    this.api.profile(code).subscribe({
      next: (item) => {
        this.item.set(item);
        this.loading.set(false);
      },
      error: (failure: unknown) => {
        this.loading.set(false);
        this.error.set(errorNotice(failure));
      },
    });
  }

  /** An office copy saved before sources were recorded says so rather than implying one. */
  protected statusOf(status: SourceStatus | undefined): MessageKey {
    return status ? this.statusKeys[status] : 'supervision.countries.sourceNotRecorded';
  }

  protected text(value: { en: string; es: string }): string {
    return value[this.i18n.language()];
  }

  protected citationLabel(profile: CountryProfile, id: string | undefined): string {
    const cited = profile.guidance.find((g) => g.id === id);
    return cited ? `${cited.issuer}, ${cited.title} (${cited.date})` : '';
  }

  protected updatedBy(item: CountryProfileView): string {
    return this.directory.nameOf(item.updatedBy) ?? this.i18n.t('supervision.someone');
  }

  protected when(iso: string): string {
    return this.i18n.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });
  }

  protected startEdit(): void {
    const item = this.item();
    if (!item) return;
    this.fill(item.profile);
    this.conflict.set(false);
    this.problems.set([]);
    this.done.set(null);
    this.editing.set(true);
  }

  protected cancel(): void {
    this.editing.set(false);
    this.conflict.set(false);
    this.problems.set([]);
    this.error.set(null);
  }

  protected save(): void {
    const item = this.item();
    this.form.markAllAsTouched();
    if (!item || this.form.invalid || this.sending()) return;
    this.sending.set(true);
    this.error.set(null);
    this.problems.set([]);
    this.api.saveProfile(item.code, item.version, this.edited(item.profile)).subscribe({
      next: (saved) => {
        this.sending.set(false);
        this.item.set(saved);
        this.editing.set(false);
        this.conflict.set(false);
        this.done.set({ key: 'supervision.countries.saved', params: { version: saved.version } });
      },
      error: (failure: unknown) => this.failed(failure),
    });
  }

  protected revert(): void {
    const item = this.item();
    if (!item) return;
    if (!this.confirmRevert()) {
      this.confirmRevert.set(true);
      return;
    }
    this.confirmRevert.set(false);
    this.sending.set(true);
    this.error.set(null);
    this.api.revertProfile(item.code).subscribe({
      next: (reverted) => {
        this.sending.set(false);
        this.item.set(reverted);
        this.editing.set(false);
        this.done.set({ key: 'supervision.countries.reverted' });
      },
      error: (failure: unknown) => this.failed(failure),
    });
  }

  private failed(failure: unknown): void {
    this.sending.set(false);
    const code = errorCode(failure);
    if (code === supervisionErrorCodes.profileConflict) {
      const current = currentRecordOf<CountryProfileView>(failure);
      // Show what the other person saved; the form keeps this person's edit to save over it.
      if (current) this.item.set(current);
      this.conflict.set(true);
      this.error.set({ key: 'supervision.countries.conflict' });
      return;
    }
    if (code === supervisionErrorCodes.profileInvalid) {
      this.problems.set(
        (failure as ApiError).details.map((d) => ({ field: d.field ?? '', message: d.message })),
      );
      this.error.set({ key: 'supervision.countries.invalid' });
      return;
    }
    this.error.set(errorNotice(failure));
  }

  private fill(profile: CountryProfile): void {
    this.form.setValue({
      advisedAgainst: profile.returns.advisedAgainst,
      since: profile.returns.since ?? '',
      citationId: profile.returns.citationId ?? '',
      returnsNoteEn: profile.returns.note.en,
      returnsNoteEs: profile.returns.note.es,
      receivesOtherNationals: profile.thirdCountryArrangement.receivesOtherNationals,
      thirdStatus: profile.thirdCountryArrangement.status,
      thirdNoteEn: profile.thirdCountryArrangement.note.en,
      thirdNoteEs: profile.thirdCountryArrangement.note.es,
      guidanceNoteEn: profile.guidanceNote.en,
      guidanceNoteEs: profile.guidanceNote.es,
      reviewedOn: profile.reviewedOn,
    });
  }

  /** The whole profile the API expects: the one read, with the edited parts replaced. */
  private edited(profile: CountryProfile): CountryProfile {
    const v = this.form.getRawValue();
    const {
      since: _since,
      citationId: _citation,
      status: _status,
      sourceUrl: _url,
      excerpt: _excerpt,
      ...returnsRest
    } = profile.returns;
    const returns = {
      ...returnsRest,
      advisedAgainst: v.advisedAgainst,
      ...(v.since.trim() ? { since: v.since.trim() } : {}),
      ...(v.citationId ? { citationId: v.citationId } : {}),
      note: { en: v.returnsNoteEn.trim(), es: v.returnsNoteEs.trim() },
    };
    const sameClaim =
      returns.advisedAgainst === profile.returns.advisedAgainst &&
      returns.since === profile.returns.since &&
      returns.citationId === profile.returns.citationId &&
      returns.note.en === profile.returns.note.en &&
      returns.note.es === profile.returns.note.es;
    return {
      ...profile,
      // A changed advice is the office's own claim: the reference's source no longer backs it.
      returns: sameClaim ? profile.returns : returns,
      thirdCountryArrangement: {
        ...profile.thirdCountryArrangement,
        receivesOtherNationals: v.receivesOtherNationals,
        status: v.thirdStatus,
        note: { en: v.thirdNoteEn.trim(), es: v.thirdNoteEs.trim() },
      },
      guidanceNote: { en: v.guidanceNoteEn.trim(), es: v.guidanceNoteEs.trim() },
      reviewedOn: v.reviewedOn.trim(),
      // Who reviewed this copy: the supervisor saving it.
      reviewedBy: this.auth.user()?.name ?? profile.reviewedBy,
    };
  }
}
