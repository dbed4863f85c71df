import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  type OnInit,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { forkJoin } from 'rxjs';
import { AuthService, type Permission } from '../../core/auth';
import { ApiError, errorNotice, type Notice } from '../../core/http';
import { type MessageKey, TranslationService } from '../../core/i18n';
import { userTimeZone, ZonedTimeComponent } from '../../core/time';
import { CaseStore } from '../case/case.store';
import { injectCaseId } from '../case-shared/case-id';
import { FilingChoiceComponent, languageFor, type TypedDetail } from './filing-choice.component';
import { FilingsApi } from './filings.api';
import type {
  CaseSummary,
  Filing,
  FilingLanguage,
  FilingStatus,
  FilingTemplate,
  MissingItem,
} from './filings.models';
import {
  type DetailKey,
  detailFieldOf,
  detailsBody,
  detailsText,
  detailsNeeded,
  sectionKeys,
  sectionTabs,
} from './missing-data';
import { PdfPreviewComponent } from './pdf-preview.component';

const statusKeys = {
  draft: 'filings.status.draft',
  approved: 'filings.status.approved',
  filed: 'filings.status.filed',
  served: 'filings.status.served',
} as const satisfies Record<FilingStatus, MessageKey>;

/**
 * The case's filings: choose a template (and its language where it has two), add what the case
 * does not hold yet, generate; a 422 lists every missing item with a way to where it is entered.
 * Every version is listed with its status and SHA-256; a PDF is previewed in the page, downloaded,
 * approved (an attorney of the case, or a supervisor), then marked filed (attorneys) and served. A
 * draft whose risk text came from an unsigned assessment says so instead of offering approval.
 */
