// The reviews the shipped packs went through: who checked every rule against its source, and when.

/**
 * Issue 16's review: every rule's period, trigger, calendar, citation and status was set from the
 * text read (the address and excerpt each rule records), verified only where the text itself or
 * the agency's own page was read. Packs 1.1.0.
 */
export const RULE_PACK_REVIEW_2026_12 = {
  reviewedBy: 'Amparo rule-pack review (issue 16)',
  reviewedOn: '2026-12-07',
} as const;
