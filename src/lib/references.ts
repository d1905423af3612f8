import { forEachRef, type CollectionName, type Entry } from './entries';
import type { ContentProblem } from './problems';

/** All entries of every collection, keyed by collection name. */
export type EntriesByCollection = Record<CollectionName, readonly Entry<unknown>[]>;

/**
 * Finds every reference that points at no entry. Astro 7 only logs these and builds anyway,
 * so Tiru checks them itself (see notes/astro7-pagefind.md §1.2).
 */
export function findBrokenReferences(entries: EntriesByCollection): ContentProblem[] {
  const ids = Object.fromEntries(
    Object.entries(entries).map(([collection, list]) => [collection, new Set(list.map((entry) => entry.id))]),
  ) as Record<CollectionName, Set<string>>;
  const problems: ContentProblem[] = [];
  for (const [collection, list] of Object.entries(entries)) {
    for (const entry of list) {
      forEachRef(entry.data, (ref, field) => {
        if (ids[ref.collection].has(ref.id)) return;
        problems.push({
          file: entry.filePath ?? `${collection}/${entry.id}`,
          field,
          message: `tidak ada entri ${ref.collection} bernama "${ref.id}" (unknown ${ref.collection} reference)`,
        });
      });
    }
  }
  return problems;
}
