// Account safeguards of issue 15: a replacement TOTP secret waits in its own (sealed) column until
// a code from it confirms it, so the working one keeps working meanwhile; and members and their
// office's supervisors are told in the app when an admin changes a member's roles, issues a
// password link, or adds a member.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS_BEFORE = [
  'deadline.reminder',
  'deadline.missed',
  'risk.escalated',
  'event.correction-requested',
  'event.correction-decided',
];
const ACCOUNT_KINDS = ['account.roles_changed', 'account.password_reset', 'account.invited'];

const listed = (kinds: string[]) => kinds.map((kind) => `'${kind}'`).join(', ');

async function allowKinds(db: QueryRunner, kinds: string[]): Promise<void> {
  await db.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
  await db.query(
    `ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (${listed(kinds)}))`,
  );
}

export class AccountSafeguards1763900072000 implements MigrationInterface {
  name = 'AccountSafeguards1763900072000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ADD COLUMN totp_pending_secret text`);
    await allowKinds(db, [...KINDS_BEFORE, ...ACCOUNT_KINDS]);
  }

  async down(db: QueryRunner): Promise<void> {
    // The owner is held by FORCE too: lift it for the clean-up, inside this transaction.
    await db.query(`ALTER TABLE notifications NO FORCE ROW LEVEL SECURITY`);
    await db.query(`DELETE FROM notifications WHERE kind IN (${listed(ACCOUNT_KINDS)})`);
    await db.query(`ALTER TABLE notifications FORCE ROW LEVEL SECURITY`);
    await allowKinds(db, KINDS_BEFORE);
    await db.query(`ALTER TABLE users DROP COLUMN totp_pending_secret`);
  }
}
