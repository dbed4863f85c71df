// The job row as the API shows it: no payload, errors as the code and words saved for people.
import type { BackgroundJobResponse } from '@amparo/contracts';
import type { BackgroundJobEntity } from './background-job.entity';

export function toBackgroundJobResponse(job: BackgroundJobEntity): BackgroundJobResponse {
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    progress: { done: job.progressDone, total: job.progressTotal },
    result: job.status === 'succeeded' ? (job.result ?? null) : null,
    error:
      job.status === 'failed' && job.errorCode
        ? {
            code: job.errorCode,
            message: job.errorMessage ?? '',
            ...(job.errorDetails ? { details: job.errorDetails } : {}),
          }
        : null,
    attempts: job.attempts,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}
