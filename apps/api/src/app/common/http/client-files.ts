// How the built client's files travel. They are compressed once, at build time
// (apps/client/scripts/precompress.mjs writes `.br` and `.gz` next to each file), and
// express-static-gzip sends the variant the browser accepts (brotli first): no CPU per request, and
// a first visit downloads a quarter of the bytes. File names that carry a content hash never change
// content, so browsers keep them a year without asking again; index.html (and any unhashed file)
// is checked every time, so a new release is seen at once.
import type { ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import expressStaticGzip from 'express-static-gzip';

/**
 * Angular's output hashing: `main-7QXGZ4NA.js`, `chunk-…`, `styles-…css`, `media/…-HASH.woff2`,
 * and their compressed variants (the path a response is sent from: `main-7QXGZ4NA.js.br`).
 */
const HASHED_NAME = /-[A-Z0-9]{8}\.[a-z0-9]+(\.br|\.gz)?$/;

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** The Cache-Control of a client file (also given to the SPA's index.html fallback). */
export function setClientCacheHeaders(response: ServerResponse, path: string): void {
  response.setHeader('Cache-Control', HASHED_NAME.test(path) ? IMMUTABLE : REVALIDATE);
}

/**
 * The client's files with their precompressed variants, outside /api; misses fall through to
 * ServeStaticModule (uncompressed files, and index.html for the SPA's deep links).
 */
export function compressedClientFiles(clientDir: string): RequestHandler {
  const files = expressStaticGzip(clientDir, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: { index: false, fallthrough: true, setHeaders: setClientCacheHeaders },
  }) as RequestHandler;
  return (request, response, next) =>
    request.path === '/api' || request.path.startsWith('/api/')
      ? next()
      : files(request, response, next);
}