@Component({
  selector: 'amp-case-filings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FilingChoiceComponent,
    MatButtonModule,
    PdfPreviewComponent,
    RouterLink,
    ZonedTimeComponent,
  ],
  template: `
    <h2 class="title">{{ i18n.t('filings.title') }}</h2>
    <div role="alert" class="error">
      @if (error(); as notice) {
        {{ i18n.t(notice.key, notice.params) }}
      }
    </div>
    <div role="status" class="status">
      @if (notice(); as n) {
        {{ i18n.t(n.key, n.params) }}
      }
    </div>

    @if (may('filings.draft') && templates().length > 0) {
      <section class="card" aria-labelledby="filings-new-title">
        <h3 id="filings-new-title">{{ i18n.t('filings.new') }}</h3>
        <amp-filing-choice
          [templates]="templates()"
          [templateId]="templateId()"
          [language]="language()"
          [details]="details()"
          [omit]="omitted()"
          (templatePicked)="chooseTemplate($event)"
          (languagePicked)="language.set($event)"
          (detailTyped)="setDetail($event)"
        />
        @if (fromCase().length > 0) {
          <div class="uses" data-testid="filing-uses">
            <p>{{ i18n.t('filings.usesIntro') }}</p>
            <ul>
              @for (item of fromCase(); track item.field) {
                <li>{{ labelOf(item) }} — {{ i18n.t(sectionKey(item.section)) }}</li>
              }
            </ul>
          </div>
        }
        @if (template()) {
          <button
            mat-flat-button
            type="button"
            [disabled]="busy()"
            (click)="generate()"
            data-testid="filing-generate"
          >
            {{ i18n.t(busy() ? 'filings.generating' : 'filings.generate') }}
          </button>
        }

        @if (missing().length > 0) {
          <div class="missing" role="alert" data-testid="filing-missing">
            <p>{{ i18n.t('filings.missingIntro', { count: missing().length }) }}</p>
            <ul>
              @for (item of missing(); track item.field) {
                <li>
                  <strong>{{ labelOf(item) }}</strong> — {{ i18n.t(sectionKey(item.section)) }}:
                  @if (detailOf(item); as key) {
                    <button mat-button type="button" (click)="focusDetail(key)">
                      {{ i18n.t('filings.fillHere') }}
                    </button>
                  } @else if (tabOf(item); as tab) {
                    <a [routerLink]="['/cases', caseId, tab]">{{ i18n.t('filings.goTo') }}</a>
                  } @else if (item.section === 'organization' && auth.can('organization.manage')) {
                    <a routerLink="/admin/settings">{{ i18n.t('filings.goTo') }}</a>
                  } @else {
                    {{
                      i18n.t(
                        item.section === 'organization' ? 'filings.askAdmin' : 'filings.notInApp'
                      )
                    }}
                  }
                </li>
              }
            </ul>
          </div>
        }
      </section>
    }

    <h3>{{ i18n.t('filings.list') }}</h3>
    @if (loaded() && filings().length === 0) {
      <p data-testid="filings-empty">{{ i18n.t('filings.none') }}</p>
    }
    <ul class="filings" data-testid="filings-list">
      @for (f of filings(); track f.id) {
        <li class="card" [attr.data-filing]="f.id">
          <h4>{{ f.title }} · {{ i18n.t('filings.version', { version: f.filingVersion }) }}</h4>
          <p>
            <span class="status-tag" [class]="'status-tag ' + f.status">{{
              i18n.t(statusKeys[f.status])
            }}</span>
            {{ i18n.t(languageKeys[f.language]) }} ·
            {{ i18n.t('filings.pages', { pages: f.pageCount }) }} ·
            {{ i18n.formatNumber(f.byteSize / 1024, { maximumFractionDigits: 1 }) }} KB ·
            <amp-zoned-time [instant]="f.createdAt" [zone]="zone()" />
          </p>
          @if (f.approvedAt) {
            <p>
              {{ i18n.t('filings.approvedAt') }}
              <amp-zoned-time [instant]="f.approvedAt" [zone]="zone()" />
            </p>
          }
          @if (f.status === 'draft' && f.riskSignedOff === false) {
            <p class="bad" data-testid="filing-risk-unsigned">
              {{ i18n.t('filings.riskUnsigned') }}
              <a [routerLink]="['/cases', caseId, 'risk']">{{ i18n.t('filings.goTo') }}</a>
            </p>
          }
          @if (f.filedAt) {
            <p>
              {{ i18n.t('filings.filedAt') }}
              <amp-zoned-time [instant]="f.filedAt" [zone]="zone()" />
            </p>
          }
          @if (f.servedAt) {
            <p>
              {{ i18n.t('filings.servedAt') }}
              <amp-zoned-time [instant]="f.servedAt" [zone]="zone()" />
            </p>
          }
          <p class="hash">
            SHA-256: <code>{{ f.sha256 }}</code>
            @if (verified()[f.id] === true) {
              <span> ✓ {{ i18n.t('filings.verified') }}</span>
            } @else if (verified()[f.id] === false) {
              <span class="bad">{{ i18n.t('filings.notVerified') }}</span>
            }
          </p>
          <div class="actions">
            @if (auth.can('filings.download')) {
              <button
                mat-stroked-button
                type="button"
                (click)="preview(f)"
                [attr.aria-expanded]="previewing()?.id === f.id"
              >
                {{ i18n.t('filings.preview') }}
              </button>
              <button mat-stroked-button type="button" (click)="download(f)">
                {{ i18n.t('filings.download') }}
              </button>
            }
            @if (f.status === 'draft' && f.riskSignedOff !== false && mayApprove()) {
              <button
                mat-flat-button
                type="button"
                [disabled]="busy()"
                (click)="approve(f)"
                data-testid="filing-approve"
              >
                {{ i18n.t('filings.approve') }}
              </button>
            }
            @if (f.status === 'approved' && may('filings.mark-filed')) {
              <button mat-flat-button type="button" [disabled]="busy()" (click)="markFiled(f)">
                {{ i18n.t('filings.markFiled') }}
              </button>
            }
            @if (f.status === 'filed' && may('filings.draft')) {
              <button mat-flat-button type="button" [disabled]="busy()" (click)="markServed(f)">
                {{ i18n.t('filings.markServed') }}
              </button>
            }
          </div>
          @if (previewing()?.id === f.id && previewBytes(); as bytes) {
            <amp-pdf-preview [bytes]="bytes" [title]="f.title" />
          }
        </li>
      }
    </ul>
  `,
  styles: `
    :host {
      display: block;
      max-width: 70rem;
    }
    .title {
      font: var(--mat-sys-title-large);
    }
    .card {
      background: var(--mat-sys-surface-container-low);
      border-radius: 12px;
      padding: 8px 16px 16px;
      margin-bottom: 16px;
    }
    .filings {
      list-style: none;
      padding: 0;
    }
    .hash code {
      word-break: break-all;
      font-size: 0.8rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-bottom: 8px;
    }
    .status-tag {
      font-weight: 600;
      text-transform: uppercase;
    }
    .uses {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .missing,
    .error:not(:empty),
    .bad {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      border-radius: 8px;
      padding: 4px 12px;
      margin: 8px 0;
    }
    .status:not(:empty) {
      background: var(--mat-sys-secondary-container);
      border-radius: 8px;
      padding: 12px;
      margin-bottom: 8px;
    }
  `,
})
export class CaseFilingsPage implements OnInit {
  protected readonly i18n = inject(TranslationService);
  protected readonly auth = inject(AuthService);
  /** The case page's state, when shown as its tab: who is on the case team. */
  private readonly store = inject(CaseStore, { optional: true });
  private readonly api = inject(FilingsApi);
  private readonly document = inject(DOCUMENT);
  protected readonly caseId = injectCaseId();
  protected readonly statusKeys = statusKeys;
  protected readonly languageKeys = {
    es: 'filings.language.es',
    en: 'filings.language.en',
  } as const satisfies Record<FilingLanguage, MessageKey>;

