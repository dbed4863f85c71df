// A short digest of what a rule says, so a rule cannot change without its pack's version and the
// changelog saying so: the tests compare every shipped rule with the digests recorded per version.

/**
 * What is evidence about a rule rather than the rule itself: the address and words of its source,
 * and who reviewed it. Changing them re-documents the rule; it does not change a date.
 */
const NOT_THE_RULE = new Set(['sourceUrl', 'excerpt', 'review']);

/** JSON with sorted keys and without the evidence fields, at any depth. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([key, v]) => v !== undefined && !NOT_THE_RULE.has(key))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, v]) => `${JSON.stringify(key)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** cyrb53: a well-spread 53-bit string hash; enough to notice a change, not a security measure. */
function cyrb53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** The digest of a rule's content: period, trigger, calendar, citation, status, notes, title. */
export function ruleFingerprint(rule: object): string {
  return cyrb53(canonical(rule));
}
