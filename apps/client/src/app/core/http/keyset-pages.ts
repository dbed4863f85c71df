// Lists the API sends in keyset pages with a plain array body: the next page's address is in the
// `Link` header (rel="next", RFC 8288). A screen that needs the whole list reads page after page.
import type { HttpClient, HttpParams } from '@angular/common/http';
import { EMPTY, expand, map, reduce, type Observable } from 'rxjs';

/** The rel="next" address of a `Link` header, if any. */
export function nextPageUrl(link: string | null): string | null {
  if (!link) return null;
  for (const part of link.split(',')) {
    const match = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (match && /(^|;)\s*rel="?next"?\s*(;|$)/.test(match[2])) return match[1];
  }
  return null;
}

/** Every row of a paged list, following its `Link: rel="next"` pages one after another. */
export function allPages<T>(
  http: HttpClient,
  url: string,
  params?: HttpParams | Record<string, string>,
): Observable<T[]> {
  const first = http.get<T[]>(url, { params, observe: 'response' });
  return first.pipe(
    expand((response) => {
      const next = nextPageUrl(response.headers.get('Link'));
      return next ? http.get<T[]>(next, { observe: 'response' }) : EMPTY;
    }),
    map((response) => response.body ?? []),
    reduce((rows: T[], page: T[]) => rows.concat(page), []),
  );
}
