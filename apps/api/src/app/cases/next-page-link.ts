// Keyset pages whose body stays a plain array: the next page's address goes in a `Link` header
// (RFC 8288, rel="next"), the request's own query with the next cursor, as GitHub's API does.
import type { Request, Response } from 'express';

export interface KeysetPage<T> {
  readonly rows: T[];
  readonly nextCursor: string | null;
}

/** The page's rows, with `Link: <…&cursor=…>; rel="next"` when another page follows. */
export function withNextPageLink<T>(
  request: Request,
  response: Response,
  page: KeysetPage<T>,
): T[] {
  if (page.nextCursor) {
    const url = new URL(request.originalUrl, 'http://self');
    url.searchParams.set('cursor', page.nextCursor);
    response.setHeader('Link', `<${url.pathname}${url.search}>; rel="next"`);
  }
  return page.rows;
}
