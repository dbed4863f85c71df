// A background job someone started (an import, a batch of filings), as the API reports it while
// it runs and once it is done.
export const BACKGROUND_JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type BackgroundJobStatus = (typeof BACKGROUND_JOB_STATUSES)[number];

export interface BackgroundJobProgress {
  readonly done: number;
  /** Null while the job does not yet know how much there is to do. */
  readonly total: number | null;
}

export interface BackgroundJobError {
  readonly code: string;
  readonly message: string;
  readonly details?: readonly unknown[];
}

export interface BackgroundJobResponse<Result = unknown> {
  readonly id: string;
  readonly kind: string;
  readonly status: BackgroundJobStatus;
  readonly progress: BackgroundJobProgress;
  /** What the job produced (ids, counts), once it succeeded. */
  readonly result: Result | null;
  /** Why it failed, in words a person can act on, once it failed. */
  readonly error: BackgroundJobError | null;
  readonly attempts: number;
  readonly createdAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
}
