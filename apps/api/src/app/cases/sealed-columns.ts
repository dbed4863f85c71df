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
