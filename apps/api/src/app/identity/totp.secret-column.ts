// TOTP secrets are encrypted from day one, bound to their organization and user row.
import { defineEncryptedColumn } from '../crypto/encrypted-column.registry';

export const TOTP_SECRET_COLUMN = defineEncryptedColumn({
  table: 'users',
  column: 'totp_secret',
  bindsRowId: true,
});

/** A replacement secret waiting for its first code; the working one stays in totp_secret. */
export const TOTP_PENDING_SECRET_COLUMN = defineEncryptedColumn({
  table: 'users',
  column: 'totp_pending_secret',
  bindsRowId: true,
});
