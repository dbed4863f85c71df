// A member's professional details have a home (issue 17, item 6): the bar or professional
// registration number, the EOIR ID (US) and the gender their title agrees with in Spanish
// ("Abogada", "Abogado"). Filings print them; nobody retypes them per filing.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MemberProfile1763900130002 implements MigrationInterface {
  name = 'MemberProfile1763900130002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE users
        ADD COLUMN bar_number text CHECK (char_length(bar_number) BETWEEN 1 AND 80),
        ADD COLUMN eoir_id text CHECK (eoir_id ~ '^[A-Z0-9]{6,12}$'),
        ADD COLUMN gender text CHECK (gender IN ('female', 'male'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE users DROP COLUMN gender, DROP COLUMN eoir_id, DROP COLUMN bar_number`);
  }
}
