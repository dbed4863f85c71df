// Index lookups whose range an invariant guarantees (a weekday, a month, a calendar's cover, a
// template's first language). With `noUncheckedIndexedAccess` every such read is `T | undefined`;
// this says why it cannot be, and fails loudly, naming the lookup, if the invariant ever breaks.

/** The item at `index`; a RangeError naming `what` if there is none. */
export function itemAt<T>(items: ArrayLike<T>, index: number, what: string): T {
  const item = items[index];
  if (item === undefined)
    throw new RangeError(`${what}: no item at index ${index} (of ${items.length})`);
  return item;
}
