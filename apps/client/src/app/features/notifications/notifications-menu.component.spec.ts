import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslationService } from '../../core/i18n';
import {
  provideNoMaterialAnimations,
  provideTestHttp,
  resetBrowserStorage,
} from '../../testing/test-providers';
import { NotificationsMenuComponent } from './notifications-menu.component';
import {
  type NotificationPage,
  type NotificationResponse,
  notificationsUrl,
} from './notifications.api';

const notice = (overrides: Partial<NotificationResponse>): NotificationResponse => ({
  id: 'n-1',
  kind: 'deadline.reminder',
  caseId: null,
  deadlineId: null,
  title: { en: 'Deadline in 3 days', es: 'Plazo en 3 días' },
  body: { en: 'Case LIM-2026-0001: appeal', es: 'Caso LIM-2026-0001: apelación' },
  data: {},
  createdAt: '2026-03-02T10:00:00Z',
  readAt: null,
  ...overrides,
});

describe('NotificationsMenuComponent', () => {
  let fixture: ComponentFixture<NotificationsMenuComponent>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    resetBrowserStorage();
    TestBed.configureTestingModule({
      providers: [provideTestHttp(), provideRouter([]), provideNoMaterialAnimations()],
    });
    TestBed.inject(TranslationService).setLanguage('en');
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(NotificationsMenuComponent);
    await settle();
  });

  afterEach(() => {
    fixture.destroy();
    backend.verify();
  });

  async function settle() {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  const latest = () =>
    backend.expectOne((request) => request.method === 'GET' && request.url === notificationsUrl);
  function found<T extends Element>(element: T | null): T {
    if (!element) throw new Error('element not found');
    return element;
  }
  const bell = () =>
    found(
      (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>(
        '[data-testid="notifications"]',
      ),
    );
  const page: NotificationPage = {
    items: [
      notice({ id: 'n-1' }),
      notice({
        id: 'n-2',
        kind: 'risk.escalated',
        caseId: 'case-9',
        title: { en: 'Case escalated', es: 'Caso escalado' },
      }),
      notice({ id: 'n-3', readAt: '2026-03-01T09:00:00Z' }),
    ],
    unreadCount: 2,
    nextCursor: null,
  };

  it('shows the unread count and marks a notice read when it is chosen', async () => {
    const first = latest();
    expect(first.request.params.get('limit')).toBe('20');
    first.flush(page);
    await settle();
    expect(bell().getAttribute('aria-label')).toBe('Notifications, 2 unread');
    expect(bell().querySelector('.mat-badge-content')?.textContent?.trim()).toBe('2');

    bell().click();
    await settle();
    latest().flush(page); // opening the menu fetches again
    await settle();
    const overlay = found(document.querySelector('.notifications-menu'));
    expect(overlay.textContent).toContain('Case escalated');
    expect(overlay.querySelector('[data-testid="notification-n-2"]')?.getAttribute('href')).toBe(
      '/cases/case-9',
    );

    found(overlay.querySelector<HTMLElement>('[data-testid="notification-n-1"]')).click();
    const read = backend.expectOne({ method: 'POST', url: `${notificationsUrl}/n-1/read` });
    read.flush({});
    await settle();
    expect(bell().getAttribute('aria-label')).toBe('Notifications, 1 unread');
  });

  it('puts a missed deadline not yet read first, and gives every time its zone', async () => {
    latest().flush({
      ...page,
      items: [
        ...page.items,
        notice({
          id: 'n-4',
          kind: 'deadline.missed',
          title: { en: 'Deadline missed: appeal', es: 'Plazo vencido: apelación' },
        }),
      ],
    });
    await settle();
    bell().click();
    await settle();
    latest().flush({
      ...page,
      items: [...page.items, notice({ id: 'n-4', kind: 'deadline.missed' })],
    });
    await settle();
    const overlay = found(document.querySelector('.notifications-menu'));
    const ids = Array.from(overlay.querySelectorAll('[data-testid^="notification-n-"]')).map((el) =>
      el.getAttribute('data-testid'),
    );
    expect(ids).toEqual([
      'notification-n-4',
      'notification-n-1',
      'notification-n-2',
      'notification-n-3',
    ]);
    expect(found(overlay.querySelector('.item-time')).textContent).toMatch(/\(.+\)$/);
  });
});
