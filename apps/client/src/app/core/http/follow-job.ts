import { defer, EMPTY, expand, type Observable, switchMap, timer } from 'rxjs';

interface JobLike {
  readonly status: 'queued' | 'running' | 'succeeded' | 'failed';
}

/** A background job is done once it succeeded or failed (`GET /api/jobs/:id`, docs/jobs.md). */
export function jobDone(job: JobLike): boolean {
  return job.status === 'succeeded' || job.status === 'failed';
}

/**
 * Each answer about a job, asked `pollMs` after the previous one, until it is done. `known` is
 * the job as last seen (e.g. the 202 that started it): nothing is asked when it is already done.
 */
export function followJob<J extends JobLike>(
  ask: () => Observable<J>,
  pollMs: number,
  known?: J | null,
): Observable<J> {
  const next = defer(ask);
  const first = known && jobDone(known) ? EMPTY : timer(pollMs).pipe(switchMap(() => next));
  return first.pipe(
    expand((job) => (jobDone(job) ? EMPTY : timer(pollMs).pipe(switchMap(() => next)))),
  );
}
