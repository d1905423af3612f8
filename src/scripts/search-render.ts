// DOM pieces both the search page and the header panel draw results with.
import type { SearchState } from '../lib/search/url-state';
import { safeExcerpt, writeSearchState } from '../lib/search/url-state';
import type { PagefindResultData } from './search-engine';

/** Builds an element with text content only, so entry text can never become markup. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The type label, region and text of a result: the excerpt with its matches marked, else the entry's summary. */
export function resultDetails(data: PagefindResultData, showExcerpt: boolean, tag: 'p' | 'span') {
  const text = element(tag, 'excerpt');
  if (showExcerpt && data.excerpt) text.innerHTML = safeExcerpt(data.excerpt);
  else text.textContent = data.meta['ringkasan'] ?? '';
  return {
    badge: element('span', 'badge', data.meta['jenis'] ?? 'Halaman'),
    title: data.meta['title'] || data.meta['judul'] || data.url,
    region: data.meta['wilayah'] ? element(tag, 'meta', data.meta['wilayah']) : undefined,
    text,
  };
}

/** "Menampilkan hasil untuk homecare · Cari homcare saja", the second a link to the uncorrected search. */
export function renderCorrection(container: HTMLElement, corrected: string, state: SearchState): void {
  const exact = element('a', '');
  exact.href = `/cari/?${writeSearchState({ ...state, exact: true })}`;
  exact.append('Cari ', element('em', '', state.query), ' saja');
  container.replaceChildren('Menampilkan hasil untuk ', element('strong', '', corrected), ' · ', exact);
}

/** "Mungkin maksud Anda: homecare?" with each suggestion a link to its own search. */
export function renderSuggestions(container: HTMLElement, alternatives: readonly string[], state: SearchState): void {
  container.replaceChildren();
  if (alternatives.length === 0) return;
  container.append('Mungkin maksud Anda: ');
  alternatives.forEach((alternative, index) => {
    const link = element('a', '', alternative);
    link.href = `/cari/?${writeSearchState({ ...state, query: alternative })}`;
    container.append(...(index > 0 ? [', '] : []), link);
  });
  container.append('?');
}
