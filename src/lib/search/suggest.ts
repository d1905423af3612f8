// Typo correction and "did you mean": loaded with the vocabulary for the second stage of a search (src/scripts/search-engine.ts).
import { distance } from 'fastest-levenshtein';
import { queryWords } from './words';

export { queryWords };

/** Typos tolerated for a word of this length: one for short words, about one in four letters for long ones. */
const tolerance = (word: string) => Math.max(1, Math.floor(word.length / 4));

/** Words of one or two letters ("rt", "di") are too short to correct: the vocabulary leaves them out, and they stay as typed. */
const tooShort = (word: string) => word.length <= 2;

/** The closest vocabulary word, preferring fewer edits and then the more frequent word (earlier in the list). */
function nearest(word: string, vocabulary: readonly string[]): string | undefined {
  if (tooShort(word)) return undefined;
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
  const words = queryWords(query);
  const joins = joinedQueries(words, vocabulary).map(({ query }) => query);
  // Words that join into a known word explain the miss better than spelling corrections would.
  if (joins.length > 0) return joins;
  const known = new Set(vocabulary);
  const corrected = words.map((word) => (known.has(word) || tooShort(word) ? word : (nearest(word, vocabulary) ?? word)));
  return corrected.some((word, i) => word !== words[i]) ? [corrected.join(' ')] : [];
}

/**
 * The queries made by joining two adjacent words into a known word, each with the join's rank in the
 * vocabulary and the ranks of the two words it replaces (-1 when unknown), in the order of the words.
 */
function joinedQueries(words: readonly string[], vocabulary: readonly string[]): { query: string; joined: number; parts: [number, number] }[] {
  const rank = new Map(vocabulary.map((word, index) => [word, index]));
  const joins: { query: string; joined: number; parts: [number, number] }[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const joined = rank.get(words[i]! + words[i + 1]!);
    if (joined === undefined) continue;
    const query = [...words.slice(0, i), words[i]! + words[i + 1]!, ...words.slice(i + 2)].join(' ');
    if (!joins.some((join) => join.query === query)) joins.push({ query, joined, parts: [rank.get(words[i]!) ?? -1, rank.get(words[i + 1]!) ?? -1] });
  }
  return joins;
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
 * or a join ("homcare" → "homecare", "rt mandri" → "rt mandiri"; words of one or two letters stay as
 * typed). Queries whose words are all known are left alone, however few results they find, except for
 * two words the site writes as one more often than it uses either of them ("banjar baru" → "banjarbaru").
 */
export function autoCorrection(query: string, vocabulary: readonly string[]): string | undefined {
  const words = queryWords(query);
  const known = new Set(vocabulary);
  if (words.some((word) => !tooShort(word) && !known.has(word))) return suggestQueries(query, vocabulary)[0];
  // Every word is known: only a join the site uses more than each of its parts is a correction.
  return joinedQueries(words, vocabulary).find(({ joined, parts }) => parts.every((part) => part === -1 || joined < part))?.query;
}

/**
 * The query's words that no page has, neither whole nor as the start of a longer word (Pagefind matches
 * the start of words). Pagefind still answers such a word with the pages of a shorter start of it:
 * "homcare" finds every "H." and "xqzvbnw" the "X" of "X Koto", which are no matches. Words of one or two
 * letters, which the vocabulary leaves out, are never counted; with no vocabulary, no word is.
 */
export function wordsInNoPage(query: string, vocabulary: readonly string[]): string[] {
  if (vocabulary.length === 0) return [];
  return queryWords(query).filter((word) => !tooShort(word) && !vocabulary.some((known) => known.startsWith(word)));
}
