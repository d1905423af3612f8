// Search as you type in the header box of every page: a combobox whose list shows the top results of the
// same search as /cari/. Loaded only when the box first gets focus (src/components/HeaderSearch.astro).
import { describeResults } from '../lib/search/forgiving';
import { handleAfterBursts, preloadsInBurst } from '../lib/search/input-bursts';
import { readSearchState, writeSearchState } from '../lib/search/url-state';
import { loadPagefind, pagefindReady, searchRequest, searchStages, type Found, type SearchStage } from './search-engine';
import { element, renderCorrection, renderSuggestions, resultDetails } from './search-render';

/** Results the panel shows; "Semua hasil" leads to the rest. */
const PANEL_SIZE = 6;

/**
 * Fewest characters the panel searches. One letter starts nearly every word of the index, so Pagefind
 * scores nearly every page (the slowest search there is, and useless to show), and the words typed
 * next wait for it; two letters already name things ("rt").
 */
const SHORTEST_QUERY = 2;

/**
 * Words shorter than this are searched only once typing pauses for TYPING_PAUSE ms: two letters still
 * start thousands of words of a large index ("ke"), whose chunks load and score for a query that is
 * usually on its way to a longer one.
 */
const SHORT_QUERY = 3;
const TYPING_PAUSE = 250;

/** Input events closer together than this (ms) are a burst, searched once it ends (`handleAfterBursts`). */
const BURST_GAP = 40;

/** One option of the list: type label, title, region and excerpt; the whole option opens the entry. */
function renderOption(item: Found, index: number): HTMLLIElement {
  const data = item.data!;
  const option = element('li', 'search-panel-result');
  option.id = `cari-saran-${index}`;
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', 'false');
  option.dataset['url'] = data.url;
  const details = resultDetails(data, true, 'span');
  option.append(details.badge, ' ', element('span', 'title', details.title));
  if (details.region) option.append(details.region);
  if (item.partialWords) option.append(element('span', 'partial', `Memuat sebagian kata: ${item.partialWords.join(', ')}`));
  option.append(details.text);
  return option;
}

/**
 * Makes the header box a combobox with a list of results under it, and adds the live region that
 * announces their count. Built here, not in the page's HTML: without JavaScript none of it would work.
 */