  protected readonly caseSummary = signal<CaseSummary | null>(null);
  private readonly allTemplates = signal<FilingTemplate[]>([]);
  /** Templates for the case's jurisdiction, and those for any forum. */
  protected readonly templates = computed(() => {
    const jurisdiction = this.caseSummary()?.jurisdiction;
    return this.allTemplates().filter(
      (t) => t.jurisdiction === jurisdiction || !['PE', 'MX', 'US'].includes(t.jurisdiction),
    );
  });
  protected readonly templateId = signal<string | null>(null);
  protected readonly template = computed(
    () => this.templates().find((t) => t.id === this.templateId()) ?? null,
  );
  protected readonly language = signal<FilingLanguage>('es');
  protected readonly details = signal<Partial<Record<DetailKey, string>>>({});
  /** Not asked for this case: a released client's place of detention. */
  protected readonly omitted = computed<DetailKey[]>(() =>
    this.caseSummary()?.custodyStatus === 'detained' ? [] : ['detentionPlace'],
  );
  /** The detail fields the chosen template needs in the chosen language, typed on this form. */
  protected readonly detailsShown = computed<DetailKey[]>(() =>
    detailsNeeded(this.template(), this.language()).filter((key) => !this.omitted().includes(key)),
  );
  /** Everything else the template needs, up front: what the case's records must hold. */
  protected readonly fromCase = computed<MissingItem[]>(() => {
    const typedHere = new Set<string>(this.detailsShown());
    return (this.template()?.requiredData[this.language()] ?? []).filter(
      (item) => !typedHere.has(detailFieldOf[item.field] ?? ''),
    );
  });

  protected readonly filings = signal<Filing[]>([]);
  protected readonly loaded = signal(false);
  protected readonly missing = signal<MissingItem[]>([]);
  protected readonly busy = signal(false);
  protected readonly error = signal<Notice | null>(null);
  protected readonly notice = signal<Notice | null>(null);
  protected readonly previewing = signal<Filing | null>(null);
  protected readonly previewBytes = signal<ArrayBuffer | null>(null);
  protected readonly verified = signal<Record<string, boolean>>({});

  ngOnInit(): void {
    forkJoin({
      summary: this.api.caseSummary(this.caseId),
      templates: this.api.templates(),
      filings: this.api.list(this.caseId),
      kept: this.api.keptDetails(this.caseId),
    }).subscribe({
      next: ({ summary, templates, filings, kept }) => {
        this.caseSummary.set(summary);
        // What earlier generations were given: a second version needs no retyping.
        this.details.set(detailsText(kept.details));
        this.allTemplates.set(templates);
        this.filings.set(sortFilings(filings));
        this.loaded.set(true);
      },
      error: (failure: unknown) => this.error.set(errorNotice(failure)),
    });
  }

  protected chooseTemplate(id: string): void {
    this.templateId.set(id);
    this.missing.set([]);
    const t = this.templates().find((candidate) => candidate.id === id);
    if (t) this.language.set(languageFor(t, this.i18n.language()));
  }

  protected setDetail({ key, value }: TypedDetail): void {
    this.details.update((details) => ({ ...details, [key]: value }));
  }

  protected sectionKey(section: string): MessageKey {
    return sectionKeys[section] ?? 'filings.section.other';
  }

  /** A field's label in the language of the screen, whatever the template's language. */
  protected labelOf(item: MissingItem): string {
    return this.template()?.fieldLabels?.[item.field]?.[this.i18n.language()] ?? item.label;
  }

  protected detailOf(item: MissingItem): DetailKey | null {
    const key = detailFieldOf[item.field] as DetailKey | undefined;
    return key && this.detailsShown().includes(key) ? key : null;
  }

  protected tabOf(item: MissingItem): string | null {
    return sectionTabs[item.section] ?? null;
  }

  protected focusDetail(key: DetailKey): void {
    const field = this.document.getElementById(`filing-detail-${key}`);
    field?.focus();
    field?.scrollIntoView?.({ block: 'center' });
  }

