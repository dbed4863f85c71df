// The screening data sealed by the field cipher (key rotation finds it here).
import { defineEncryptedColumn } from '../crypto/encrypted-column.registry';

/** JSON `{ texts: { <question id>: string }, notes: string | null }`, bound to the row. */
export const RISK_EVIDENCE = defineEncryptedColumn({
  table: 'risk_assessments',
  column: 'evidence_sealed',
  bindsRowId: true,
});
/** JSON: the structured answers by question id, padded to 512-byte steps. */
export const RISK_ANSWERS = defineEncryptedColumn({
  table: 'risk_assessments',
  column: 'answers_sealed',
  bindsRowId: true,
  jsonPadding: 512,
  replacesClear: ['answers'],
});
/**
 * JSON `{ reasons, pathways, urgency, advisories }`: the score's explanation names what the
 * answers said (a death threat, a vulnerability), so it is sealed with them.
 */
export const RISK_FINDINGS = defineEncryptedColumn({
  table: 'risk_assessments',
  column: 'findings_sealed',
  bindsRowId: true,
  jsonPadding: 1024,
  replacesClear: ['reasons', 'pathways', 'urgency', 'advisories'],
});
