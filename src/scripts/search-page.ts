import { PAGEFIND_OPTIONS, SEARCH_FILTERS, SEARCH_SORTS, VOCABULARY_PATH, type SearchFilter } from '../lib/search/options';
import { autoCorrection, describeResults, namedFirst, PARTIAL_THRESHOLD, partialHits, sourcesLast } from '../lib/search/forgiving';
import { isWeakMatch, queryWords, suggestQueries } from '../lib/search/suggest';
import { pagefindFilters, readSearchState, safeExcerpt, writeSearchState, type SearchState } from '../lib/search/url-state';

/** The parts of Pagefind's browser API this page uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: object): Promise<void>;
  filters(): Promise<PagefindSearch['filters']>;
  search(term: string | null, options?: object): Promise<PagefindSearch>;
}
/** The module is itself an instance, and starts others over the same bundle. */
interface PagefindModule extends Pagefind {
  createInstance(): Pagefind;
}

const PAGE_SIZE = 10;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Builds an element with text content only, so entry text can never become markup. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A result to show, and for a page found by some of the words only, which words. */
interface Found {
  result: PagefindSearch['results'][number];
  partialWords?: string[] | undefined;
}

function renderResult(data: PagefindResultData, showExcerpt: boolean, partialWords?: string[]): HTMLLIElement {
  const item = element('li', 'search-result');
  item.append(element('span', 'badge', data.meta['jenis'] ?? 'Halaman'));
  const heading = element('h2', '');
  const link = element('a', '', data.meta['title'] ?? data.url);
  link.href = data.url;
  heading.append(link);
  item.append(heading);
  if (data.meta['wilayah']) item.append(element('p', 'meta', data.meta['wilayah']));
  if (partialWords) item.append(element('p', 'partial', `Memuat sebagian kata: ${partialWords.join(', ')}`));
  const text = element('p', 'excerpt');
  if (showExcerpt && data.excerpt) text.innerHTML = safeExcerpt(data.excerpt);
  else text.textContent = data.meta['ringkasan'] ?? '';
  item.append(text);
  return item;
}

/** Fieldsets of checkboxes with counts; chosen values stay visible even when they match nothing. */
function renderFilters(container: HTMLElement, counts: PagefindSearch['filters'], state: SearchState): void {
  container.replaceChildren();
  for (const [name, legend] of Object.entries(SEARCH_FILTERS) as [SearchFilter, string][]) {
    const chosen = state.filters[name] ?? [];
    const values = new Map(Object.entries(counts[name] ?? {}));
    for (const value of chosen) if (!values.has(value)) values.set(value, 0);
    const shown = [...values].filter(([value, count]) => count > 0 || chosen.includes(value));
    if (shown.length === 0) continue;
    const fieldset = element('fieldset', 'filter');
    fieldset.append(element('legend', '', legend));
    shown.sort(([a], [b]) => (name === 'tahun' ? b.localeCompare(a) : a.localeCompare(b, 'id', { numeric: true })));
    for (const [value, count] of shown) {
      const label = element('label', '');
      const box = element('input', '');
      box.type = 'checkbox';
      box.name = name;
      box.value = value;
      box.checked = chosen.includes(value);
      label.append(box, ` ${value} `, element('span', 'count', `(${count})`));
      fieldset.append(label);
    }
    container.append(fieldset);
  }
  container.hidden = container.childElementCount === 0;
}

function stateFromForm(form: HTMLFormElement): SearchState {
  return readSearchState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

function fillForm(form: HTMLFormElement, state: SearchState): void {
  ($('q') as HTMLInputElement).value = state.query;
  const active = Object.values(state.filters).reduce((sum, values) => sum + (values?.length ?? 0), 0);
  $('search-filter-count').textContent = active > 0 ? `(${active} aktif)` : '';
  ($('urut') as HTMLSelectElement).value = state.sort ?? '';
  const header = document.getElementById('cari-kata') as HTMLInputElement | null;
  if (header) header.value = state.query;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    box.checked = (state.filters[box.name as SearchFilter] ?? []).includes(box.value);
  }
}

async function loadPagefind(): Promise<PagefindModule> {
  const path = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ path)) as PagefindModule;
  await pagefind.options(PAGEFIND_OPTIONS);
  return pagefind;
}

let vocabulary: Promise<string[]> | undefined;
let facetEngine: Promise<Pagefind> | undefined;

