// The second stage of a search (src/scripts/search-engine.ts): typo correction, "did you mean" and partial
// matches. Imported with the vocabulary: after the first results of one word, alongside the first search of several
// words (whose first results may be partial matches).
import { PARTIAL_THRESHOLD, partialHits } from '../lib/search/forgiving';
import { queryWords } from '../lib/search/words';
import type { Found } from './search-engine';
import type { Pagefind } from './pagefind-loader';

export { autoCorrection, isWeakMatch, suggestQueries, wordsInNoPage } from '../lib/search/suggest';

/**
 * Results that match all the words (`full`) come first; when they are fewer than PARTIAL_THRESHOLD, pages
 * with some of the words follow, those with more words first, each saying which words it has. Words in
 * `inNoPage` are not searched alone.
 */
export async function withPartialMatches(pagefind: Pagefind, query: string, options: object, full: Found[], inNoPage: readonly string[] = []): Promise<Found[]> {
  const allWords = [...new Set(queryWords(query))];
  if (allWords.length < 2 || full.length >= PARTIAL_THRESHOLD) return full;
  // A word in no page would only bring Pagefind's matches for a shorter start of it.
  const words = allWords.filter((word) => !inNoPage.includes(word));
  if (words.length === 0) return full;
  const searches = await Promise.all(words.map((word) => pagefind.search(word, options)));
  const byId = new Map(searches.flatMap((search) => search.results.map((result) => [result.id, result] as const)));
  const resultsByWord = new Map(words.map((word, index) => [word, searches[index]!.results.map((result) => result.id)]));
  const partial = partialHits(resultsByWord, new Set(full.map((item) => item.result.id)));
  return [...full, ...partial.map((hit) => ({ result: byId.get(hit.id)!, partialWords: hit.words }))];
}

