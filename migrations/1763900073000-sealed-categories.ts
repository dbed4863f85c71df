// A person's gender and vulnerabilities and a screening's answers and findings move to columns
// sealed by the application (docs/security-encryption.md). SQL has no key, so this migration
// only adds the columns: the application seals the rows written in clear (KeyRotation
// .sealClearValues, at start-up and in `keys:rotate`) and empties their clear columns, which stay
// (nullable) so that the down migration has a schema to return to. What SQL can derive, it does:
// the "hours until removal" answer, which the escalation rule reads in SQL, gets a clear column.
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** SCREENING_QUESTION_IDS.hoursUntilRemoval, written out: a landed migration must not change. */
const HOURS = 's10.hours_until_removal';
const HOURS_OF = (answers: string) =>
  `CASE WHEN jsonb_typeof(${answers} -> '${HOURS}') = 'number'
        THEN (${answers} ->> '${HOURS}')::double precision END`;
const FINDINGS = ['reasons', 'pathways', 'urgency', 'advisories'];

export class SealedCategories1763900073000 implements MigrationInterface {
  name = 'SealedCategories1763900073000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE clients
        ADD COLUMN gender_sealed text,
        ADD COLUMN vulnerabilities_sealed text,
        ALTER COLUMN vulnerabilities DROP NOT NULL,
        ALTER COLUMN vulnerabilities DROP DEFAULT`);
    await db.query(`
      ALTER TABLE risk_assessments
        ADD COLUMN answers_sealed text,
        ADD COLUMN findings_sealed text,
        ADD COLUMN hours_until_removal double precision,
        ${['answers', ...FINDINGS].map((c) => `ALTER COLUMN ${c} DROP NOT NULL`).join(', ')}`);

    // Rows still written in clear (an older instance during a rolling upgrade, a hand-made row)
    // get the clear hours column too, so the escalation rule never misses them.
    await db.query(`
      CREATE FUNCTION risk_assessments_hours_from_clear() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          NEW.hours_until_removal := ${HOURS_OF('NEW.answers')};
          RETURN NEW;
        END $$`);
    await db.query(`
      CREATE TRIGGER risk_assessments_hours_from_clear
        BEFORE INSERT OR UPDATE OF answers ON risk_assessments
        FOR EACH ROW WHEN (NEW.answers IS NOT NULL)
        EXECUTE FUNCTION risk_assessments_hours_from_clear()`);

    // The rows left to seal, found without scanning an office (start-up looks at every office);
    // empty once everything is sealed.
    await db.query(`
      CREATE INDEX clients_clear_categories_idx ON clients (organization_id, id)
       WHERE gender_sealed IS NULL OR vulnerabilities_sealed IS NULL
          OR gender IS NOT NULL OR vulnerabilities IS NOT NULL`);
    await db.query(`
      CREATE INDEX risk_assessments_clear_idx ON risk_assessments (organization_id, id)
       WHERE answers_sealed IS NULL OR findings_sealed IS NULL
          OR ${['answers', ...FINDINGS].map((c) => `${c} IS NOT NULL`).join(' OR ')}`);

    // Existing screenings: the owner is held by FORCE too, so lift it for the copy, inside this
    // migration's transaction.
    await db.query(`ALTER TABLE risk_assessments NO FORCE ROW LEVEL SECURITY`);
    await db.query(`UPDATE risk_assessments SET hours_until_removal = ${HOURS_OF('answers')}`);
    await db.query(`ALTER TABLE risk_assessments FORCE ROW LEVEL SECURITY`);
  }

  /**
   * Back to the clear schema. SQL cannot open the sealed values: what it can restore is restored
   * (the hours answer, the urgent flag), every other sealed value comes back empty. Take a backup
   * before upgrading, and restore it rather than revert if that data matters
   * (docs/security-encryption.md).
   */
  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX risk_assessments_clear_idx`);
    await db.query(`DROP INDEX clients_clear_categories_idx`);
    await db.query(`DROP TRIGGER risk_assessments_hours_from_clear ON risk_assessments`);
    await db.query(`DROP FUNCTION risk_assessments_hours_from_clear()`);

    await db.query(`ALTER TABLE clients NO FORCE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE risk_assessments NO FORCE ROW LEVEL SECURITY`);
    await db.query(`UPDATE clients SET vulnerabilities = '{}' WHERE vulnerabilities IS NULL`);
    await db.query(`
      UPDATE risk_assessments SET
        answers = coalesce(answers, CASE WHEN hours_until_removal IS NULL THEN '{}'::jsonb
                    ELSE jsonb_build_object('${HOURS}', hours_until_removal) END),
        reasons = coalesce(reasons, '[]'),
        pathways = coalesce(pathways, '[]'),
        urgency = coalesce(urgency, jsonb_build_object(
                    'urgent', urgent, 'removalWithin72h', false, 'reasons', '[]'::jsonb)),
        advisories = coalesce(advisories, '[]')
       WHERE ${['answers', ...FINDINGS].map((c) => `${c} IS NULL`).join(' OR ')}`);
    await db.query(`ALTER TABLE risk_assessments FORCE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE clients FORCE ROW LEVEL SECURITY`);

    await db.query(`
      ALTER TABLE risk_assessments
        DROP COLUMN answers_sealed,
        DROP COLUMN findings_sealed,
        DROP COLUMN hours_until_removal,
        ${['answers', ...FINDINGS].map((c) => `ALTER COLUMN ${c} SET NOT NULL`).join(', ')}`);
    await db.query(`
      ALTER TABLE clients
        DROP COLUMN gender_sealed,
        DROP COLUMN vulnerabilities_sealed,
        ALTER COLUMN vulnerabilities SET DEFAULT '{}',
        ALTER COLUMN vulnerabilities SET NOT NULL`);
  }
}
