// What the search page adds after its first results: facet counts from a second Pagefind instance, the
// filter checkboxes, and the ranking of every page of results. Imported once the first results show.
import { SEARCH_TYPES } from '../schemas/search-types';
import { PAGEFIND_OPTIONS, SEARCH_FILTERS, type SearchFilter } from '../lib/search/options';
import { pagefindFilters, type SearchState } from '../lib/search/url-state';
import { queryWords } from '../lib/search/words';
import type { Pagefind, PagefindModule, PagefindSearch } from './pagefind-loader';
import { PAGE_SIZE, ranked, type Found, type SearchRequest, type SearchStage } from './search-engine';
import { element } from './search-render';

/** How far down the full matches ranking looks for entries named by the query, for the pages after the first. */
const RANK_WINDOW = 50;

let facetEngine: Promise<Pagefind> | undefined;

/**
 * A second Pagefind instance, for filters only. An instance that has loaded all filter chunks counts
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

/**
 * Facet counts as users expect them: a filter's own values are counted as if it were not applied,
 * so choosing "Program" still shows how many "Kegiatan" there would be.
 */
export async function facetCounts(pagefind: PagefindModule, state: SearchState): Promise<PagefindSearch['filters']> {
  const engine = await facetInstance(pagefind);
  const { filters: counts } = await engine.search(state.query || null, { filters: pagefindFilters(state) });
  for (const name of Object.keys(pagefindFilters(state))) {
    const others = { ...state, filters: { ...state.filters, [name]: [] } };
    const without = await engine.search(state.query || null, { filters: pagefindFilters(others) });
    counts[name] = without.filters[name] ?? {};
  }
  return counts;
}

/** Fieldsets of checkboxes with counts; chosen values stay visible even when they match nothing. */
export function renderFilters(container: HTMLElement, counts: PagefindSearch['filters'], state: SearchState): void {
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
