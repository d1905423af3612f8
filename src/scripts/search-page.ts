import { PAGEFIND_OPTIONS, SEARCH_FILTERS, SEARCH_SORTS, VOCABULARY_PATH, type SearchFilter } from '../lib/search/options';
import { isWeakMatch, suggestQueries } from '../lib/search/suggest';
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

const PAGE_SIZE = 10;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Builds an element with text content only, so entry text can never become markup. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderResult(data: PagefindResultData, showExcerpt: boolean): HTMLLIElement {
  const item = element('li', 'search-result');
  item.append(element('span', 'badge', data.meta['jenis'] ?? 'Halaman'));
  const heading = element('h2', '');
  const link = element('a', '', data.meta['title'] ?? data.url);
  link.href = data.url;
  heading.append(link);
  item.append(heading);
  if (data.meta['wilayah']) item.append(element('p', 'meta', data.meta['wilayah']));
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
  ($('urut') as HTMLSelectElement).value = state.sort ?? '';
  const header = document.getElementById('cari-kata') as HTMLInputElement | null;
  if (header) header.value = state.query;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    box.checked = (state.filters[box.name as SearchFilter] ?? []).includes(box.value);
  }
}

async function loadPagefind(): Promise<Pagefind> {
  const path = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
  await pagefind.options(PAGEFIND_OPTIONS);
  return pagefind;
}

let vocabulary: Promise<string[]> | undefined;
let filterChunks: Promise<unknown> | undefined;

/** Fetched only when a query needs suggestions, so ordinary searches never download it. */
async function suggestionsFor(query: string): Promise<string[]> {
  vocabulary ??= fetch(VOCABULARY_PATH).then((response) => response.json() as Promise<string[]>);
  try {
    return suggestQueries(query, await vocabulary);
  } catch {
    vocabulary = undefined;
    return [];
  }
}

/**
 * Facet counts as users expect them: a filter's own values are counted as if it were not applied,
 * so choosing "Program" still shows how many "Kegiatan" there would be.
 */
async function facetCounts(engine: Pagefind, state: SearchState): Promise<PagefindSearch['filters']> {
  // The filter chunks are loaded after the first results, so results never wait for facet counts.
  filterChunks ??= engine.filters();
  await filterChunks;
  const { filters: counts } = await engine.search(state.query || null, { filters: pagefindFilters(state) });
  for (const name of Object.keys(pagefindFilters(state))) {
    const others = { ...state, filters: { ...state.filters, [name]: [] } };
    const without = await engine.search(state.query || null, { filters: pagefindFilters(others) });
    counts[name] = without.filters[name] ?? {};
  }
  return counts;
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

/** Runs the search page: state lives in the URL, results update in place, Back restores them. */
export function startSearchPage(): void {
  const form = $<HTMLFormElement>('search-form');
  const status = $('search-status');
  const results = $<HTMLOListElement>('search-results');
  const filters = $('search-filters');
  const help = $('search-help');
  const suggestions = $('search-suggestions');
  const more = $<HTMLButtonElement>('search-more');
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
    let engine: Pagefind;
    try {
      engine = await pagefind;
    } catch {
      status.textContent = 'Indeks pencarian belum tersedia. Jalankan "npm run build", lalu muat ulang halaman ini.';
      return;
    }
    const sort = state.sort ? { [state.sort]: SEARCH_SORTS[state.sort].direction } : undefined;
    const search = await engine.search(state.query || null, { filters: pagefindFilters(state), ...(sort && { sort }) });
    if (current !== run) return;
    const firstPage = await Promise.all(search.results.slice(0, PAGE_SIZE).map((result) => result.data()));
    if (current !== run) return;
    const described = state.query ? ` untuk “${state.query}”` : '';
    status.textContent = search.results.length > 0 ? `${search.results.length} hasil${described}.` : `Tidak ada hasil${described}.`;
    help.hidden = search.results.length > 0;
    results.replaceChildren(...firstPage.map((data) => renderResult(data, Boolean(state.query))));
    let shown = firstPage.length;
    more.hidden = shown >= search.results.length;
    more.onclick = async () => {
      const page = await Promise.all(search.results.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
      const items = page.map((data) => renderResult(data, Boolean(state.query)));
      results.append(...items);
      shown += page.length;
      more.hidden = shown >= search.results.length;
      // Keyboard users land on the first new result rather than back at the top.
      items[0]?.querySelector('a')?.focus();
    };
    suggestions.replaceChildren();
    if (state.query && (firstPage.length === 0 || isWeakMatch(state.query, firstPage.map((data) => data.excerpt)))) {
      renderSuggestions(suggestions, await suggestionsFor(state.query), state);
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
