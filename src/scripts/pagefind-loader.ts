// Starting Pagefind, kept apart from the search code so that whoever needs search first (the header box's
// first focus, or the /cari/ page's inline start, src/lib/search/boot.ts) starts it without waiting for the
// search code to arrive: Pagefind's start (its worker, WebAssembly and index metadata) is the longest step
// before the first results.
import { PAGEFIND_OPTIONS } from '../lib/search/options';

/** The parts of Pagefind's browser API Tiru uses. */
/** A result's data: its address, excerpt and metadata. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** One result of Pagefind's search, before its data is loaded. */
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

/** What Pagefind's search answers. */
export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}

/** The part of Pagefind's browser API that Tiru uses. */
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

/** Set by the inline start on /cari/ (src/lib/search/boot.ts), which runs before any bundled script. */
declare global {
  interface Window {
    tiruPagefind?: Promise<PagefindModule>;
  }
}

/** Where the build writes Pagefind's bundle. */
export const PAGEFIND_BASE = '/pagefind/';

let engine: Promise<PagefindModule> | undefined;

/**
 * Fetches, on the page's thread, the files Pagefind's worker will ask for one after another (its script,
 * then the entry, then the metadata and WebAssembly together), so they are all on their way at once and the
 * worker finds them in the browser's cache. Failures are left to Pagefind, which reports them.
 */
export function warmPagefind(): void {
  const get = (path: string) => fetch(`${PAGEFIND_BASE}${path}`, { priority: 'high' } as RequestInit).then((response) => response.arrayBuffer()).catch(() => undefined);
  const language = (document.documentElement.lang || 'unknown').toLowerCase();
  void get('pagefind-worker.js');
  void fetch(`${PAGEFIND_BASE}pagefind-entry.json`, { priority: 'high' } as RequestInit)
    .then((response) => response.json() as Promise<{ languages: Record<string, { hash: string; wasm?: string; page_count: number }> }>)
    .then(({ languages }) => {
      const index = languages[language] ?? languages[language.split('-')[0]!] ?? Object.values(languages).sort((a, b) => b.page_count - a.page_count)[0];
      if (!index) return;
      void get(`pagefind.${index.hash}.pf_meta`);
      void get(`wasm.${index.wasm ?? 'unknown'}.pagefind`);
    })
    .catch(() => undefined);
}

/** Pagefind with Tiru's options, started (worker, WebAssembly, metadata) once per page, whoever asks first. */
export function loadPagefind(): Promise<PagefindModule> {
  engine ??=
    window.tiruPagefind ??
    (async () => {
      warmPagefind();
      const pagefind = (await import(/* @vite-ignore */ `${PAGEFIND_BASE}pagefind.js`)) as PagefindModule;
      await pagefind.options(PAGEFIND_OPTIONS);
      await pagefind.init();
      return pagefind;
    })();
  engine.catch(() => {
    engine = undefined;
    window.tiruPagefind = undefined;
  });
  return engine;
}

/**
 * Resolves once Pagefind can answer (its metadata and WebAssembly loaded): an empty search returns as soon
 * as the engine is up, without loading any index chunk.
 */
export async function pagefindReady(pagefind: Pagefind): Promise<void> {
  await pagefind.search('');
}
