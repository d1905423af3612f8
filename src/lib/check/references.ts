import { distance } from 'fastest-levenshtein';
import type { CollectionName } from '../../schemas/collections';
import { forEachRef, type Entry } from '../read/entries';
import type { ContentProblem } from '../read/problems';

/** All entries of every collection, keyed by collection name. */
export type EntriesByCollection = Record<CollectionName, readonly Entry<unknown>[]>;

/** Up to three slugs closest to a misspelt one: "maksud Anda: kota-banjarbaru?". */
export function closestSlugs(slug: string, candidates: Iterable<string>): string[] {
  return [...candidates]
    // A slug cut short or run long ("2023-02-06-studi-tiru") counts as close as a typo.
    .map((candidate) => ({ candidate, edits: candidate.startsWith(slug) || slug.startsWith(candidate) ? 1 : distance(slug, candidate) }))
    .filter(({ edits }) => edits <= Math.max(3, Math.floor(slug.length / 3)))
    .sort((a, b) => a.edits - b.edits || a.candidate.localeCompare(b.candidate))
    .slice(0, 3)
    .map(({ candidate }) => candidate);
}

/**
 * Finds every reference that points at no entry, with the closest existing slugs as a hint.
 * Astro 7 only logs these and builds anyway, so Tiru checks them itself (notes/astro7-pagefind.md §1.2).
 * `alsoExisting` names entries whose files exist but failed validation: they are reported once,
 * as themselves, not again through every reference to them.
 */
export function findBrokenReferences(entries: EntriesByCollection, alsoExisting: readonly { collection: CollectionName; id: string }[] = []): ContentProblem[] {
  const ids = Object.fromEntries(Object.entries(entries).map(([collection, list]) => [collection, new Set(list.map((entry) => entry.id))])) as Record<
    CollectionName,
    Set<string>
  >;
  for (const { collection, id } of alsoExisting) ids[collection].add(id);
  const problems: ContentProblem[] = [];
  for (const [collection, list] of Object.entries(entries)) {
    for (const entry of list) {
      forEachRef(entry.data, (ref, field) => {
        if (ids[ref.collection].has(ref.id)) return;
        const suggestions = closestSlugs(ref.id, ids[ref.collection]);
        problems.push({
          file: entry.filePath ?? `${collection}/${entry.id}`,
          field,
          message: `tidak ada entri ${ref.collection} bernama "${ref.id}" (unknown ${ref.collection} reference)`,
          hint: suggestions.length ? `maksud Anda: ${suggestions.join(', ')}?` : `belum ada entri ${ref.collection} dengan slug itu; buat dengan npm run new`,
        });
      });
    }
  }
  return problems;
}
