// The screening data sealed by the field cipher (key rotation finds it here).
import { defineEncryptedColumn } from '../crypto/encrypted-column.registry';

/** JSON `{ texts: { <question id>: string }, notes: string | null }`, bound to the row. */
export const RISK_EVIDENCE = defineEncryptedColumn({
  table: 'risk_assessments',
  column: 'evidence_sealed',
  bindsRowId: true,
});
