import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  type OnInit,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { catchError, forkJoin, of } from 'rxjs';
import { AuthService, type Permission } from '../../core/auth';
import { errorCode, errorNotice, type Notice } from '../../core/http';
import { type MessageKey, TranslationService } from '../../core/i18n';
import { userTimeZone, ZonedTimeComponent } from '../../core/time';
import { CaseStore } from '../case/case.store';
import { injectCaseId } from '../case-shared/case-id';
import { RiskHistoryComponent } from './risk-history.component';
import { RiskResultComponent } from './risk-result.component';
import { RiskScreeningFormComponent } from './risk-screening-form.component';
import type {
  CaseRiskEscalation,
  CountryProfileResponse,
  RiskAssessment,
  ScreeningInstrument,
} from './risk.models';
import { RiskApi } from './risk.api';
import { levelKeys, RiskVocabulary } from './risk-text';

interface Loaded {
  instrument: ScreeningInstrument;
  profiles: CountryProfileResponse[];
  vocabulary: RiskVocabulary;
}

/**
 * The case's non-refoulement risk: the escalation banner, the latest level with its reasons and
 * pathways, attorney sign-off, the screening stepper (a new version each time) and the history.
 * Only what the person's role may do is offered; the API decides on the case itself.
 */
@Component({
  selector: 'amp-case-risk-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    RiskHistoryComponent,
    RiskResultComponent,
    RiskScreeningFormComponent,
    ZonedTimeComponent,
  ],
  template: `
    @let lang = i18n.language();
    <h2 class="title">{{ i18n.t('risk.title') }}</h2>

    @if (escalation()?.escalation; as e) {
      <section class="banner on-dark" role="alert" data-testid="risk-escalation">
        <h3>{{ i18n.t('risk.escalation.title', { level: i18n.t(levelKeys[e.level]) }) }}</h3>
        <p>{{ i18n.t('risk.escalation.body') }}</p>
        <ul>
          @for (clock of e.clocks; track clock.source) {
            <li>
              {{ clock.text[lang] }}
              @if (clock.until) {
                — {{ i18n.t('risk.escalation.until') }}
                <amp-zoned-time [instant]="clock.until" [zone]="zone()" />
              }
            </li>
          }
        </ul>
      </section>
    }

    <div role="alert" class="error">
      @if (error(); as notice) {
        <p>{{ i18n.t(notice.key, notice.params) }}</p>
        <button mat-button type="button" (click)="load()">{{ i18n.t('risk.retry') }}</button>
      }
    </div>
    <div role="status" class="status">
      @if (notice(); as key) {
        {{ i18n.t(key) }}
      }
    </div>

    @if (data(); as d) {
      @if (editing()) {
        <amp-risk-screening-form
          [caseId]="caseId"
          [instrument]="d.instrument"
          [profiles]="d.profiles"
          [latest]="latest()"
          (saved)="onSaved($event)"
          (cancelled)="editing.set(false)"
        />
      } @else {
        @if (latest(); as a) {
          <section class="card" aria-labelledby="risk-latest-title" data-testid="risk-latest">
            <h3 id="risk-latest-title">
              {{ i18n.t('risk.latest', { version: a.version }) }}
              <amp-zoned-time [instant]="a.createdAt" [zone]="zone()" />
            </h3>
            <amp-risk-result [assessment]="a" [vocabulary]="d.vocabulary" />
            <p class="signoff" data-testid="risk-signoff">
              @if (a.signedOffAt) {
                {{ i18n.t('risk.signedOff') }}
                <amp-zoned-time [instant]="a.signedOffAt" [zone]="zone()" />
              } @else {
                {{ i18n.t('risk.notSignedOff') }}
              }
            </p>
            <div class="actions">
              @if (!a.signedOffAt && may('risk.sign-off')) {
                <button mat-flat-button type="button" [disabled]="busy()" (click)="signOff(a)">
                  {{ i18n.t('risk.signOff') }}
                </button>
              }
              @if (may('risk.record')) {
                <button mat-stroked-button type="button" (click)="startScreening()">
                  {{ i18n.t('risk.update') }}
                </button>
              }
            </div>
          </section>
          <h3>{{ i18n.t('risk.history.title') }}</h3>
          <amp-risk-history [versions]="history()" [zone]="zone()" />
        } @else {
          <section class="card" data-testid="risk-empty">
            <p>{{ i18n.t('risk.empty') }}</p>
            @if (may('risk.record')) {
              <button mat-flat-button type="button" (click)="startScreening()">
                {{ i18n.t('risk.start') }}
              </button>
            }
          </section>
        }
      }
    } @else if (!error()) {
      <p role="status">{{ i18n.t('common.loading') }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
      max-width: 70rem;
    }
    .title {
      font: var(--mat-sys-title-large);
    }
    h3 {
      font: var(--mat-sys-title-medium);
    }
    .banner {
      background: #8c1d18;
      color: #fff;
      border-radius: 12px;
      padding: 8px 16px;
      margin-bottom: 16px;
    }
    .banner h3 {
      margin: 4px 0;
    }
    .card {
      background: var(--mat-sys-surface-container-low);
      border-radius: 12px;
      padding: 8px 16px 16px;
      margin-bottom: 16px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .signoff {
      font: var(--mat-sys-body-medium);
      margin: 16px 0 8px;
    }
    .error:not(:empty) {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      border-radius: 8px;
      padding: 4px 12px;
      margin-bottom: 8px;
    }
    .status:not(:empty) {
      background: var(--mat-sys-secondary-container);
      border-radius: 8px;
      padding: 12px;
      margin-bottom: 8px;
    }
  `,
})
export class CaseRiskPage implements OnInit {
  protected readonly i18n = inject(TranslationService);
  private readonly auth = inject(AuthService);
  /** The case page's state, when shown as its tab: who is on the case team, the forum's zone. */
  private readonly store = inject(CaseStore, { optional: true });
  private readonly api = inject(RiskApi);
  protected readonly caseId = injectCaseId();
  protected readonly levelKeys = levelKeys;