function addPanel(form: HTMLFormElement, input: HTMLInputElement) {
  const panel = element('div', 'search-panel');
  panel.id = 'cari-panel';
  panel.hidden = true;
  const note = element('p', 'search-suggestions');
  note.id = 'cari-catatan';
  const list = element('ul', '');
  list.id = 'cari-saran';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Hasil pencarian');
  const all = element('a', 'search-panel-all', 'Semua hasil');
  all.id = 'cari-semua';
  all.href = '/cari/';
  panel.append(note, list, all);
  const count = element('p', 'visually-hidden');
  count.id = 'cari-jumlah';
  count.setAttribute('role', 'status');
  count.setAttribute('aria-live', 'polite');
  count.setAttribute('aria-atomic', 'true');
  form.append(panel, count);
  for (const [name, value] of Object.entries({ role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': list.id })) {
    input.setAttribute(name, value);
  }
  return { panel, list, note, all, count };
}

/**
 * Starts searching in place from the header box: Pagefind starts at once (the box has focus), every
 * change of the words shows the top results under the box, and the arrow keys, Enter and Esc work the
 * list as a combobox. Enter without a chosen result submits the form to /cari/ as before.
 */
export function startHeaderSearch(input: HTMLInputElement): void {
  const form = input.form!;
  const { panel, list, note, all, count } = addPanel(form, input);
  // Started at the focus (search-shortcut.ts): the worker, WebAssembly and index metadata load while the visitor starts typing.
  const pagefind = loadPagefind();
  /**
   * False until Pagefind can answer. Words typed before then are not searched letter by letter (a first
   * letter alone matches most of the index, and its search would hold up the one for the words typed
   * after it): the latest words are searched once it is up.
   */
  let ready = false;
  pagefind
    .then(pagefindReady)
    .catch(() => undefined)
    .finally(() => {
      ready = true;
      update();
    });

  let active = -1;
  let shownQuery = '';
  /**
   * The words whose search drew its last stage. Only their list may be reopened as it stands: a search
   * dropped for newer words leaves its first stage in the list, and the same words typed again must be
   * searched anew (on /cari/ the box starts with the page's words, and a search of them is often dropped).
   */
  let completeQuery = '';
  /** The words of the search running now, and the words typed since it started (searched next, only the latest). */
  let running: string | undefined;
  let queued: string | undefined;

  const options = () => [...list.querySelectorAll<HTMLLIElement>('[role=option]')];

  function select(index: number) {
    const all = options();
    active = all.length === 0 ? -1 : (index + all.length) % all.length;
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
    const chosen = all[active];
    if (chosen) {
      input.setAttribute('aria-activedescendant', chosen.id);
      chosen.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function open(isOpen: boolean) {
    panel.hidden = !isOpen;
    input.setAttribute('aria-expanded', String(isOpen));
    if (!isOpen) select(-1);
  }

  function close() {
    open(false);
    queued = undefined;
  }

  /**
   * Draws a stage of a search for the words in the box, unless the words have changed since. A `later`
   * stage of the search updates a panel the visitor closed (Esc) without opening it again.
   */
  function draw(stage: SearchStage, query: string, later: boolean) {
    if (input.value.trim() !== query) return;
    const dismissed = later && panel.hidden;
    const state = readSearchState(new URLSearchParams({ q: query }));
    const items = stage.found.slice(0, PANEL_SIZE).map(renderOption);
    list.replaceChildren(...items);
    if (stage.corrected) renderCorrection(note, stage.corrected, state);
    else renderSuggestions(note, stage.suggestions, state);
    all.href = `/cari/?${writeSearchState(state)}`;
    all.textContent = stage.found.length > 0 ? `Semua hasil (${stage.found.length})` : 'Buka halaman pencarian';
    count.textContent = describeResults(stage.full, stage.found.length - stage.full, stage.query);
    panel.dataset['query'] = query;
    shownQuery = query;
    completeQuery = '';
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (!dismissed) open(true);
  }

  async function search(query: string) {
    let engine;
    try {
      engine = await pagefind;
    } catch {
      count.textContent = 'Indeks pencarian belum tersedia.';
      return;
    }
    let later = false;
    for await (const stage of searchStages(engine, searchRequest({ query, filters: {} }), () => input.value.trim() !== query)) {
      if (input.value.trim() !== query) return;
      // The first page's data is loaded by the engine; the panel shows its top.
      draw(stage, query, later);
      later = true;
    }
    if (input.value.trim() === query) completeQuery = query;
  }

  let pause: number | undefined;

  /**
   * Searches the latest words: at once when idle (short words once typing pauses), else right after the
   * running search, skipping words typed in between.
   */
  function update(paused = false) {
    window.clearTimeout(pause);
    const query = input.value.trim();
    if (query.length < SHORTEST_QUERY) {
      close();
      count.textContent = '';
      return;
    }
    // The list of these words stands, or the search still running for them will complete it.
    if (panel.hidden && query === shownQuery && (query === completeQuery || query === running)) return open(true);
    if (!ready) return;
    if (query.length < SHORT_QUERY && !paused) {
      pause = window.setTimeout(() => update(true), TYPING_PAUSE);
      return;
    }
    if (running !== undefined) {
      queued = query;
      // Its index chunks load while the running search finishes.
      void pagefind.then((engine) => engine.preload(query)).catch(() => undefined);
      return;
    }
    running = query;
    void search(query).finally(() => {
      running = undefined;
      const next = queued;
      queued = undefined;
      if (next !== undefined && next !== completeQuery) update();
    });
  }

  // The index chunks of the words typed so far load during a burst: the words at its end mostly need them.
  const preloadTyped = () => {
    const query = input.value.trim();
    if (ready && preloadsInBurst(query)) void pagefind.then((engine) => engine.preload(query)).catch(() => undefined);
  };
  input.addEventListener('input', handleAfterBursts(() => update(), BURST_GAP, preloadTyped));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (panel.hidden) return update(true);
      select(event.key === 'ArrowDown' ? active + 1 : active < 0 ? -1 : active - 1);
    } else if (event.key === 'Enter' && !panel.hidden && active >= 0) {
      event.preventDefault();
      location.assign(options()[active]!.dataset['url']!);
    } else if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      close();
    }
  });
  // Esc anywhere in the panel (e.g. on "Semua hasil") closes it and puts the visitor back in the box.
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    close();
    input.focus();
  });
  // A click on a result must not take focus from the box first (which would close the panel).
  panel.addEventListener('mousedown', (event) => {
    if ((event.target as HTMLElement).closest('[role=option]')) event.preventDefault();
  });
  list.addEventListener('click', (event) => {
    const option = (event.target as HTMLElement).closest<HTMLLIElement>('[role=option]');
    if (option?.dataset['url']) location.assign(option.dataset['url']);
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) open(false);
  });
  // Words typed before this module arrived are searched now.
  update();
}
