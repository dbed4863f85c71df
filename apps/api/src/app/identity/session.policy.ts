// How long a sign-in lasts: short access tokens, an idle limit, and an absolute limit.
export const SESSION_POLICY = {
  /** An access token works this long; the client refreshes it (the issue caps it at 15 min). */
  accessTtlMs: 10 * 60_000,
  /** A session unused this long ends. */
  idleTimeoutMs: 30 * 60_000,
  /** A session ends this long after sign-in, however active. */
  absoluteTimeoutMs: 12 * 60 * 60_000,
  /** last_seen_at is written at most this often, to keep requests read-only. */
  touchEveryMs: 60_000,
} as const;
