// In-browser pieces of `npm run bench:search`: the bare Pagefind page it compares /cari/ with, the probes
// it installs in pages, and the byte count of what a page downloaded.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';
import { PAGEFIND_OPTIONS } from '../../src/lib/search/options';
import { CHROMIUM, launchBrowser } from '../../test/helpers/browser';
import { startNginx } from '../../test/helpers/nginx';

/** Where the bench writes the bare page inside the served site, and removes it afterwards. */
export const BARE_PAGE_PATH = '_bench-bare-pagefind';

/**
 * A page that only runs Pagefind on the same index: imports it (preloaded like /cari/), searches the
 * `q` parameter with Tiru's options and lists ten titles (or says there are none). What /cari/ would cost with no code of its own.
 */
export const BARE_PAGE = `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Pagefind</title>
<link rel="modulepreload" href="/pagefind/pagefind.js"></head>
<body><ol id="search-results"></ol>
<script type="module">
const pagefind = await import('/pagefind/pagefind.js');
await pagefind.options(${JSON.stringify(PAGEFIND_OPTIONS)});
const search = await pagefind.search(new URLSearchParams(location.search).get('q'));
const data = await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
const titles = data.length > 0 ? data.map((d) => d.meta.title || d.meta.judul) : ['Tidak ada hasil.'];
document.getElementById('search-results').replaceChildren(...titles.map((title) => Object.assign(document.createElement('li'), { textContent: title })));
</script></body></html>
`;

/**
 * Inside a page, before its scripts: `window.when(test)` resolves once `test()` holds, checked whenever the
 * probes record something, so the bench waits without polling the page it measures (Playwright's
 * `waitForFunction` runs its test every animation frame, which cost the measured page 45–166 ms).
 */
const WAITER = () => {
  const w = window as unknown as { when(test: () => boolean): Promise<void>; probed(): void };
  const waiting: { test: () => boolean; resolve: () => void }[] = [];
  w.when = (test) => new Promise((resolve) => (test() ? resolve() : waiting.push({ test, resolve })));
  w.probed = () => {
    for (const waiter of [...waiting]) {
      if (!waiter.test()) continue;
      waiting.splice(waiting.indexOf(waiter), 1);
      waiter.resolve();
    }
  };
};

/** Records, inside a search page, when the first result appears and every layout shift, from navigation start. */
export const SEARCH_PAGE_PROBE = `(${WAITER})();(${() => {
  const w = window as unknown as { firstResultAt?: number; cls: number; filtersAt?: number; probed(): void };
  w.cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) w.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new MutationObserver(() => {
    if (w.firstResultAt === undefined && document.querySelector('#search-results li')) w.firstResultAt = performance.now();
    if (w.filtersAt === undefined && document.querySelector('#search-filters fieldset')) w.filtersAt = performance.now();
    w.probed();
  }).observe(document, { childList: true, subtree: true });
}})();`;

/** Inside a page: when each key went down, and each time the header panel began showing results for other words. */
export const PANEL_PROBE = `(${WAITER})();(${() => {
  const w = window as unknown as { keyAt: number[]; shown: { query: string; at: number }[]; probed(): void };
  w.keyAt = [];
  w.shown = [];
  document.addEventListener(
    'keydown',
    () => {
      w.keyAt.push(performance.now());
      w.probed();
    },
    true,
  );
  new MutationObserver(() => {
    const panel = document.getElementById('cari-panel');
    if (!panel || panel.hidden || !panel.querySelector('[role=option]')) return;
    const query = panel.dataset['query'] ?? '';
    if (w.shown.at(-1)?.query !== query) w.shown.push({ query, at: performance.now() });
    w.probed();
  }).observe(document, { childList: true, subtree: true, attributes: true });
}})();`;

/**
 * Waits, without polling, until `test` holds in a page that has a probe: `test` runs inside the page whenever
 * the probe records something. Fails after `timeout` ms.
 */
export async function untilProbed<A>(page: Page, test: (arg: A) => boolean, arg: A, timeout = 30_000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`the page's probe did not see ${test} within ${timeout} ms`)), timeout)));
  try {
    // An expression, sent as it is: the page's CSP would refuse an eval inside it.
    await Promise.race([page.evaluate(`window.when(() => (${String(test)})(${JSON.stringify(arg)}))`), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/** Counts the bytes a page transfers (compressed, as sent; the worker's fetches included) from when it is told to. */
export function countBytes(page: Page) {
  let bytes = 0;
  let counting = true;
  const finished: Promise<void>[] = [];
  page.on('requestfinished', (request: Request) => {
    if (!counting) return;
    finished.push(
      (async () => {
        const sizes = await request.sizes();
        // Cache hits report a negative body; a worker's script reports none, so its body is compressed here as nginx would.
        const response = await request.response();
        const body = sizes.responseBodySize > 0 ? sizes.responseBodySize : sizes.responseBodySize === 0 && response?.ok() ? gzipSync(await response.body()).length : 0;
        bytes += body + (sizes.responseBodySize >= 0 ? sizes.responseHeadersSize : 0);
      })(),
    );
  });
  return {
    /** Bytes of the requests finished so far; requests finishing later are no longer counted. */
    async stop(): Promise<number> {
      counting = false;
      await Promise.all(finished);
      return bytes;
    },
  };
}

/**
 * For the profiling scripts: a built site served by nginx with deploy/nginx.conf, the bare page written
 * into it, and the desktop Chromium. `close` stops both and removes the bare page again.
 */
export async function startBenchSite(distPath: string) {
  const dist = resolve(distPath);
  const barePage = join(dist, BARE_PAGE_PATH);
  mkdirSync(barePage, { recursive: true });
  writeFileSync(join(barePage, 'index.html'), BARE_PAGE);
  const site = await startNginx(dist);
  const browser = await launchBrowser(CHROMIUM);
  return {
    url: site.url,
    browser,
    async close() {
      await browser.close();
      await site.close();
      rmSync(barePage, { recursive: true, force: true });
    },
  };
}
