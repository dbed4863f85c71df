import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import { catchError, EMPTY, interval, merge, of, Subject, switchMap } from 'rxjs';
import { errorNotice, type Notice } from '../../core/http';
import { TranslationService } from '../../core/i18n';
import { caseUrl } from '../../route-paths';
import { userTimeZone, zoneCity } from '../../core/time';
import { NotificationsApi, type NotificationResponse } from './notifications.api';

/** How often the unread count is fetched again while the bell is on screen (signed in). */
export const notificationsRefreshMs = 60_000;
const latestCount = 20;

/**
 * The bell in the toolbar: the unread count as a badge, and a menu with the latest notices
 * (unread first). Choosing a notice marks it read and, when it concerns a case, links to the case.
 */
@Component({
  selector: 'amp-notifications-menu',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatBadgeModule, MatButtonModule, MatMenuModule, NgTemplateOutlet, RouterLink],
  template: `
    <button
      mat-icon-button
      type="button"
      data-testid="notifications"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="i18n.t('notifications.button', { count: unreadCount() })"
      [matBadge]="unreadCount() > 0 ? i18n.formatNumber(unreadCount()) : null"
      [matBadgeHidden]="unreadCount() === 0"
      matBadgeColor="warn"
      matBadgeSize="small"
      aria-hidden="false"
      (menuOpened)="refresh()"
    >
      <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2 2 0 0 0 2-2h-4a2 2 0 0 0 2 2zm6-6V11c0-3.07-1.64-5.64-4.5-6.32V4a1.5 1.5 0 0 0-3 0v.68C7.63 5.36 6 7.92 6 11v5l-2 2v1h16v-1l-2-2z"
        />
      </svg>
    </button>
    <mat-menu #menu="matMenu" xPosition="before" class="notifications-menu">
      <ng-template matMenuContent>
        <div class="heading" role="presentation">{{ i18n.t('notifications.title') }}</div>
        @if (error(); as notice) {
          <p class="message" role="alert" data-testid="notifications-error">
            {{ i18n.t(notice.key, notice.params) }}
          </p>
        } @else if (items() === null) {
          <p class="message">{{ i18n.t('notifications.loading') }}</p>
        } @else {
          @for (item of items(); track item.id) {
            @if (item.caseId !== null) {
              <a
                mat-menu-item
                class="item"
                [class.unread]="item.readAt === null"
                [attr.data-testid]="'notification-' + item.id"
                [routerLink]="caseLink(item.caseId)"
                (click)="markRead(item)"
              >
                <ng-container *ngTemplateOutlet="content; context: { $implicit: item }" />
              </a>
            } @else {
              <button
                mat-menu-item
                type="button"
                class="item"
                [class.unread]="item.readAt === null"
                [attr.data-testid]="'notification-' + item.id"
                (click)="markRead(item)"
              >
                <ng-container *ngTemplateOutlet="content; context: { $implicit: item }" />
              </button>
            }
          } @empty {
            <p class="message">{{ i18n.t('notifications.empty') }}</p>
          }
          @if (unreadCount() > 0) {
            <button
              mat-menu-item
              type="button"
              data-testid="notifications-read-all"
              (click)="markAllRead()"
            >
              {{ i18n.t('notifications.markAllRead') }}
            </button>
          }
        }
      </ng-template>
    </mat-menu>
    <ng-template #content let-item>
      <span class="item-text">
        <span class="item-title">
          @if (item.readAt === null) {
            <span class="visually-hidden">{{ i18n.t('notifications.unread') }}: </span>
          }
          {{ title(item) }}
        </span>
        <span class="item-body">{{ body(item) }}</span>
        <time class="item-time" [attr.datetime]="item.createdAt">{{ when(item.createdAt) }}</time>
      </span>
    </ng-template>
  `,
  styles: `
    .heading {
      padding: 8px 16px;
      font: var(--mat-sys-title-small);
    }
    .message {
      margin: 0;
      padding: 8px 16px;
      font: var(--mat-sys-body-medium);
    }
    .item {
      height: auto;
      min-height: 48px;
      padding-top: 8px;
      padding-bottom: 8px;
    }
    .item-text {
      display: flex;
      flex-direction: column;
      gap: 2px;
      white-space: normal;
    }
    .item-title {
      font: var(--mat-sys-body-medium);
    }
    .unread .item-title {
      font-weight: 600;
    }
    .item-body,
    .item-time {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class NotificationsMenuComponent {
  protected readonly i18n = inject(TranslationService);
  private readonly api = inject(NotificationsApi);
  private readonly reload = new Subject<void>();

  protected readonly items = signal<NotificationResponse[] | null>(null);
  protected readonly unreadCount = signal(0);
  protected readonly error = signal<Notice | null>(null);

  constructor() {
    // Fetched at once, then every minute and whenever the menu opens, for as long as the bell is
    // shown (the shell renders it only while someone is signed in). A newer fetch replaces one
    // still under way.
    merge(of(undefined), interval(notificationsRefreshMs), this.reload)
      .pipe(
        switchMap(() =>
          this.api.latest(latestCount).pipe(
            catchError((error: unknown) => {
              this.error.set(errorNotice(error));
              return EMPTY;
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((page) => {
        this.error.set(null);
        this.items.set(missedFirst(page.items));
        this.unreadCount.set(page.unreadCount);
      });
  }

  refresh(): void {
    this.reload.next();
  }

  protected when(createdAt: string): string {
    // With its zone: a notice read in Lima about a Tijuana case says whose clock it is.
    return this.i18n
      .formatDate(createdAt, {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: userTimeZone(),
      })
      .concat(` (${zoneCity(userTimeZone())})`);
  }

  protected caseLink(caseId: string): string {
    return caseUrl(caseId);
  }

  protected title(item: NotificationResponse): string {
    return item.title[this.i18n.language()];
  }

  protected body(item: NotificationResponse): string {
    return item.body[this.i18n.language()];
  }

  /** Marks a notice read on choosing it; the link (when it has a case) is followed as usual. */
  protected markRead(item: NotificationResponse): void {
    if (item.readAt === null) {
      this.api.markRead(item.id).subscribe({
        next: () => {
          this.items.update((items) =>
            (items ?? []).map((each) =>
              each.id === item.id ? { ...each, readAt: new Date().toISOString() } : each,
            ),
          );
          this.unreadCount.update((count) => Math.max(0, count - 1));
        },
        error: (error: unknown) => this.error.set(errorNotice(error)),
      });
    }
  }

  protected markAllRead(): void {
    this.api.markAllRead().subscribe({
      next: () => this.refresh(),
      error: (error: unknown) => this.error.set(errorNotice(error)),
    });
  }
}

/** A missed deadline not yet read comes before everything else; the rest keep the API's order. */
export function missedFirst(items: readonly NotificationResponse[]): NotificationResponse[] {
  const urgent = (item: NotificationResponse) =>
    item.kind === 'deadline.missed' && item.readAt === null;
  return [...items.filter(urgent), ...items.filter((item) => !urgent(item))];
}
