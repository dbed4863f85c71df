import { Clipboard } from '@angular/cdk/clipboard';
import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslationService } from '../../core/i18n';
import { anErrorBody, provideTestHttp, resetBrowserStorage } from '../../testing/test-providers';
import { calendarFeedUrl } from './calendar-feed.api';
import { CalendarFeedComponent } from './calendar-feed.component';

describe('CalendarFeedComponent', () => {
  let fixture: ComponentFixture<CalendarFeedComponent>;
  let backend: HttpTestingController;
  const copied: string[] = [];

  beforeEach(async () => {
    resetBrowserStorage();
    copied.length = 0;
    TestBed.configureTestingModule({
      providers: [
        provideTestHttp(),
        { provide: Clipboard, useValue: { copy: (text: string) => copied.push(text) > 0 } },
      ],
    });
    TestBed.inject(TranslationService).setLanguage('en');
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CalendarFeedComponent);
    await settle();
  });

  afterEach(() => backend.verify());

  async function settle() {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  const text = () => (fixture.nativeElement as HTMLElement).textContent?.replace(/\s+/g, ' ') ?? '';
  const button = (label: string) => {
    const found = Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll('button'),
    ).find((b) => b.textContent?.trim() === label);
    if (!found) throw new Error(`no button ${label}`);
    return found;
  };
  const inactive = {
    active: false,
    createdAt: null,
    lastReadAt: null,
    includeClientNames: false,
    language: 'en' as const,
  };

  it('makes an address once, shows and copies it, then revokes it', async () => {
    backend.expectOne(calendarFeedUrl).flush(inactive);
    await settle();
    expect(text()).toContain('You have no subscription address.');

    button('Make a subscription address').click();
    const create = backend.expectOne({ method: 'POST', url: calendarFeedUrl });
    expect(create.request.body).toEqual({ includeClientNames: false, language: 'en' });
    create.flush({
      ...inactive,
      active: true,
      createdAt: '2026-03-02T11:00:00.000Z',
      path: '/api/calendar/org.feed.secret.ics',
      url: null,
    });
    await settle();
    const input = (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>(
      '[data-testid=feed-url]',
    );
    expect(input?.value).toBe(`${location.origin}/api/calendar/org.feed.secret.ics`);
    expect(text()).toContain('Shown only now');
    button('Copy address').click();
    await settle();
    expect(copied).toEqual([`${location.origin}/api/calendar/org.feed.secret.ics`]);
    expect(text()).toContain('Address copied.');

    button('Revoke').click();
    backend
      .expectOne({ method: 'DELETE', url: calendarFeedUrl })
      .flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(text()).toContain('You have no subscription address.');
    expect(text()).toContain('Address revoked');
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('[data-testid=feed-url]'),
    ).toBeNull();
  });

  it('says what went wrong when the address cannot be made', async () => {
    backend.expectOne(calendarFeedUrl).flush(inactive);
    await settle();
    button('Make a subscription address').click();
    backend
      .expectOne({ method: 'POST', url: calendarFeedUrl })
      .flush(anErrorBody(503), { status: 503, statusText: 'Unavailable' });
    await settle();
    expect(text()).toContain('Amparo is temporarily unavailable');
  });
});
