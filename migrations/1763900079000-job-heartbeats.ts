// Signs of life from the instances working on background jobs. pg-boss 10 offers again a job
// whose instance was killed only once the job expires (15 minutes for an import, 10 for the
// minute sweep, whose queue runs nothing else meanwhile): a person would wait that long for an
// import that no longer runs. Each instance now beats here for the jobs it holds, and any working
// instance hands back a job whose beats stopped (docs/jobs.md, "When an instance dies").
// No office data: pg-boss job ids and queue names only, as in pg-boss's own tables.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class JobHeartbeats1763900079000 implements MigrationInterface {
  name = 'JobHeartbeats1763900079000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE job_heartbeats (
        queue_job_id uuid PRIMARY KEY,
        queue text NOT NULL,
        beat_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON job_heartbeats TO amparo_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE job_heartbeats`);
  }
}
