// TOTP secrets are encrypted from day one, bound to their organization and user row.
import { defineEncryptedColumn } from '../crypto/encrypted-column.registry';

export const TOTP_SECRET_COLUMN = defineEncryptedColumn({
  table: 'users',
  column: 'totp_secret',
  bindsRowId: true,
});
