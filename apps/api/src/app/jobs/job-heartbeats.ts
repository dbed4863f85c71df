// Signs of life for the jobs this instance is running: a row per job in job_heartbeats, touched
// every few seconds while the job runs and deleted when it ends. pg-boss 10 has no heartbeat of
// its own (timgit/pg-boss#436): a job whose instance was killed stays active until it expires.
// Statements run on the pool, never inside a job's transaction, so a long import keeps beating.
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class JobHeartbeats {
  /** pg-boss job id → queue, for every job this instance is running. */
  private readonly held = new Map<string, string>();

  constructor(private readonly dataSource: DataSource) {}

  /** Whether this instance is running that pg-boss job (it is never taken back from itself). */
  holds(queueJobId: string): boolean {
    return this.held.has(queueJobId);
  }

  /** Runs a job's work with its heartbeat: from before its first statement to after its last. */
  async around<T>(queue: string, queueJobId: string, work: () => Promise<T>): Promise<T> {
    this.held.set(queueJobId, queue); // at once: a recovery pass in this instance must skip it
    try {
      await this.dataSource.query(
        `INSERT INTO job_heartbeats (queue_job_id, queue) VALUES ($1, $2)
         ON CONFLICT (queue_job_id) DO UPDATE SET queue = EXCLUDED.queue, beat_at = now()`,
        [queueJobId, queue],
      );
      return await work();
    } finally {
      this.held.delete(queueJobId);
      // Left behind if this fails (the database went away): beat_at grows old and the recovery
      // pass deletes it; the job's own state is pg-boss's.
      await this.dataSource
        .query(`DELETE FROM job_heartbeats WHERE queue_job_id = $1`, [queueJobId])
        .catch(() => undefined);
    }
  }

  /** One beat for every job this instance runs. */
  async beat(): Promise<void> {
    if (this.held.size === 0) return;
    await this.dataSource.query(
      `UPDATE job_heartbeats SET beat_at = now() WHERE queue_job_id = ANY($1::uuid[])`,
      [[...this.held.keys()]],
    );
  }

  /** Deletes rows nobody has touched for this long (left by an instance that died). */
  async forget(seconds: number): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM job_heartbeats WHERE beat_at < now() - make_interval(secs => $1)`,
      [seconds],
    );
  }
}
