import { Clipboard } from '@angular/cdk/clipboard';
import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, type OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { errorNotice, type Notice } from '../../core/http';
import { TranslationService } from '../../core/i18n';
import { type CalendarFeedResponse, CalendarFeedApi } from './calendar-feed.api';

/**
 * The person's calendar subscription (iCalendar): make a secret address to paste into their
 * calendar app (shown once: the API keeps only its hash), copy it, replace or revoke it. Client
 * names stay out of the feed unless the person asks for them, since a feed travels to other apps.
 */
@Component({
  selector: 'amp-calendar-feed',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatCheckboxModule],
  template: `
    <section class="feed" aria-labelledby="feed-title" data-testid="calendar-feed">
      <h2 id="feed-title">{{ i18n.t('calendar.feed.title') }}</h2>
      <p>{{ i18n.t('calendar.feed.body') }}</p>
      @if (status(); as status) {
        <p data-testid="feed-status">
          @if (status.active) {
            {{ activeText(status) }}
          } @else {
            {{ i18n.t('calendar.feed.none') }}
          }
        </p>
      }
      @if (address(); as address) {
        <label class="link-label" for="feed-url">{{ i18n.t('calendar.feed.address') }}</label>
        <!-- Selected on focus, for copying by hand where the clipboard is blocked. -->
        <input
          id="feed-url"
          class="link"
          readonly
          [value]="address"
          (focus)="select($event)"
          data-testid="feed-url"
        />
        <p class="once">{{ i18n.t('calendar.feed.shownOnce') }}</p>
      }
      <div class="actions">
        @if (address()) {
          <button mat-flat-button type="button" (click)="copy()">
            {{ i18n.t('calendar.feed.copy') }}
          </button>
        }
        <mat-checkbox [checked]="includeNames()" (change)="includeNames.set($event.checked)">{{
          i18n.t('calendar.feed.includeNames')
        }}</mat-checkbox>
        <button mat-stroked-button type="button" [disabled]="busy()" (click)="create()">
          {{ i18n.t(status()?.active ? 'calendar.feed.replace' : 'calendar.feed.create') }}
        </button>
        @if (status()?.active) {
          <button mat-button type="button" [disabled]="busy()" (click)="revoke()">
            {{ i18n.t('calendar.feed.revoke') }}
          </button>
        }
      </div>
      <p role="status" class="done">
        @if (done(); as done) {
          {{ i18n.t(done.key, done.params) }}
        }
      </p>
      <p role="alert" class="error">
        @if (error(); as error) {
          {{ i18n.t(error.key, error.params) }}
        }
      </p>
    </section>
  `,
  styles: `
    .feed {
      max-width: 80ch;
      margin-top: 24px;
      padding: 16px 24px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
    }
    h2 {
      font: var(--mat-sys-title-medium);
      margin-top: 0;
    }
    .link-label {
      display: block;
      font: var(--mat-sys-label-large);
    }
    .link {
      box-sizing: border-box;
      width: 100%;
      padding: 8px;
      font: var(--mat-sys-body-medium);
      font-family: monospace;
    }
    .once {
      font: var(--mat-sys-body-small);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      align-items: center;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class CalendarFeedComponent implements OnInit {
  protected readonly i18n = inject(TranslationService);
  private readonly api = inject(CalendarFeedApi);
  private readonly clipboard = inject(Clipboard);
  private readonly origin = inject(DOCUMENT).location.origin;

  protected readonly status = signal<CalendarFeedResponse | null>(null);
  protected readonly address = signal<string | null>(null);
  protected readonly includeNames = signal(false);
  protected readonly busy = signal(false);
  protected readonly done = signal<Notice | null>(null);
  protected readonly error = signal<Notice | null>(null);

  ngOnInit(): void {
    this.api.status().subscribe({
      next: (status) => {
        this.status.set(status);
        this.includeNames.set(status.includeClientNames);
      },
      error: (error: unknown) => this.error.set(errorNotice(error)),
    });
  }

  protected activeText(status: CalendarFeedResponse): string {
    const when = (iso: string | null) =>
      iso ? this.i18n.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' }) : '—';
    return status.lastReadAt
      ? this.i18n.t('calendar.feed.activeRead', {
          created: when(status.createdAt),
          read: when(status.lastReadAt),
        })
      : this.i18n.t('calendar.feed.active', { created: when(status.createdAt) });
  }

  protected create(): void {
    this.start();
    this.api.create(this.includeNames(), this.i18n.language()).subscribe({
      next: (created) => {
        this.address.set(created.url ?? `${this.origin}${created.path}`);
        this.status.set(created);
        this.finish({ key: 'calendar.feed.created' });
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  protected revoke(): void {
    this.start();
    this.api.revoke().subscribe({
      next: () => {
        this.address.set(null);
        this.status.update((status) => (status ? { ...status, active: false } : status));
        this.finish({ key: 'calendar.feed.revoked' });
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  protected copy(): void {
    const address = this.address();
    if (address && this.clipboard.copy(address)) this.done.set({ key: 'calendar.feed.copied' });
  }

  protected select(event: Event): void {
    (event.target as HTMLInputElement).select();
  }

  private start(): void {
    this.busy.set(true);
    this.done.set(null);
    this.error.set(null);
  }

  private finish(notice: Notice): void {
    this.busy.set(false);
    this.done.set(notice);
  }

  private fail(error: unknown): void {
    this.busy.set(false);
    this.error.set(errorNotice(error));
  }
}