  protected generate(): void {
    const t = this.template();
    if (!t || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    this.missing.set([]);
    this.api
      .generate(this.caseId, {
        templateId: t.id,
        language: this.language(),
        details: detailsBody(this.detailsShown(), this.details()),
      })
      .subscribe({
        next: (filing) => {
          this.busy.set(false);
          this.filings.update((filings) => sortFilings([filing, ...filings]));
          this.notice.set({
            key: 'filings.generated',
            params: { title: filing.title, version: filing.filingVersion },
          });
          this.preview(filing);
        },
        error: (failure: unknown) => {
          this.busy.set(false);
          if (failure instanceof ApiError && failure.code === 'FILING_MISSING_DATA') {
            this.missing.set(
              failure.details.map((d) => ({
                field: String(d.field ?? ''),
                label: d.message,
                section: String(d['section'] ?? ''),
              })),
            );
          } else {
            this.error.set(errorNotice(failure));
          }
        },
      });
  }

  protected preview(filing: Filing): void {
    if (this.previewing()?.id === filing.id) {
      this.previewing.set(null);
      return;
    }
    this.previewBytes.set(null);
    this.previewing.set(filing);
    this.fetchPdf(filing, (bytes) => this.previewBytes.set(bytes));
  }

  protected download(filing: Filing): void {
    this.fetchPdf(filing, (bytes) => {
      const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
      const link = this.document.createElement('a');
      link.href = url;
      link.download = `${filing.templateId}-v${filing.filingVersion}-${filing.language}.pdf`;
      this.document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    });
  }

  protected approve(filing: Filing): void {
    this.transition(filing, 'approved');
  }

  protected markFiled(filing: Filing): void {
    this.transition(filing, 'filed');
  }

  protected markServed(filing: Filing): void {
    this.transition(filing, 'served');
  }

  /** Times on the forum's clock (the user's alongside when it reads differently). */
  protected readonly zone = computed(() => this.caseSummary()?.timeZone ?? userTimeZone());

  /** Writing needs the permission and, on the case page, a place on the case team. */
  protected may(permission: Permission): boolean {
    return this.store ? this.store.canOnCase(permission) : this.auth.can(permission);
  }

  /** Attorneys of the case approve; supervisors, who read every case, approve without being on it. */
  protected mayApprove(): boolean {
    if (!this.store) return this.auth.can('filings.approve');
    return (
      this.store.canOnCase('filings.approve') ||
      (this.auth.can('cases.read-all') && this.store.can('filings.approve'))
    );
  }

  private transition(filing: Filing, to: 'approved' | 'filed' | 'served'): void {
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    const call =
      to === 'approved'
        ? this.api.approve(filing)
        : to === 'filed'
          ? this.api.markFiled(filing)
          : this.api.markServed(filing);
    call.subscribe({
      next: (updated) => {
        this.busy.set(false);
        this.filings.update((filings) => filings.map((f) => (f.id === updated.id ? updated : f)));
        const key =
          to === 'approved'
            ? 'filings.approved'
            : to === 'served'
              ? 'filings.markedServed'
              : updated.filedEventId
                ? 'filings.markedFiled'
                : 'filings.markedFiledNoEvent';
        this.notice.set({ key });
      },
      error: (failure: unknown) => {
        this.busy.set(false);
        this.error.set(errorNotice(failure));
        // A 409 means someone moved it meanwhile: show the filings as they are now.
        if (failure instanceof ApiError && failure.status === 409) {
          this.api.list(this.caseId).subscribe((filings) => this.filings.set(sortFilings(filings)));
        }
      },
    });
  }

  private fetchPdf(filing: Filing, use: (bytes: ArrayBuffer) => void): void {
    this.error.set(null);
    this.api.pdf(filing.id).subscribe({
      next: (bytes) => {
        use(bytes);
        void this.verify(filing, bytes);
      },
      error: (failure: unknown) => this.error.set(errorNotice(failure)),
    });
  }

  /** Compares the bytes received with the SHA-256 recorded at generation (where the browser can). */
  private async verify(filing: Filing, bytes: ArrayBuffer): Promise<void> {
    const subtle = globalThis.crypto?.subtle;
    if (!subtle) return;
    const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
    const hex = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
    this.verified.update((v) => ({ ...v, [filing.id]: hex === filing.sha256 }));
  }
}

/** Newest first, so a new version appears at the top. */
function sortFilings(filings: Filing[]): Filing[] {
  return [...filings].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
