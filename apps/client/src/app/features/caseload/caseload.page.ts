import { BreakpointObserver } from '@angular/cdk/layout';
import {
  CdkFixedSizeVirtualScroll,
  CdkVirtualForOf,
  CdkVirtualScrollViewport,
} from '@angular/cdk/scrolling';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, type Params, Router } from '@angular/router';
import { catchError, debounceTime, EMPTY, map, Subject, type Subscription, switchMap } from 'rxjs';
import { AuthService } from '../../core/auth';
import { errorNotice, type Notice } from '../../core/http';
import { TranslationService } from '../../core/i18n';
import { CaseloadApi } from './caseload.api';
import {
  type CaseloadItem,
  type CaseloadSort,
  caseloadSorts,
  caseStages,
  custodyStatuses,
  riskLevels,
  withinChoices,
} from './caseload.models';
import {
  type CaseloadFilters,
  filtersFromParams,
  filtersToApiQuery,
  filtersToParams,
  isFiltered,
  noFilters,
} from './caseload-query';
import { CaseloadRowComponent, custodyLabel, stageLabel } from './caseload-row.component';

/** Rows per request: the API's maximum, so 10,000 cases take 50 requests as the person scrolls. */
export const CASELOAD_PAGE_SIZE = 200;
/** Fetch the next page when the rendered rows come this close to the end of what is loaded. */
const PREFETCH_ROWS = 60;
const compactQuery = '(max-width: 839.98px)';

const sortKeys: Record<
  CaseloadSort,
  'caseload.sort.urgency' | 'caseload.sort.nextDeadline' | 'caseload.sort.lastChange'
> = {
  urgency: 'caseload.sort.urgency',
  'next-deadline': 'caseload.sort.nextDeadline',
  'last-change': 'caseload.sort.lastChange',
};
const riskKeys = {
  low: 'caseload.risk.low',
  moderate: 'caseload.risk.moderate',
  high: 'caseload.risk.high',
  extreme: 'caseload.risk.extreme',
} as const;

/**
 * The caseload: every case the person may read, ranked by urgency (escalations first, then the
 * gravest risk and the nearest deadline), filtered and searched, with live countdowns. The list
 * is virtual (only the rows on screen exist in the page) and grows by keyset pages as the person
 * scrolls, so 10,000 cases scroll as smoothly as 10. The filters live in the address bar.
 */
