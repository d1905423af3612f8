import type { SearchFilter } from '../lib/search/options';
import { describeResults } from '../lib/search/forgiving';
import { pagefindFilters, readSearchState, writeSearchState, type SearchState } from '../lib/search/url-state';
import { loadPagefind, PAGE_SIZE, searchRequest, searchStages, type Found, type PagefindModule, type PagefindResultData, type SearchStage } from './search-engine';
import { element, renderCorrection, renderSuggestions, resultDetails } from './search-render';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function renderResult(data: PagefindResultData, showExcerpt: boolean, partialWords?: string[]): HTMLLIElement {
  const item = element('li', 'search-result');
  const details = resultDetails(data, showExcerpt, 'p');
  const heading = element('h2', '');
  const link = element('a', '', details.title);
  link.href = data.url;
  heading.append(link);
  item.append(details.badge, heading);
  if (details.region) item.append(details.region);
  if (partialWords) item.append(element('p', 'partial', `Memuat sebagian kata: ${partialWords.join(', ')}`));
  item.append(details.text);
  return item;
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
    const request = searchRequest(state);

    /** Shows a list of results, a page at a time (keeping as many shown as before), with the status saying how many. */
    const render = async (found: Found[], full: number, query: string, keepShown = 0) => {
      let shown = 0;
      const showMore = async (count = PAGE_SIZE) => {
        const slice = found.slice(shown, shown + count);
        const data = await Promise.all(slice.map(async (item) => (item.data ??= await item.result.data())));
        shown += slice.length;
        return slice.map((item, i) => renderResult(data[i]!, Boolean(state.query), item.partialWords));
      };
      const items = await showMore(Math.max(PAGE_SIZE, keepShown));
      if (current !== run) return;
      status.textContent = describeResults(full, found.length - full, query);
      help.hidden = found.length > 0;
      results.replaceChildren(...items);
      more.hidden = shown >= found.length;
      more.onclick = async () => {
        const added = await showMore();
        results.append(...added);
        more.hidden = shown >= found.length;
        // Keyboard users land on the first new result rather than back at the top.
        added[0]?.querySelector('a')?.focus();
      };
      return () => shown;
    };

    // First what was asked for, at once; then, with the vocabulary, a correction and partial matches.
    let last: SearchStage | undefined;
    let shownCount: (() => number) | undefined;
    for await (const stage of searchStages(engine, request, () => current !== run)) {
      if (current !== run) return;
      last = stage;
      if (stage.refined) shownCount = await render(stage.found, stage.full, stage.query);
      if (current !== run) return;
      if (stage.corrected) renderCorrection(suggestions, stage.corrected, state);
      else renderSuggestions(suggestions, stage.suggestions, state);
    }
    // Facet counts and the ranking of every page come after the first results, with their code.
    const facets = await import('./search-facets');
    const counts = await facets.facetCounts(engine, state);
    if (current !== run) return;
    facets.renderFilters(filters, counts, state);
    // With the filter instance loaded, every page of results is ranked, not only the first.
    const everyPage = last && (await facets.rankAllPages(engine, request, last));
    if (current !== run || !everyPage || !last) return;
    if (everyPage.some((item, i) => item !== last.found[i])) await render(everyPage, last.full, last.query, shownCount?.());
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
