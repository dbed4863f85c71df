// Account safeguards of issue 15: a replacement TOTP secret waits in its own (sealed) column until
// a code from it confirms it, so the working one keeps working meanwhile; and members and their
// office's supervisors are told in the app when an admin changes a member's roles, issues a
// password link, or adds a member with case access.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS_BEFORE = ['deadline.reminder', 'deadline.missed', 'risk.escalated'];
const ACCOUNT_KINDS = ['account.roles_changed', 'account.password_reset', 'account.invited'];

function kindCheck(kinds: string[], validate = true): string {
  return `ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
            CHECK (kind IN (${kinds.map((kind) => `'${kind}'`).join(', ')}))
            ${validate ? '' : 'NOT VALID'}`;
}

export class AccountSafeguards1763900075000 implements MigrationInterface {
  name = 'AccountSafeguards1763900075000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ADD COLUMN totp_pending_secret text`);
    await db.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await db.query(kindCheck([...KINDS_BEFORE, ...ACCOUNT_KINDS]));
  }

  async down(db: QueryRunner): Promise<void> {
    // Account notices already sent stay (the owner cannot see every office's rows to delete them:
    // row-level security is forced); NOT VALID keeps the old check for new rows only.
    await db.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await db.query(kindCheck(KINDS_BEFORE, false));
    await db.query(`ALTER TABLE users DROP COLUMN totp_pending_secret`);
  }
}
