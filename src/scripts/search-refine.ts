// The second stage of a search (src/scripts/search-engine.ts): typo correction, "did you mean" and partial
// matches. Imported with the vocabulary after the first results are shown, so no page loads it before them.
import { PARTIAL_THRESHOLD, partialHits } from '../lib/search/forgiving';
import { queryWords } from '../lib/search/words';
import type { Found } from './search-engine';
import type { Pagefind } from './pagefind-loader';

export { autoCorrection, isWeakMatch, suggestQueries } from '../lib/search/suggest';

/**
 * Results that match all the words (`full`) come first; when they are fewer than PARTIAL_THRESHOLD, pages
 * with some of the words follow, those with more words first, each saying which words it has.
 */
export async function withPartialMatches(pagefind: Pagefind, query: string, options: object, full: Found[]): Promise<Found[]> {
  const words = [...new Set(queryWords(query))];
  if (words.length < 2 || full.length >= PARTIAL_THRESHOLD) return full;
  const searches = await Promise.all(words.map((word) => pagefind.search(word, options)));
  const byId = new Map(searches.flatMap((search) => search.results.map((result) => [result.id, result] as const)));
  const resultsByWord = new Map(words.map((word, index) => [word, searches[index]!.results.map((result) => result.id)]));
  const partial = partialHits(resultsByWord, new Set(full.map((item) => item.result.id)));
  return [...full, ...partial.map((hit) => ({ result: byId.get(hit.id)!, partialWords: hit.words }))];
}

