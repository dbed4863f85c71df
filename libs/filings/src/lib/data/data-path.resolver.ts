// Reads a dotted path (client.fullName) out of the filing view model.
export function resolvePath(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Absent means: undefined, null, blank text, `false`, or a list with nothing present in it. */
export function isPresent(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.some(isPresent);
  return true;
}

/** True when the guard's path, or every one of its paths, holds a value. */
export function guardHolds(root: unknown, guard: string | readonly string[] | undefined): boolean {
  if (guard === undefined) return true;
  const paths = typeof guard === 'string' ? [guard] : guard;
  return paths.every((path) => isPresent(resolvePath(root, path)));
}
