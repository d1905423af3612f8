// The one search both the search page and the header's search-as-you-type panel run: Pagefind with Tiru's
// options and ranking, then typo correction and partial matches (search-refine.ts, imported after the first
// results of one word, alongside the first search of several). Loaded only where a search starts.
import { SEARCH_TYPES } from '../schemas/search-types';
import { isNamedBy, rankResults } from '../lib/search/forgiving';
import { fillRankingWindow } from '../lib/search/ranking-window';
import { SEARCH_SORTS, VOCABULARY_PATH } from '../lib/search/options';
import { pagefindFilters, type SearchState } from '../lib/search/url-state';
import { queryWords } from '../lib/search/words';
import type { Pagefind, PagefindResult, PagefindResultData } from './pagefind-loader';

export { loadPagefind, pagefindReady, type Pagefind, type PagefindModule, type PagefindResult, type PagefindResultData, type PagefindSearch } from './pagefind-loader';

/** Results shown at a time on the search page; the first page is ranked as soon as it arrives. */
export const PAGE_SIZE = 10;

let vocabulary: Promise<string[]> | undefined;

/** The site's words, most frequent first; fetched with the second stage of a search (`loadRefinement`). */
async function loadVocabulary(): Promise<string[]> {
  vocabulary ??= fetch(VOCABULARY_PATH).then((response) => response.json() as Promise<string[]>);
  try {
    return await vocabulary;
  } catch {
    vocabulary = undefined;
    return [];
  }
}

/** What the second stage needs: the vocabulary and its code. */
const loadRefinement = () => Promise.all([loadVocabulary(), import('./search-refine')]);

/** A result to show, and for a page found by some of the words only, which words. */
export interface Found {
  result: PagefindResult;
  partialWords?: string[] | undefined;
  /** The result's data, once loaded. */
  data?: PagefindResultData | undefined;
}

/** One step of a search: shown as soon as it is known, replaced by the next. */
export interface SearchStage {
  /** The words searched: the query as typed, or its correction. */
  query: string;
  /** Every result in order; the first PAGE_SIZE have their data. */
  found: Found[];
  /** How many of them have all the words (they come first). */
  full: number;
  /** The correction searched instead of the query, when there was one. */
  corrected?: string | undefined;
  /** Queries to offer when the results look like a near miss ("Mungkin maksud Anda"). */
  suggestions: string[];
  /** False when the results are those of the stage before, so a shown list need not change. */
  refined: boolean;
}

/** What to search: the words, Pagefind's filter and sort arguments, and whether to correct typos. */
export interface SearchRequest {
  query: string;
  options: { filters?: object; sort?: object };
  exact?: boolean | undefined;
}

/** What to search for a page state: its words, filters, sort and whether to correct typos. */
export function searchRequest(state: SearchState): SearchRequest {
  const sort = state.sort ? { [state.sort]: SEARCH_SORTS[state.sort].direction } : undefined;
  return { query: state.query, options: { filters: pagefindFilters(state), ...(sort && { sort }) }, exact: state.exact };
}

/** Loads the data of the first `count` results (each result's data is fetched once). */
async function withData(found: Found[], count: number): Promise<Found[]> {
  await Promise.all(
    found.slice(0, count).map(async (item) => {
      item.data ??= await item.result.data();
    }),
  );
  return found;
}

const typeOf = (item: Found) => item.data?.meta['jenis'];
const namesOf = (item: Found) => [item.data?.meta['title'] ?? '', ...(item.data?.meta['alias']?.split(', ') ?? [])];

/**
 * Orders results as Tiru ranks them (unless the visitor chose a sort): entries named by the query first,
 * then the rest, sources after all entries; partial matches after the full ones. `sources` lists results
 * known to be sources though their data is not loaded.
 */
export async function ranked(found: Found[], full: number, query: string, sorted: boolean, window: number, sources?: ReadonlySet<string>): Promise<Found[]> {
  if (sorted) return withData(found, window);
  const isSource = (item: Found) => (item.data ? typeOf(item) === SEARCH_TYPES.sources : (sources?.has(item.result.id) ?? false));
  const order = () => rankResults(found, { full, query, namesOf, isSource });
  // Ranking can lift results whose data is not loaded into the window (an entry after ten sources moves
  // ahead of them): each is loaded as soon as it enters, until every result in the window has its data.
  await fillRankingWindow(order, window, async (item) => (item.data ??= await item.result.data()));
  return order();
}

/**
 * Searches in stages, each yielded as soon as it is known: first what was asked for, ranked on its
 * first page; then, with the vocabulary, a typo correction and partial matches. Callers drop a stage
 * once a newer search has started, and say so with `stale`, which ends the search before its next step.
 */
export async function* searchStages(pagefind: Pagefind, request: SearchRequest, stale: () => boolean = () => false): AsyncGenerator<SearchStage> {
  const { query, options } = request;
  const sorted = Boolean(options.sort);
  // Several words are often on no page together, and then their partial matches, the first results, need the
  // vocabulary: it loads alongside the first search rather than after it.
  const early = queryWords(query).length > 1 ? loadRefinement() : undefined;
  early?.catch(() => undefined);
  const search = await pagefind.search(query || null, options);
  // Words typed meanwhile are searched next: this search's result data need not load.
  if (stale()) return;
  const asked = search.results.map((result): Found => ({ result }));
  const first = await ranked(asked, asked.length, query, sorted, PAGE_SIZE);
  // Words that found nothing are not "no results" yet: the next stage may correct them or find pages with some of them.
  const firstShown = asked.length > 0 || !query;
  if (firstShown) yield { query, found: first, full: asked.length, suggestions: [], refined: true };
  if (!query) return;

  // The code for corrections and partial matches arrives with the vocabulary, after the first results of one word.
  const [words, refine] = await (early ?? loadRefinement());
  if (stale()) return;
  // Words that name an entry as typed are no typo ("home care" is Homecare's alias), whatever the vocabulary joins.
  const named = first.slice(0, PAGE_SIZE).some((item) => item.data && typeOf(item) !== SEARCH_TYPES.sources && isNamedBy(namesOf(item), query));
  const corrected = request.exact || named ? undefined : refine.autoCorrection(query, words);
  const correctedSearch = corrected ? await pagefind.search(corrected, options) : undefined;
  const useCorrection = corrected !== undefined && correctedSearch !== undefined && correctedSearch.results.length > 0;
  const searched = useCorrection ? corrected : query;
  // With a word in no page, Pagefind's results are pages with a shorter start of it ("H." for "homcare"): none has all the words.
  const inNoPage = refine.wordsInNoPage(searched, words);
  const fullMatches = useCorrection ? correctedSearch.results.map((result): Found => ({ result })) : inNoPage.length > 0 ? [] : asked;
  const found = await refine.withPartialMatches(pagefind, searched, options, fullMatches, inNoPage);
  const refined = found !== asked;
  const final = refined ? await ranked(found, fullMatches.length, searched, sorted, PAGE_SIZE) : first;
  const nearMiss = !useCorrection && (fullMatches.length === 0 || refine.isWeakMatch(query, final.slice(0, PAGE_SIZE).map((item) => item.data?.excerpt ?? '')));
  yield {
    query: searched,
    found: final,
    full: fullMatches.length,
    corrected: useCorrection ? corrected : undefined,
    // Words searched as typed on request ("Cari … saja") still offer the correction they would have had.
    suggestions: nearMiss ? refine.suggestQueries(query, words) : request.exact ? [refine.autoCorrection(query, words)].filter((q): q is string => q !== undefined) : [],
    refined: refined || !firstShown,
  };
}
