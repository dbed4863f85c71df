/** The API lives under /api on the same origin that serves the client (see apps/api). */
export const apiBase = '/api';

/** True for calls to our own API: only those carry the request id and the access token. */
export function isApiUrl(url: string): boolean {
  return url === apiBase || url.startsWith(`${apiBase}/`);
}

export const requestIdHeader = 'X-Request-Id';
