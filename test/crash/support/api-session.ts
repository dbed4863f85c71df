// A signed-in member talking to a started API over HTTP, and the job they follow at
// GET /api/jobs/:id, with every state they were shown kept for the test to judge.
import type { BackgroundJobResponse } from '@amparo/contracts';
import { DEMO_PASSWORD } from '../../../apps/api/src/app/seed/demo-data';

export interface Answer<Body = unknown> {
  readonly status: number;
  readonly body: Body;
}

export interface ApiSession {
  /** Points the session at another process (the same database, started again). */
  moveTo(url: string): void;
  request<Body>(method: string, path: string, body?: unknown): Promise<Answer<Body>>;
  /** A CSV upload (text/csv). */
  csv<Body>(path: string, text: string): Promise<Answer<Body>>;
  bytes(path: string): Promise<Buffer>;
}

export async function signIn(
  url: string,
  email: string,
  password = DEMO_PASSWORD,
): Promise<ApiSession> {
  let base = url;
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200)
    throw new Error(`sign-in of ${email}: ${response.status} ${await response.text()}`);
  const { accessToken } = (await response.json()) as { accessToken: string };
  const authorization = `Bearer ${accessToken}`;
  const send = async <Body>(
    method: string,
    path: string,
    body: string | undefined,
    contentType: string,
  ): Promise<Answer<Body>> => {
    const answer = await fetch(`${base}${path}`, {
      method,
      headers: {
        Authorization: authorization,
        ...(body === undefined ? {} : { 'Content-Type': contentType }),
      },
      body,
    });
    const text = await answer.text();
    return { status: answer.status, body: (text ? JSON.parse(text) : null) as Body };
  };
  return {
    moveTo: (next) => {
      base = next;
    },
    request: (method, path, body) =>
      send(method, path, body === undefined ? undefined : JSON.stringify(body), 'application/json'),
    csv: (path, text) => send('POST', path, text, 'text/csv'),
    bytes: async (path) => {
      const answer = await fetch(`${base}${path}`, { headers: { Authorization: authorization } });
      if (answer.status !== 200) throw new Error(`GET ${path}: ${answer.status}`);
      return Buffer.from(await answer.arrayBuffer());
    },
  };
}

/** Answers the body of a 2xx, else fails naming the call. */
export function ok<Body>(answer: Answer<Body>, what: string): Body {
  if (answer.status < 200 || answer.status > 299)
    throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** A job as its member follows it, every state they were shown kept in `seen`. */
export class FollowedJob<Result = unknown> {
  readonly seen: BackgroundJobResponse<Result>[] = [];

  constructor(
    private readonly session: ApiSession,
    readonly id: string,
  ) {}

  async read(): Promise<BackgroundJobResponse<Result>> {
    const job = ok(
      await this.session.request<BackgroundJobResponse<Result>>('GET', `/api/jobs/${this.id}`),
      `GET /api/jobs/${this.id}`,
    );
    this.seen.push(job);
    return job;
  }

  /** Reads until `done` holds; fails after `timeoutMs` naming the last state shown. */
  async until(
    done: (job: BackgroundJobResponse<Result>) => boolean,
    timeoutMs: number,
    everyMs = 100,
  ): Promise<BackgroundJobResponse<Result>> {
    const since = Date.now();
    for (;;) {
      const job = await this.read();
      if (done(job)) return job;
      if (Date.now() - since > timeoutMs)
        throw new Error(`job ${this.id} still ${JSON.stringify(job)} after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  }

  settled(timeoutMs: number): Promise<BackgroundJobResponse<Result>> {
    return this.until(
      (job) => job.status === 'succeeded' || job.status === 'failed',
      timeoutMs,
      250,
    );
  }
}
