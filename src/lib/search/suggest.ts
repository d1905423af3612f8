// Typo correction and "did you mean": loaded after the first results (with the vocabulary), never before them.
import { distance } from 'fastest-levenshtein';
import { queryWords } from './words';

export { queryWords };

/** Typos tolerated for a word of this length: one for short words, about one in four letters for long ones. */
const tolerance = (word: string) => Math.max(1, Math.floor(word.length / 4));

/** The closest vocabulary word, preferring fewer edits and then the more frequent word (earlier in the list). */
function nearest(word: string, vocabulary: readonly string[]): string | undefined {
  let best: { word: string; edits: number } | undefined;
  for (const candidate of vocabulary) {
    if (Math.abs(candidate.length - word.length) > tolerance(word)) continue;
    const edits = distance(word, candidate);
    if (edits <= tolerance(word) && (!best || edits < best.edits)) best = { word: candidate, edits };
  }
  return best?.word;
}

/**
 * Suggests queries for one that found nothing: words written apart that the vocabulary has as one
 * ("banjar baru" → "banjarbaru"), and unknown words replaced by their nearest known word
 * ("homcare" → "homecare"). `vocabulary` is ordered from most to least frequent.
 */
export function suggestQueries(query: string, vocabulary: readonly string[]): string[] {
  const known = new Set(vocabulary);
  const words = queryWords(query);
  const suggestions = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) {
    const joined = words[i]! + words[i + 1]!;
    if (known.has(joined)) suggestions.add([...words.slice(0, i), joined, ...words.slice(i + 2)].join(' '));
  }
  // Words that join into a known word explain the miss better than spelling corrections would.
  if (suggestions.size > 0) return [...suggestions];
  const corrected = words.map((word) => (known.has(word) ? word : (nearest(word, vocabulary) ?? word)));
  if (corrected.some((word, i) => word !== words[i])) suggestions.add(corrected.join(' '));
  return [...suggestions];
}

/**
 * True when results look like a near miss rather than a match: some query word is highlighted in no
 * excerpt (compared on its first three letters, so stemmed forms still count). Pagefind then still
 * returns loosely related pages, so the search page offers suggestions alongside them.
 */
export function isWeakMatch(query: string, excerpts: readonly string[]): boolean {
  const marked = excerpts.flatMap((excerpt) => [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].flatMap((m) => queryWords(m[1]!)));
  return queryWords(query).some((word) => !marked.some((mark) => mark.startsWith(word.slice(0, 3))));
}

/**
 * The query to search instead when a word of it is in no page and the vocabulary knows a close word
 * or a join ("homcare" → "homecare", "rt mandri" → "rt mandiri"). Queries whose words are all known
 * are left alone: they are not typos, however few results they find.
 */
export function autoCorrection(query: string, vocabulary: readonly string[]): string | undefined {
  const known = new Set(vocabulary);
  // Words of one or two letters are not in the vocabulary, and too short to correct.
  if (queryWords(query).every((word) => word.length <= 2 || known.has(word))) return undefined;
  return suggestQueries(query, vocabulary)[0];
}
