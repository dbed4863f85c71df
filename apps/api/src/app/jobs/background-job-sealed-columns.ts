// The job data sealed by the field cipher (key rotation finds it here).
import { defineEncryptedColumn } from '../crypto/encrypted-column.registry';

export const JOB_PAYLOAD = defineEncryptedColumn({
  table: 'background_jobs',
  column: 'payload_sealed',
  bindsRowId: true,
});
