import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PAGEFIND_OPTIONS } from '../../src/lib/search/options';

/** The parts of Pagefind's search API the tests use. */
export interface PagefindApi {
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options?: object): Promise<{ results: { data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }> }[]; filters: Record<string, Record<string, number>> }>;
}

let fetchShimmed = false;

/** Node's fetch refuses file: URLs, which the built pagefind.js uses for its chunks (notes §2.6). */
function shimFileFetch() {
  if (fetchShimmed) return;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return url.startsWith('file:') ? new Response(await readFile(fileURLToPath(url))) : realFetch(input, init);
  }) as typeof fetch;
  fetchShimmed = true;
}

/** Loads a built Pagefind bundle with the site's own search options; each bundle path is its own instance. */
export async function loadPagefind(bundleDir: string): Promise<PagefindApi> {
  shimFileFetch();
  const pagefind = await import(/* @vite-ignore */ pathToFileURL(join(bundleDir, 'pagefind.js')).href);
  await pagefind.options({ ...PAGEFIND_OPTIONS, baseUrl: '/' });
  return pagefind;
}

/** URLs of all results of a search, best first. */
export async function resultUrls(pagefind: PagefindApi, term: string | null, options: object = {}): Promise<string[]> {
  const search = await pagefind.search(term, options);
  return Promise.all(search.results.map(async (result) => (await result.data()).url));
}