/**
 * A second Pagefind instance, for facet counts only. An instance that has loaded all filter chunks counts
 * every filter value for every result of every later search (at 10,000 programs a query went from 45 to
 * 460 ms), so the instance that answers queries never loads them. Its files come from the browser's cache.
 */
function facetInstance(pagefind: PagefindModule): Promise<Pagefind> {
  facetEngine ??= (async () => {
    const facets = pagefind.createInstance();
    await facets.options(PAGEFIND_OPTIONS);
    await facets.filters();
    return facets;
  })();
  return facetEngine;
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
 * Results that match all the words come first; when they are fewer than PARTIAL_THRESHOLD, pages
 * with some of the words follow, those with more words first, each saying which words it has.
 */
async function withPartialMatches(engine: Pagefind, query: string, options: object, full: PagefindSearch): Promise<Found[]> {
  const found: Found[] = full.results.map((result) => ({ result }));
  const words = [...new Set(queryWords(query))];
  if (words.length < 2 || full.results.length >= PARTIAL_THRESHOLD) return found;
  const searches = await Promise.all(words.map((word) => engine.search(word, options)));
  const byId = new Map(searches.flatMap((search) => search.results.map((result) => [result.id, result] as const)));
  const resultsByWord = new Map(words.map((word, index) => [word, searches[index]!.results.map((result) => result.id)]));
  const partial = partialHits(resultsByWord, new Set(full.results.map((result) => result.id)));
  return [...found, ...partial.map((hit) => ({ result: byId.get(hit.id)!, partialWords: hit.words }))];
}

/**
 * Facet counts as users expect them: a filter's own values are counted as if it were not applied,
 * so choosing "Program" still shows how many "Kegiatan" there would be.
 */
async function facetCounts(pagefind: PagefindModule, state: SearchState): Promise<PagefindSearch['filters']> {
  // Started after the first results, so results never wait for facet counts.
  const engine = await facetInstance(pagefind);
  const { filters: counts } = await engine.search(state.query || null, { filters: pagefindFilters(state) });
  for (const name of Object.keys(pagefindFilters(state))) {
    const others = { ...state, filters: { ...state.filters, [name]: [] } };
    const without = await engine.search(state.query || null, { filters: pagefindFilters(others) });
    counts[name] = without.filters[name] ?? {};
  }
  return counts;
}

/** "Menampilkan hasil untuk homecare · Cari homcare saja", the second a link to the uncorrected search. */
function renderCorrection(container: HTMLElement, corrected: string, state: SearchState): void {
  const exact = element('a', '');
  exact.href = `/cari/?${writeSearchState({ ...state, exact: true })}`;
  exact.append('Cari ', element('em', '', state.query), ' saja');
  container.replaceChildren('Menampilkan hasil untuk ', element('strong', '', corrected), ' · ', exact);
}

/** "Mungkin maksud Anda: homecare?" with each suggestion a link to its own search. */
function renderSuggestions(container: HTMLElement, alternatives: string[], state: SearchState): void {
  if (alternatives.length === 0) return;
  container.append('Mungkin maksud Anda: ');
  alternatives.forEach((alternative, index) => {
    const link = element('a', '', alternative);
    link.href = `/cari/?${writeSearchState({ ...state, query: alternative })}`;
    container.append(...(index > 0 ? [', '] : []), link);
  });
  container.append('?');
}

/**
 * Pairs results with their data and orders the first page: among the full matches, entries named by the
 * query first, then the rest, and sources after all entries; partial matches keep their order after them.
 */
function reorder(found: Found[], data: PagefindResultData[], full: number, query: string) {
  const loaded = found.slice(0, data.length).map((item, i) => ({ item, data: data[i] }));
  const typeOf = (entry: (typeof loaded)[number]) => entry.data?.meta['jenis'];
  const namesOf = (entry: (typeof loaded)[number]) => [entry.data?.meta['title'] ?? '', ...(entry.data?.meta['alias']?.split(', ') ?? [])];
  return [...sourcesLast(namedFirst(loaded.slice(0, full), namesOf, query), typeOf), ...sourcesLast(loaded.slice(full), typeOf)];
}

/** Runs the search page: state lives in the URL, results update in place, Back restores them. */
export function startSearchPage(): void {
  const form = $<HTMLFormElement>('search-form');
  const status = $('search-status');
  const results = $<HTMLOListElement>('search-results');
  const filters = $('search-filters');
  const help = $('search-help');
  const suggestions = $('search-suggestions');
  const more = $<HTMLButtonElement>('search-more');
  // The filters start open where they form a sidebar, folded behind "Saring" on narrow screens.
  const refine = $<HTMLDetailsElement>('search-refine');
  const wide = matchMedia('(min-width: 60rem)');
  refine.open = wide.matches;
  wide.addEventListener('change', (event) => (refine.open = event.matches));
  const pagefind = loadPagefind();
  let run = 0;

  async function show(state: SearchState) {
    const current = ++run;
    fillForm(form, state);
    const browsing = !state.query && Object.keys(pagefindFilters(state)).length > 0;
    if (!state.query && !browsing) {
      status.textContent = 'Ketik kata kunci untuk mencari program, wilayah, kegiatan, dan sumber.';
      results.replaceChildren();
      filters.hidden = true;
      more.hidden = true;
      help.hidden = false;
      suggestions.textContent = '';
      return;
    }
    let engine: PagefindModule;
    try {
      engine = await pagefind;
    } catch {
      status.textContent = 'Indeks pencarian belum tersedia. Jalankan "npm run build", lalu muat ulang halaman ini.';
      return;
    }
    const sort = state.sort ? { [state.sort]: SEARCH_SORTS[state.sort].direction } : undefined;
    const options = { filters: pagefindFilters(state), ...(sort && { sort }) };
    const search = await engine.search(state.query || null, options);
    if (current !== run) return;

    /** Shows a list of results, a page at a time, with the status saying how many. */
    const render = async (found: Found[], query: string) => {
      // Within the first page, sources follow the entries that cite them (unless the visitor chose an order).
      const firstData = await Promise.all(found.slice(0, PAGE_SIZE).map((item) => item.result.data()));
      if (current !== run) return;
      const full = found.filter((item) => !item.partialWords).length;
      const ordered = sort ? found.slice(0, PAGE_SIZE).map((item, i) => ({ item, data: firstData[i] })) : reorder(found, firstData, full, query);
      const list = [...ordered, ...found.slice(PAGE_SIZE).map((item) => ({ item, data: undefined }))];
      status.textContent = describeResults(full, found.length - full, query);
      help.hidden = found.length > 0;
      let shown = 0;
      const showMore = async () => {
        const slice = list.slice(shown, shown + PAGE_SIZE);
        const data = await Promise.all(slice.map(({ item, data }) => data ?? item.result.data()));
        shown += slice.length;
        more.hidden = shown >= list.length;
        return slice.map(({ item }, i) => renderResult(data[i]!, Boolean(state.query), item.partialWords));
      };
      results.replaceChildren(...(await showMore()));
      more.onclick = async () => {
        const items = await showMore();
        results.append(...items);
        // Keyboard users land on the first new result rather than back at the top.
        items[0]?.querySelector('a')?.focus();
      };
    };

    suggestions.replaceChildren();
    if (!state.query) {
      await render(search.results.map((result) => ({ result })), '');
    } else {
      // First what was asked for, at once; then, with the vocabulary, a correction and partial matches.
      await render(search.results.map((result) => ({ result })), state.query);
      const words = await loadVocabulary();
      if (current !== run) return;
      const corrected = state.exact ? undefined : autoCorrection(state.query, words);
      const correctedSearch = corrected ? await engine.search(corrected, options) : undefined;
      if (current !== run) return;
      const useCorrection = corrected && correctedSearch && correctedSearch.results.length > 0;
      const query = useCorrection ? corrected : state.query;
      const found = await withPartialMatches(engine, query, options, useCorrection ? correctedSearch : search);
      if (current !== run) return;
      if (useCorrection || found.length > search.results.length) await render(found, query);
      if (current !== run) return;
      if (useCorrection) renderCorrection(suggestions, corrected, state);
      else if (!found.some((item) => !item.partialWords) || isWeakMatch(state.query, await Promise.all(found.slice(0, PAGE_SIZE).map((item) => item.result.data().then((d) => d.excerpt))))) {
        renderSuggestions(suggestions, suggestQueries(state.query, words), state);
      }
    }
    const counts = await facetCounts(engine, state);
    if (current === run) renderFilters(filters, counts, state);
  }

  const go = (state: SearchState) => {
    const url = `/cari/?${writeSearchState(state)}`;
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    void show(state);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go(stateFromForm(form));
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).id !== 'q') go(stateFromForm(form));
  });
  window.addEventListener('popstate', () => void show(readSearchState(new URLSearchParams(location.search))));
  void show(readSearchState(new URLSearchParams(location.search)));
}
