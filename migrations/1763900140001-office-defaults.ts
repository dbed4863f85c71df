// Office defaults (issue 17, item 9): the country, time zone and language an office works in, so
// that intake starts from them (Tijuana's cases in America/Tijuana, not Mexico City's clock).
// Nullable: an office that has not chosen keeps today's behaviour (the form asks). The office's
// postal address is kept in organizations.settings->>'address', where filings already read it.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OfficeDefaults1763900140001 implements MigrationInterface {
  name = 'OfficeDefaults1763900140001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE organizations
        ADD COLUMN default_jurisdiction text CHECK (default_jurisdiction ~ '^[A-Z]{2}$'),
        ADD COLUMN default_time_zone text
          CHECK (char_length(default_time_zone) BETWEEN 1 AND 64),
        ADD COLUMN default_language text CHECK (default_language IN ('en', 'es'))
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE organizations
        DROP COLUMN default_language,
        DROP COLUMN default_time_zone,
        DROP COLUMN default_jurisdiction
    `);
  }
}
