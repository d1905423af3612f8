import { SEARCH_FILTERS, SEARCH_SORTS, type SearchFilter, type SearchSort } from './options';

/** What the search page shows, as kept in its URL so it can be shared and restored with Back. */
export interface SearchState {
  query: string;
  filters: Partial<Record<SearchFilter, string[]>>;
  sort?: SearchSort | undefined;
  /** Search the words as typed, without correcting them (`persis=1`). */
  exact?: boolean | undefined;
}

const isFilter = (name: string): name is SearchFilter => name in SEARCH_FILTERS;
const isSort = (name: string | null): name is SearchSort => name !== null && name in SEARCH_SORTS;

/** Reads `?q=…&jenis=Program&wilayah=…&urut=tanggal&persis=1`; unknown parameters are ignored. */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const [name, value] of params) {
    if (isFilter(name) && value) filters[name] = [...(filters[name] ?? []), value];
  }
  const sort = params.get('urut');
  return { query: (params.get('q') ?? '').trim(), filters, sort: isSort(sort) ? sort : undefined, exact: params.get('persis') === '1' || undefined };
}

/** Writes a state back as URL parameters, in a stable order so equal states give equal URLs. */
export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of Object.keys(SEARCH_FILTERS) as SearchFilter[]) {
    for (const value of [...(state.filters[name] ?? [])].sort()) params.append(name, value);
  }
  if (state.sort) params.set('urut', state.sort);
  if (state.exact) params.set('persis', '1');
  return params;
}

/** Pagefind's filter argument: any value within a filter, all filters together. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(state.filters)
      .filter(([, values]) => values && values.length > 0)
      .map(([name, values]) => [name, { any: values! }]),
  );
}

/** Escapes text for HTML, keeping only the `<mark>` tags Pagefind puts around matches. */
export function safeExcerpt(excerpt: string): string {
  return excerpt
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/&lt;(\/?)mark&gt;/g, '<$1mark>');
}
