// The case data sealed by the field cipher (key rotation finds them here).
import { defineEncryptedColumn } from '../crypto/encrypted-column.registry';

export const CLIENT_CONTACT = defineEncryptedColumn({
  table: 'clients',
  column: 'contact_sealed',
  bindsRowId: true,
});
export const CASE_A_NUMBER = defineEncryptedColumn({
  table: 'cases',
  column: 'a_number_sealed',
  bindsRowId: true,
  blindIndexes: [{ column: 'a_number_index', purpose: 'a-number' }],
});
export const EVENT_NOTE = defineEncryptedColumn({
  table: 'case_events',
  column: 'note_sealed',
  bindsRowId: true,
});
export const NOTE_BODY = defineEncryptedColumn({
  table: 'case_notes',
  column: 'body_sealed',
  bindsRowId: true,
});
/** JSON string or null; padded so every ordinary answer seals to the same length. */
export const CLIENT_GENDER = defineEncryptedColumn({
  table: 'clients',
  column: 'gender_sealed',
  bindsRowId: true,
  jsonPadding: 64,
  replacesClear: ['gender'],
});
/** JSON array of VULNERABILITIES; 256 bytes hold any combination, so all seal alike. */
export const CLIENT_VULNERABILITIES = defineEncryptedColumn({
  table: 'clients',
  column: 'vulnerabilities_sealed',
  bindsRowId: true,
  jsonPadding: 256,
  replacesClear: ['vulnerabilities'],
});