  protected readonly data = signal<Loaded | null>(null);
  protected readonly history = signal<RiskAssessment[]>([]);
  protected readonly escalation = signal<CaseRiskEscalation | null>(null);
  protected readonly latest = computed(() => this.history()[0] ?? null);
  protected readonly editing = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<Notice | null>(null);
  protected readonly notice = signal<MessageKey | null>(null);

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.error.set(null);
    forkJoin({
      instrument: this.api.instrument(),
      profiles: this.api.countryProfiles(),
      history: this.api.history(this.caseId),
    }).subscribe({
      next: ({ instrument, profiles, history }) => {
        this.data.set({
          instrument,
          profiles,
          vocabulary: new RiskVocabulary(instrument, profiles),
        });
        this.history.set(history);
      },
      error: (failure: unknown) => this.error.set(errorNotice(failure)),
    });
    this.loadEscalation();
  }

  protected startScreening(): void {
    this.notice.set(null);
    this.editing.set(true);
  }

  protected onSaved(assessment: RiskAssessment): void {
    this.editing.set(false);
    this.notice.set('risk.saved');
    // The new version's difference is computed by the API: read the history again.
    this.history.update((versions) => [assessment, ...versions]);
    this.api.history(this.caseId).subscribe({
      next: (versions) => this.history.set(versions),
      error: () => undefined,
    });
    this.loadEscalation();
  }

  protected signOff(assessment: RiskAssessment): void {
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    this.api.signOff(assessment.id).subscribe({
      next: (signed) => {
        this.busy.set(false);
        this.history.update((versions) => versions.map((v) => (v.id === signed.id ? signed : v)));
        this.notice.set('risk.signedOffNow');
      },
      error: (failure: unknown) => {
        this.busy.set(false);
        if (errorCode(failure) === 'RISK_ASSESSMENT_ALREADY_SIGNED_OFF') {
          // Signed off meanwhile (another tab, a colleague): show it as it is now.
          this.notice.set('risk.alreadySignedOff');
          this.api.history(this.caseId).subscribe({
            next: (versions) => this.history.set(versions),
            error: (again: unknown) => this.error.set(errorNotice(again)),
          });
        } else {
          this.error.set(errorNotice(failure));
        }
      },
    });
  }

  /** Times on the forum's clock (the user's alongside when it reads differently). */
  protected readonly zone = computed(() => this.store?.record()?.timeZone ?? userTimeZone());

  /** Writing needs the permission and, on the case page, a place on the case team. */
  protected may(permission: Permission): boolean {
    return this.store ? this.store.canOnCase(permission) : this.auth.can(permission);
  }

  private loadEscalation(): void {
    // The banner is extra information: if it cannot be read the rest of the tab still works.
    this.api
      .escalation(this.caseId)
      .pipe(catchError(() => of(null)))
      .subscribe((escalation) => this.escalation.set(escalation));
  }
}
