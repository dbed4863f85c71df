// The filing data sealed by the field cipher (key rotation finds it here).
import { defineEncryptedColumn } from '../crypto/encrypted-column.registry';

export const FILING_PDF = defineEncryptedColumn({
  table: 'filings',
  column: 'pdf_sealed',
  bindsRowId: true,
});
export const CASE_FILING_FACTS = defineEncryptedColumn({
  table: 'case_filing_facts',
  column: 'facts_sealed',
  idColumn: 'case_id',
  bindsRowId: true,
});
export const CASE_FILING_DETAILS = defineEncryptedColumn({
  table: 'case_filing_details',
  column: 'details_sealed',
  idColumn: 'case_id',
  bindsRowId: true,
});
