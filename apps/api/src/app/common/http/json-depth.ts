// How deeply a parsed JSON body nests. Validation and transformation walk bodies recursively, so
// a body nested thousands of levels deep (200 KB of `[`) would overflow their stack; this walk
// keeps its own stack instead, and stops as soon as the limit is passed.

/** The most levels a request body may nest: far beyond any body the API reads. */
export const MAX_BODY_DEPTH = 32;

/**
 * True when `value` nests objects or arrays deeper than `limit` levels (the body itself, when it
 * is an object or array, is level 1).
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: Array<[unknown, number]> = [[value, 1]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [current, depth] = next;
    if (typeof current !== 'object' || current === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(current)) {
      if (typeof child === 'object' && child !== null) pending.push([child, depth + 1]);
    }
  }
  return false;
}
