/** The first items of a list, and how many were left out, for lists whose full set is linked elsewhere. */
export interface TruncatedList<T> {
  shown: T[];
  more: number;
}

/** Keeps the first `max` items of `items`. */
export function truncateList<T>(items: readonly T[], max: number): TruncatedList<T> {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}