@Component({
  selector: 'amp-caseload-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    CaseloadRowComponent,
    CdkFixedSizeVirtualScroll,
    CdkVirtualForOf,
    CdkVirtualScrollViewport,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
  ],
  template: `
    <div class="heading">
      <h1>{{ i18n.t('caseload.title') }}</h1>
      <p class="total" role="status" data-testid="caseload-total">
        @if (total() !== null) {
          {{ totalText() }}
        }
      </p>
    </div>

    <form class="search" role="search" (submit)="$event.preventDefault()">
      <mat-form-field subscriptSizing="dynamic" class="grow">
        <mat-label>{{ i18n.t('caseload.search.name') }}</mat-label>
        <input
          matInput
          type="search"
          name="q"
          autocomplete="off"
          [value]="filters().q"
          (input)="typed$.next({ q: $any($event.target).value })"
        />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ i18n.t('caseload.search.aNumber') }}</mat-label>
        <input
          matInput
          type="search"
          name="aNumber"
          autocomplete="off"
          [value]="filters().aNumber"
          (change)="apply({ aNumber: $any($event.target).value.trim() })"
        />
        <mat-hint>{{ i18n.t('caseload.search.aNumberHint') }}</mat-hint>
      </mat-form-field>
      @if (compact()) {
        <button
          mat-stroked-button
          type="button"
          aria-controls="caseload-filters"
          [attr.aria-expanded]="filtersOpen()"
          (click)="filtersOpen.set(!filtersOpen())"
        >
          {{ i18n.t(filtersOpen() ? 'caseload.filters.hide' : 'caseload.filters.show') }}
          @if (activeFilterCount() > 0) {
            ({{ i18n.formatNumber(activeFilterCount()) }})
          }
        </button>
      }
    </form>

    @if (!compact() || filtersOpen()) {
      <div
        id="caseload-filters"
        class="filters"
        role="group"
        [attr.aria-label]="i18n.t('caseload.filters.label')"
      >
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ i18n.t('caseload.sort.label') }}</mat-label>
          <select
            matNativeControl
            name="sort"
            (change)="apply({ sort: $any($event.target).value })"
          >
            @for (sort of sorts; track sort) {
              <option [value]="sort" [selected]="filters().sort === sort">
                {{ i18n.t(sortKeys[sort]) }}
              </option>
            }
          </select>
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ i18n.t('caseload.filter.jurisdiction') }}</mat-label>
          <select
            matNativeControl
            name="jurisdiction"
            (change)="apply({ jurisdiction: $any($event.target).value, procedure: '' })"
          >
            <option value="" [selected]="!filters().jurisdiction">
              {{ i18n.t('caseload.filter.any') }}
            </option>
            @for (option of jurisdictions(); track option.code) {
              <option [value]="option.code" [selected]="filters().jurisdiction === option.code">
                {{ option.name }}
              </option>
            }
          </select>
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ i18n.t('caseload.filter.procedure') }}</mat-label>
          <select
            matNativeControl
            name="procedure"
            (change)="apply({ procedure: $any($event.target).value })"
          >
            <option value="" [selected]="!filters().procedure">
              {{ i18n.t('caseload.filter.any') }}
            </option>
            @for (option of procedureOptions(); track option.id) {
              <option [value]="option.id" [selected]="filters().procedure === option.id">
                {{ option.name }}
              </option>
            }
          </select>
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ i18n.t('caseload.filter.risk') }}</mat-label>
          <select
            matNativeControl
            name="risk"
            (change)="apply({ risk: $any($event.target).value })"
          >
            <option value="" [selected]="!filters().risk">
              {{ i18n.t('caseload.filter.any') }}
            </option>
            @for (level of risks; track level) {
              <option [value]="level" [selected]="filters().risk === level">
                {{ i18n.t(riskKeys[level]) }}
              </option>
            }
          </select>
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ i18n.t('caseload.filter.within') }}</mat-label>
          <select
            matNativeControl
            name="within"
            (change)="apply({ within: +$any($event.target).value })"
          >
            <option value="0" [selected]="!filters().within">
              {{ i18n.t('caseload.filter.any') }}
            </option>
            @for (hours of withinChoices; track hours) {
              <option [value]="hours" [selected]="filters().within === hours">
                {{ i18n.t('caseload.filter.withinHours', { hours: i18n.formatNumber(hours) }) }}
              </option>
            }
          </select>
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ i18n.t('caseload.filter.stage') }}</mat-label>
          <select
            matNativeControl
            name="stage"
            (change)="apply({ stage: $any($event.target).value })"
          >
            <option value="" [selected]="!filters().stage">
              {{ i18n.t('caseload.filter.any') }}
            </option>
            @for (stage of stages; track stage) {
              <option [value]="stage" [selected]="filters().stage === stage">
                {{ stageText(stage) }}
              </option>
            }
          </select>
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ i18n.t('caseload.filter.custody') }}</mat-label>
          <select
            matNativeControl
            name="custody"
            (change)="apply({ custody: $any($event.target).value })"
          >
            <option value="" [selected]="!filters().custody">
              {{ i18n.t('caseload.filter.any') }}
            </option>
            @for (custody of custodies; track custody) {
              <option [value]="custody" [selected]="filters().custody === custody">
                {{ custodyText(custody) }}
              </option>
            }
          </select>
        </mat-form-field>
        <mat-checkbox
          name="mine"
          [checked]="filters().mine"
          (change)="apply({ mine: $event.checked })"
          >{{ i18n.t('caseload.filter.mine') }}</mat-checkbox
        >
        @if (filtered()) {
          <button mat-button type="button" (click)="clear()">
            {{ i18n.t('caseload.filters.clear') }}
          </button>
        }
      </div>
    }

    <div role="alert" class="error" data-testid="caseload-error">
      @if (error(); as error) {
        <span>{{ i18n.t(error.key, error.params) }}</span>
        <button mat-button type="button" (click)="retry()">{{ i18n.t('caseload.retry') }}</button>
      }
    </div>

    @if (total() === 0) {
      @if (filtered()) {
        <section class="empty" data-testid="caseload-no-match">
          <h2>{{ i18n.t('caseload.noMatchTitle') }}</h2>
          <p>{{ i18n.t('caseload.noMatchBody') }}</p>
          <button mat-stroked-button type="button" (click)="clear()">
            {{ i18n.t('caseload.filters.clear') }}
          </button>
        </section>
      } @else {
        <section class="empty" aria-labelledby="caseload-empty-title" data-testid="caseload-empty">
          <h2 id="caseload-empty-title">{{ i18n.t('caseload.emptyTitle') }}</h2>
          <p>{{ i18n.t('caseload.emptyBody') }}</p>
        </section>
      }
    } @else if (total() === null && !error()) {
      <p role="status">{{ i18n.t('common.loading') }}</p>
    }

    <cdk-virtual-scroll-viewport
      [itemSize]="rowHeight()"
      [minBufferPx]="rowHeight() * 6"
      [maxBufferPx]="rowHeight() * 12"
      class="viewport"
      [class.hidden]="!total()"
      role="list"
      [attr.aria-label]="i18n.t('caseload.listLabel')"
      [attr.aria-busy]="loadingMore()"
      data-testid="caseload-list"
      (scrolledIndexChange)="maybeLoadMore()"
    >
      <div
        *cdkVirtualFor="
          let row of rows();
          let index = index;
          trackBy: trackById;
          templateCacheSize: 30
        "
        role="listitem"
        class="item"
        [style.height.px]="rowHeight()"
        [attr.aria-posinset]="index + 1"
        [attr.aria-setsize]="total()"
      >
        <amp-caseload-row [row]="row" [procedures]="procedureNames()" />
      </div>
    </cdk-virtual-scroll-viewport>
    @if (loadingMore()) {
      <p class="more" role="status">{{ i18n.t('caseload.loadingMore') }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .heading {
      display: flex;
      align-items: baseline;
      flex-wrap: wrap;
      gap: 4px 16px;
    }
    h1 {
      font: var(--mat-sys-headline-small);
      margin: 0 0 8px;
    }
    .total {
      margin: 0;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .search,
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 12px;
      align-items: center;
      margin-bottom: 8px;
    }
    .search .grow {
      flex: 1 1 240px;
      max-width: 420px;
    }
    .filters mat-form-field {
      width: 196px;
    }
    .error:empty {
      display: none;
    }
    .error {
      color: var(--mat-sys-error);
      margin: 8px 0;
    }
    .empty {
      max-width: 60ch;
      padding: 24px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
    }
    .empty h2 {
      font: var(--mat-sys-title-medium);
      margin-top: 0;
    }
    .viewport {
      height: max(360px, calc(100dvh - 330px));
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .viewport.hidden {
      display: none;
    }
    .item {
      box-sizing: border-box;
    }
    .more {
      font: var(--mat-sys-body-small);
      margin: 4px 0 0;
    }
    @media (max-width: 839.98px) {
      .search mat-form-field {
        flex: 1 1 100%;
        max-width: none;
      }
      .filters mat-form-field {
        width: calc(50% - 6px);
      }
      .viewport {
        height: max(320px, calc(100dvh - 250px));
      }
    }
  `,
})
export class CaseloadPage {
  protected readonly i18n = inject(TranslationService);
  private readonly api = inject(CaseloadApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly viewport = viewChild(CdkVirtualScrollViewport);

  protected readonly sorts = caseloadSorts;
  protected readonly sortKeys = sortKeys;
  protected readonly risks = riskLevels;
  protected readonly riskKeys = riskKeys;
  protected readonly stages = caseStages;
  protected readonly custodies = custodyStatuses;
  protected readonly withinChoices = withinChoices;

  protected readonly compact = toSignal(
    inject(BreakpointObserver)
      .observe(compactQuery)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  /** Fixed row heights keep scrolling cheap: the phone layout stacks the deadline under the name. */
  protected readonly rowHeight = computed(() => (this.compact() ? 168 : 104));
  protected readonly filtersOpen = signal(false);

  private readonly queryParams = toSignal(this.route.queryParams, { initialValue: {} as Params });
  protected readonly filters = computed(() => filtersFromParams(this.queryParams()), {
    equal: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  protected readonly filtered = computed(() => isFiltered(this.filters()));
  protected readonly activeFilterCount = computed(
    () =>
      Object.entries(filtersToParams(this.filters())).filter(
        ([key, value]) => value !== null && key !== 'q' && key !== 'aNumber',
      ).length,
  );

  protected readonly rows = signal<CaseloadItem[]>([]);
  protected readonly total = signal<number | null>(null);
  private readonly nextCursor = signal<string | null>(null);
  protected readonly loadingMore = signal(false);
  protected readonly error = signal<Notice | null>(null);
  private more: Subscription | null = null;
  private readonly reload$ = new Subject<void>();

  protected readonly typed$ = new Subject<Partial<CaseloadFilters>>();

  private readonly catalogue = toSignal(this.api.catalogue().pipe(catchError(() => EMPTY)), {
    initialValue: null,
  });
  protected readonly jurisdictions = computed(() =>
    (this.catalogue()?.jurisdictions ?? []).map((j) => ({
      code: j.jurisdiction,
      name: j.name[this.i18n.language()],
    })),
  );
  protected readonly procedureNames = computed(() => {
    const names = new Map<string, { en: string; es: string }>();
    for (const j of this.catalogue()?.jurisdictions ?? []) {
      for (const p of j.procedures) names.set(`${j.jurisdiction}/${p.id}`, p.title);
    }
    return names;
  });
  protected readonly procedureOptions = computed(() => {
    const chosen = this.filters().jurisdiction;
    const seen = new Map<string, string>();
    for (const j of this.catalogue()?.jurisdictions ?? []) {
      if (chosen && j.jurisdiction !== chosen) continue;
      for (const p of j.procedures) {
        if (!seen.has(p.id)) {
          const title = p.title[this.i18n.language()];
          seen.set(p.id, chosen ? title : `${j.jurisdiction}: ${title}`);
        }
      }
    }
    return [...seen].map(([id, name]) => ({ id, name }));
  });

  protected readonly totalText = computed(() => {
    const total = this.total() ?? 0;
    return this.i18n.t(total === 1 ? 'caseload.totalOne' : 'caseload.total', {
      count: this.i18n.formatNumber(total),
    });
  });

  constructor() {
    // A new filter starts from the first page; a page still arriving for the old one is dropped.
    const firstPages = (filters: CaseloadFilters) => {
      this.more?.unsubscribe();
      this.loadingMore.set(false);
      this.error.set(null);
      return this.api.page(this.query(filters, null)).pipe(
        catchError((error: unknown) => {
          this.error.set(errorNotice(error));
          this.total.set(null);
          return EMPTY;
        }),
      );
    };
    toObservable(this.filters)
      .pipe(
        switchMap((filters) => firstPages(filters)),
        takeUntilDestroyed(),
      )
      .subscribe((page) => {
        this.rows.set(page.rows);
        this.total.set(page.total);
        this.nextCursor.set(page.nextCursor);
        this.viewport()?.scrollToIndex(0);
      });
    this.reload$
      .pipe(
        switchMap(() => firstPages(this.filters())),
        takeUntilDestroyed(),
      )
      .subscribe((page) => {
        this.rows.set(page.rows);
        this.total.set(page.total);
        this.nextCursor.set(page.nextCursor);
      });
    // Names are searched as the person types, once they pause.
    this.typed$
      .pipe(debounceTime(300), takeUntilDestroyed())
      .subscribe((change) => this.apply(change));
    this.destroyRef.onDestroy(() => this.more?.unsubscribe());
  }

  protected readonly trackById = (_: number, row: CaseloadItem) => row.id;

  protected stageText(stage: string): string {
    return stageLabel(this.i18n, stage);
  }

  protected custodyText(custody: string): string {
    return custodyLabel(this.i18n, custody);
  }

  /** Writes a filter change to the address bar; the list follows the address. */
  protected apply(change: Partial<CaseloadFilters>): void {
    const next = { ...this.filters(), ...change };
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: filtersToParams(next),
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected clear(): void {
    this.apply({ ...noFilters, sort: this.filters().sort });
  }

  protected retry(): void {
    if (this.rows().length > 0 && this.nextCursor()) this.loadMore();
    else this.reload$.next();
  }

  /** Appends the next keyset page once the rendered rows near the end of what is loaded. */
  protected maybeLoadMore(): void {
    const viewport = this.viewport();
    if (!viewport) return;
    if (viewport.getRenderedRange().end >= this.rows().length - PREFETCH_ROWS) this.loadMore();
  }

  private loadMore(): void {
    const cursor = this.nextCursor();
    if (!cursor || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.error.set(null);
    this.more = this.api.page(this.query(this.filters(), cursor)).subscribe({
      next: (page) => {
        this.rows.update((rows) => [...rows, ...page.rows]);
        this.total.set(page.total);
        this.nextCursor.set(page.nextCursor);
        this.loadingMore.set(false);
        // Someone still at the end of the list (waiting, not scrolling) gets the next page too.
        afterNextRender(() => this.maybeLoadMore(), { injector: this.injector });
      },
      error: (error: unknown) => {
        this.error.set(errorNotice(error));
        this.loadingMore.set(false);
      },
    });
  }

  private query(filters: CaseloadFilters, cursor: string | null): Record<string, string> {
    return filtersToApiQuery(filters, this.auth.user()?.id ?? null, cursor, CASELOAD_PAGE_SIZE);
  }
}
