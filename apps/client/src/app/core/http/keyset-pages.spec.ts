import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { HttpClient } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { allPages, nextPageUrl } from './keyset-pages';

describe('keyset pages', () => {
  it('reads the rel="next" address of a Link header, and nothing else', () => {
    expect(nextPageUrl('</api/deadlines?cursor=abc>; rel="next"')).toBe(
      '/api/deadlines?cursor=abc',
    );
    expect(nextPageUrl('</a?page=1>; rel="prev", </a?page=3>; rel=next')).toBe('/a?page=3');
    expect(nextPageUrl('</a?page=1>; rel="prev"')).toBeNull();
    expect(nextPageUrl(null)).toBeNull();
  });

  it('follows every next page and joins their rows in order', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const http = TestBed.inject(HttpClient);
    const backend = TestBed.inject(HttpTestingController);
    const all = firstValueFrom(allPages<number>(http, '/api/deadlines', { dueAfter: 'x' }));
    backend
      .expectOne('/api/deadlines?dueAfter=x')
      .flush([1, 2], { headers: { Link: '</api/deadlines?dueAfter=x&cursor=c1>; rel="next"' } });
    backend
      .expectOne('/api/deadlines?dueAfter=x&cursor=c1')
      .flush([3], { headers: { Link: '</api/deadlines?dueAfter=x&cursor=c2>; rel="next"' } });
    backend.expectOne('/api/deadlines?dueAfter=x&cursor=c2').flush([]);
    expect(await all).toEqual([1, 2, 3]);
    backend.verify();
  });
});
