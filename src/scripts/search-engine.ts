// The one search both the search page and the header's search-as-you-type panel run: Pagefind with Tiru's
// options, then typo correction, partial matches and ranking. Loaded only where a search starts.
import { SEARCH_TYPES } from '../schemas/collections';
import { autoCorrection, PARTIAL_THRESHOLD, partialHits, rankResults } from '../lib/search/forgiving';
import { PAGEFIND_OPTIONS, SEARCH_SORTS, VOCABULARY_PATH } from '../lib/search/options';
import { pagefindFilters, type SearchState } from '../lib/search/url-state';
import { isWeakMatch, queryWords, suggestQueries } from '../lib/search/suggest';

/** The parts of Pagefind's browser API Tiru uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: object): Promise<void>;
  filters(): Promise<PagefindSearch['filters']>;
  search(term: string | null, options?: object): Promise<PagefindSearch>;
}
/** The module is itself an instance, and starts others over the same bundle. */
export interface PagefindModule extends Pagefind {
  createInstance(): Pagefind;
}

/** Results shown at a time on the search page; the first page is ranked as soon as it arrives. */
export const PAGE_SIZE = 10;

/** How far down the full matches ranking looks for entries named by the query, for the pages after the first. */
const RANK_WINDOW = 50;

let engine: Promise<PagefindModule> | undefined;
let vocabulary: Promise<string[]> | undefined;
let facetEngine: Promise<Pagefind> | undefined;

/** Pagefind with Tiru's options, loaded once per page whoever asks first. */
export function loadPagefind(): Promise<PagefindModule> {
  engine ??= (async () => {
    const path = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ path)) as PagefindModule;
    await pagefind.options(PAGEFIND_OPTIONS);
    return pagefind;
  })();
  engine.catch(() => (engine = undefined));
  return engine;
}

/** The site's words, most frequent first; fetched after the first results, never before them. */
async function loadVocabulary(): Promise<string[]> {
  vocabulary ??= fetch(VOCABULARY_PATH).then((response) => response.json() as Promise<string[]>);
  try {
    return await vocabulary;
  } catch {
    vocabulary = undefined;
    return [];
  }
}

/**
 * A second Pagefind instance, for filters only. An instance that has loaded all filter chunks counts
 * every filter value for every result of every later search (at 10,000 programs a query went from 45 to
 * 460 ms), so the instance that answers queries never loads them. Its files come from the browser's cache.
 */
export function facetInstance(pagefind: PagefindModule): Promise<Pagefind> {
  facetEngine ??= (async () => {
    const facets = pagefind.createInstance();
    await facets.options(PAGEFIND_OPTIONS);
    await facets.filters();
    return facets;
  })();
  return facetEngine;
}

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

/**
 * Results that match all the words (`full`) come first; when they are fewer than PARTIAL_THRESHOLD, pages
 * with some of the words follow, those with more words first, each saying which words it has.
 */
async function withPartialMatches(pagefind: Pagefind, query: string, options: object, full: Found[]): Promise<Found[]> {
  const words = [...new Set(queryWords(query))];
  if (words.length < 2 || full.length >= PARTIAL_THRESHOLD) return full;
  const searches = await Promise.all(words.map((word) => pagefind.search(word, options)));
  const byId = new Map(searches.flatMap((search) => search.results.map((result) => [result.id, result] as const)));
  const resultsByWord = new Map(words.map((word, index) => [word, searches[index]!.results.map((result) => result.id)]));
  const partial = partialHits(resultsByWord, new Set(full.map((item) => item.result.id)));
  return [...full, ...partial.map((hit) => ({ result: byId.get(hit.id)!, partialWords: hit.words }))];
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
async function ranked(found: Found[], full: number, query: string, sorted: boolean, window: number, sources?: ReadonlySet<string>): Promise<Found[]> {
  await withData(found, window);
  if (sorted) return found;
  const isSource = (item: Found) => (item.data ? typeOf(item) === SEARCH_TYPES.sources : (sources?.has(item.result.id) ?? false));
  return rankResults(found, { full, query, namesOf, isSource });
}

/**
 * Searches in stages, each yielded as soon as it is known: first what was asked for, ranked on its
 * first page; then, with the vocabulary, a typo correction and partial matches. Callers drop a stage
 * once a newer search has started.
 */
export async function* searchStages(pagefind: Pagefind, request: SearchRequest): AsyncGenerator<SearchStage> {
  const { query, options } = request;
  const sorted = Boolean(options.sort);
  const search = await pagefind.search(query || null, options);
  const asked = search.results.map((result): Found => ({ result }));
  const first = await ranked(asked, asked.length, query, sorted, PAGE_SIZE);
  yield { query, found: first, full: asked.length, suggestions: [], refined: true };
  if (!query) return;

  const words = await loadVocabulary();
  const corrected = request.exact ? undefined : autoCorrection(query, words);
  const correctedSearch = corrected ? await pagefind.search(corrected, options) : undefined;
  const useCorrection = corrected !== undefined && correctedSearch !== undefined && correctedSearch.results.length > 0;
  const searched = useCorrection ? corrected : query;
  const fullMatches = useCorrection ? correctedSearch.results.map((result): Found => ({ result })) : asked;
  const found = await withPartialMatches(pagefind, searched, options, fullMatches);
  const refined = found !== asked;
  const final = refined ? await ranked(found, fullMatches.length, searched, sorted, PAGE_SIZE) : first;
  const nearMiss = !useCorrection && (fullMatches.length === 0 || isWeakMatch(query, final.slice(0, PAGE_SIZE).map((item) => item.data?.excerpt ?? '')));
  yield {
    query: searched,
    found: final,
    full: fullMatches.length,
    corrected: useCorrection ? corrected : undefined,
    suggestions: nearMiss ? suggestQueries(query, words) : [],
    refined,
  };
}

/**
 * Ranks every page of a stage's results, not only the first: entries named by the query among the
 * first RANK_WINDOW full matches move to the front, and sources (known from the filter instance, so
 * their data need not load) go after all entries. Undefined when there is one page or a chosen sort.
 */
export async function rankAllPages(pagefind: PagefindModule, request: SearchRequest, stage: SearchStage): Promise<Found[] | undefined> {
  if (stage.found.length <= PAGE_SIZE || request.options.sort) return undefined;
  const facets = await facetInstance(pagefind);
  const terms = stage.found.length > stage.full ? [stage.query, ...new Set(queryWords(stage.query))] : [stage.query];
  const sourceSearches = await Promise.all(terms.map((term) => facets.search(term, { filters: { jenis: SEARCH_TYPES.sources } })));
  const sources = new Set(sourceSearches.flatMap((search) => search.results.map((result) => result.id)));
  return ranked([...stage.found], stage.full, stage.query, false, Math.min(stage.full, RANK_WINDOW), sources);
}
