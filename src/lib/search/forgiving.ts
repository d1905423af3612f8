import { queryWords } from './words';

/** Below this many results for all words together, results with some of the words are added. */
export const PARTIAL_THRESHOLD = 3;

/** A page that matches some of the query's words, and which. */
export interface PartialHit {
  id: string;
  words: string[];
}

/**
 * Pages found by single words of a query but not by all of them (`exclude`), those with more of the
 * words first; among equals, the better ranked (summed position in each word's results) first.
 */
export function partialHits(resultsByWord: ReadonlyMap<string, readonly string[]>, exclude: ReadonlySet<string>): PartialHit[] {
  const hits = new Map<string, { words: string[]; rank: number }>();
  for (const [word, ids] of resultsByWord) {
    ids.forEach((id, position) => {
      if (exclude.has(id)) return;
      const hit = hits.get(id) ?? { words: [], rank: 0 };
      hit.words.push(word);
      hit.rank += position;
      hits.set(id, hit);
    });
  }
  return [...hits]
    .sort(([, a], [, b]) => b.words.length - a.words.length || a.rank - b.rank)
    .map(([id, { words }]) => ({ id, words }));
}

/** Sources after the entries that cite them: a stable reordering that keeps relevance within each group. */
export function sourcesLast<T>(items: readonly T[], isSource: (item: T) => boolean): T[] {
  return [...items.filter((item) => !isSource(item)), ...items.filter(isSource)];
}

/** The status line: how many results have all the words, and how many only some. */
export function describeResults(full: number, partial: number, query: string): string {
  const described = query ? ` untuk “${query}”` : '';
  if (full > 0) return `${full} hasil${described}${partial ? `, dan ${partial} memuat sebagian kata` : ''}.`;
  if (partial > 0) return `Tidak ada hasil dengan semua kata${described}; ${partial} hasil memuat sebagian kata.`;
  return `Tidak ada hasil${described}.`;
}

/** How much of a name the query's words make up: 1 when the name is the query, 0 when it lacks a query word. */
function nameCoverage(name: string, words: readonly string[]): number {
  const nameWords = queryWords(name);
  return words.length > 0 && words.every((word) => nameWords.includes(word)) ? words.length / nameWords.length : 0;
}

/** True when one of the names (an entry's title and aliases) contains every word of the query. */
export function isNamedBy(names: readonly string[], query: string): boolean {
  const words = queryWords(query);
  return names.some((name) => nameCoverage(name, words) > 0);
}

/**
 * Entries named by the query come first: those whose title or alias contains every query word, the
 * closest names first ("banjarbaru" puts Kota Banjarbaru before Kecamatan Banjarbaru Selatan); the
 * pages that only mention the words keep their relevance order after them.
 */
export function namedFirst<T>(items: readonly T[], namesOf: (item: T) => readonly string[], query: string): T[] {
  const words = queryWords(query);
  const scored = items.map((item, index) => ({ item, index, coverage: Math.max(0, ...namesOf(item).map((name) => nameCoverage(name, words))) }));
  return scored.sort((a, b) => b.coverage - a.coverage || a.index - b.index).map(({ item }) => item);
}

/** What ranking needs to know of each result. */
export interface RankingInput<T> {
  /** How many results, from the start, have all the query's words; the rest have some. */
  full: number;
  query: string;
  /** The entry's title and aliases (empty when its data is not loaded). */
  namesOf: (item: T) => readonly string[];
  isSource: (item: T) => boolean;
}

/**
 * Tiru's order of results: among the full matches, entries named by the query first (`namedFirst`), then
 * the rest, and sources after all entries; partial matches after them, again with their sources last.
 */
export function rankResults<T>(items: readonly T[], { full, query, namesOf, isSource }: RankingInput<T>): T[] {
  return [...sourcesLast(namedFirst(items.slice(0, full), namesOf, query), isSource), ...sourcesLast(items.slice(full), isSource)];
}
