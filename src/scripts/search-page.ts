import { PAGEFIND_OPTIONS, SEARCH_FILTERS, SEARCH_SORTS, VOCABULARY_PATH, type SearchFilter } from '../lib/search/options';
import { suggestQueries } from '../lib/search/suggest';
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

async function suggestionsFor(query: string): Promise<string[]> {
  try {
    const vocabulary = (await (await fetch(VOCABULARY_PATH)).json()) as string[];
    return suggestQueries(query, vocabulary);
  } catch {
    return [];
  }
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
    renderFilters(filters, search.filters, state);
    results.replaceChildren();
    const described = state.query ? ` untuk “${state.query}”` : '';
    status.textContent = search.results.length > 0 ? `${search.results.length} hasil${described}.` : `Tidak ada hasil${described}.`;
    help.hidden = search.results.length > 0;
    suggestions.replaceChildren();
    if (search.results.length === 0 && state.query) {
      const alternatives = await suggestionsFor(state.query);
      if (alternatives.length > 0 && current === run) {
        suggestions.append('Mungkin maksud Anda: ');
        alternatives.forEach((alternative, index) => {
          const link = element('a', '', alternative);
          link.href = `/cari/?${writeSearchState({ ...state, query: alternative })}`;
          suggestions.append(...(index > 0 ? [', '] : []), link);
        });
        suggestions.append('?');
      }
    }
    let shown = 0;
    const showMore = async () => {
      const page = await Promise.all(search.results.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
      if (current !== run) return;
      const items = page.map((data) => renderResult(data, Boolean(state.query)));
      results.append(...items);
      shown += page.length;
      more.hidden = shown >= search.results.length;
      return items[0];
    };
    await showMore();
    more.onclick = async () => {
      // Keyboard users land on the first new result rather than back at the top.
      (await showMore())?.querySelector('a')?.focus();
    };
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
