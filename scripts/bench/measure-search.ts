// Measures what a browser downloads for Tiru's search, and how fast queries answer, against a built bundle.
import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PAGEFIND_OPTIONS } from '../../src/lib/search/options';

export interface SearchFigures {
  /** Bytes until the first results show: runtime, worker, WASM, metadata, index chunks, 10 result fragments. */
  coldRaw: number;
  coldGzip: number;
  /** The cold query's compressed bytes by kind, to show which part grows with the catalog. */
  coldParts: Record<BundlePart, number>;
  /** Bytes the facet counts then add (filter chunks), loaded after the first results. */
  facetsGzip: number;
  /** Extra bytes for a second, different query. */
  secondRaw: number;
  secondGzip: number;
  /** Median time of one search over the queries, in milliseconds, on the instance that answers queries. */
  medianMs: number;
}

/** Pagefind's own chunks (.pf_*) are already gzipped; text files are served compressed by any static host. */
const transferSize = (path: string, bytes: Buffer) => (/\.pf_|\.pagefind$/.test(path) ? bytes.length : gzipSync(bytes).length);

export type BundlePart = 'runtime' | 'metadata' | 'index' | 'fragments' | 'filters';

/** Which part of Pagefind's bundle a file is: the fixed runtime, or chunks that grow with the site. */
function bundlePart(path: string): BundlePart {
  if (path.endsWith('.pf_meta')) return 'metadata';
  if (path.endsWith('.pf_index')) return 'index';
  if (path.endsWith('.pf_fragment')) return 'fragments';
  if (path.endsWith('.pf_filter')) return 'filters';
  return 'runtime';
}

const noParts = (): Record<BundlePart, number> => ({ runtime: 0, metadata: 0, index: 0, fragments: 0, filters: 0 });
let counted = { raw: 0, gzip: 0, parts: noParts() };
/** Files fetched since the visitor arrived: the browser's cache serves them again without a transfer. */
let cached = new Set<string>();

function count(path: string, bytes: Buffer) {
  if (cached.has(path)) return;
  cached.add(path);
  const size = transferSize(path, bytes);
  counted.raw += bytes.length;
  counted.gzip += size;
  counted.parts[bundlePart(path)] += size;
}
const resetCount = () => void (counted = { raw: 0, gzip: 0, parts: noParts() });
let shimmed = false;

/** Node's fetch refuses file: URLs; this one serves them and counts the bytes, as a browser's network panel would. */
function countingFetch() {
  if (shimmed) return;
  shimmed = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('file:')) return realFetch(input, init);
    const path = fileURLToPath(url);
    const bytes = await readFile(path);
    count(path, bytes);
    return new Response(bytes);
  }) as typeof fetch;
}

interface Pagefind {
  options(o: object): Promise<void>;
  destroy(): Promise<void>;
  filters(): Promise<unknown>;
  search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
}
interface PagefindModule extends Pagefind {
  createInstance(): Pagefind;
}

/** Runs one query the way the search page does: search, then load the first page of results. */
async function query(pagefind: Pagefind, term: string) {
  const search = await pagefind.search(term);
  await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
}

/** The middle value of a list of figures (the upper one of the two middles for an even count). */
export const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * The bundle's Pagefind, started afresh with nothing loaded and the byte count at zero but for the
 * script itself and the worker the browser starts (fetched too, though Node imports them differently).
 */
async function coldPagefind(bundleDir: string): Promise<PagefindModule> {
  countingFetch();
  const pagefind = (await import(pathToFileURL(join(bundleDir, 'pagefind.js')).href)) as PagefindModule;
  await pagefind.destroy();
  resetCount();
  cached = new Set();
  for (const file of ['pagefind.js', 'pagefind-worker.js']) count(file, readFileSync(join(bundleDir, file)));
  await pagefind.options({ ...PAGEFIND_OPTIONS, baseUrl: '/' });
  return pagefind;
}

export async function measureSearch(bundleDir: string, queries: readonly string[]): Promise<SearchFigures> {
  const pagefind = await coldPagefind(bundleDir);
  await query(pagefind, queries[0]!);
  const cold = counted;
  resetCount();
  // As the search page does: facet counts after the first results, from a second instance, so the one
  // that answers queries never loads the filter chunks (which would make it count facets on every search).
  const facetInstance = pagefind.createInstance();
  await facetInstance.options({ ...PAGEFIND_OPTIONS, baseUrl: '/' });
  await facetInstance.filters();
  await facetInstance.destroy();
  const facets = counted;
  resetCount();
  await query(pagefind, queries[1]!);
  const second = { ...counted };
  const times: number[] = [];
  for (const term of queries) {
    const started = performance.now();
    await pagefind.search(term);
    times.push(performance.now() - started);
  }
  return { coldRaw: cold.raw, coldGzip: cold.gzip, coldParts: cold.parts, facetsGzip: facets.gzip, secondRaw: second.raw, secondGzip: second.gzip, medianMs: median(times) };
}

/**
 * What a visitor downloads (gzip) for a first query on a cold cache, for each query in turn: Pagefind is
 * started afresh for each, as for a visitor arriving from the header search.
 */
export async function coldQueryBytes(bundleDir: string, queries: readonly string[]): Promise<number[]> {
  const sizes: number[] = [];
  let pagefind: Pagefind | undefined;
  for (const term of queries) {
    pagefind = await coldPagefind(bundleDir);
    await query(pagefind, term);
    sizes.push(counted.gzip);
  }
  await pagefind?.destroy();
  return sizes;
}

/** Total size of a folder's files. */
export function folderSize(dir: string, files: string[]): number {
  return files.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
}
