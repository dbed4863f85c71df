// How a row is locked for a change. FOR NO KEY UPDATE makes a second writer of the row wait for
// the first to commit (and then read its change), yet lets others insert rows that refer to it
// (a note on the case, a notification): their foreign-key checks need only FOR KEY SHARE, so a
// case held by one request never stalls the sweep or an import writing about it.
export const FOR_CHANGE = { mode: 'for_no_key_update' } as const;
