// `npm run bench:search`: how fast the search page shows its first results in Chromium, how much its
// layout shifts while results and filters arrive, and how fast a second query answers once the page is
// up. Prints figures; the targets are in issues 13 and 15 (first results ≤ 500 ms after navigation,
// CLS < 0.1, a second query ≤ 100 ms). Build first (`npm run build`).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM, launchBrowser } from '../test/helpers/browser';
import { nginxInstalled, startNginx } from '../test/helpers/nginx';
import { serveDist } from '../test/helpers/serve';
import { median } from './bench/measure-search';

const { values } = parseArgs({
  options: {
    // Another built site, e.g. a bench catalog kept with `npm run bench -- --keep`, with queries that suit it.
    dist: { type: 'string', default: 'dist' },
    queries: { type: 'string', default: 'sampah,rt mandiri,banjir,homcare,kalsel,penanganan banjir' },
    // nginx with deploy/nginx.conf (its caching and compression, as deployed) when installed; else Node's plain server.
    server: { type: 'string', default: 'nginx' },
  },
});
const QUERIES = values.queries!.split(',');
const RUNS = 7;
const dist = resolve(values.dist!);
if (!existsSync(resolve(dist, 'pagefind'))) throw new Error(`Jalankan "npm run build" dulu (no built site with a search index in ${dist}).`);

/**
 * Submits a query from the page's own search box, as a visitor pressing Enter would, and resolves with the
 * time until the result list changes.
 */
const SECOND_QUERY = (query: string) =>
  new Promise<number>((done) => {
    const results = document.getElementById('search-results')!;
    (document.getElementById('q') as HTMLInputElement).value = query;
    const started = performance.now();
    new MutationObserver((_, observer) => {
      observer.disconnect();
      done(performance.now() - started);
    }).observe(results, { childList: true });
    (document.getElementById('search-form') as HTMLFormElement).requestSubmit();
  });

/** Records, inside the page, when the first result appears and every layout shift, from navigation start. */
const PROBE = () => {
  const w = window as unknown as { firstResultAt?: number; cls: number; filtersAt?: number };
  w.cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) w.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new MutationObserver(() => {
    if (w.firstResultAt === undefined && document.querySelector('#search-results li')) w.firstResultAt = performance.now();
    if (w.filtersAt === undefined && document.querySelector('#search-filters fieldset')) w.filtersAt = performance.now();
  }).observe(document, { childList: true, subtree: true });
};

const served = values.server === 'nginx' && nginxInstalled() ? 'nginx' : 'node';
const site = served === 'nginx' ? await startNginx(dist) : await serveDist(dist);
console.log(`Served by ${served === 'nginx' ? 'nginx with deploy/nginx.conf' : "Node's plain static server (no caching headers, no compression)"}.\n`);
// The desktop browser, not the tests' headless shell: this measures what a visitor would see.
const browser = await launchBrowser(CHROMIUM);
console.log(`| query | first results, median of ${RUNS} (ms) | worst (ms) | filters shown (ms) | CLS (worst) |`);
console.log('|---|---|---|---|---|');
/** Times of a second query, typed once the first one's page has settled. */
const seconds: number[] = [];
for (const [index, query] of QUERIES.entries()) {
  const first: number[] = [];
  const filters: number[] = [];
  const shifts: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // A fresh context each time: a cold cache, as for a visitor arriving from the header search.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.addInitScript(PROBE);
    await page.goto(`${site.url}/cari/?q=${encodeURIComponent(query)}`);
    // Settled: filters shown, or (for queries with no facets) two seconds after the first results.
    await page.waitForFunction(
      () => {
        const w = window as unknown as { firstResultAt?: number; filtersAt?: number };
        return w.filtersAt !== undefined || (w.firstResultAt !== undefined && performance.now() - w.firstResultAt > 2000);
      },
      null,
      { timeout: 30_000 },
    );
    await page.waitForTimeout(300); // let late shifts land before reading the total
    const { firstResultAt, filtersAt, cls } = await page.evaluate(() => {
      const w = window as unknown as { firstResultAt: number; filtersAt: number; cls: number };
      return { firstResultAt: w.firstResultAt, filtersAt: w.filtersAt, cls: w.cls };
    });
    first.push(firstResultAt);
    if (filtersAt !== undefined) filters.push(filtersAt);
    shifts.push(cls);
    seconds.push(await page.evaluate(SECOND_QUERY, QUERIES[(index + 1 + run) % QUERIES.length]!));
    await context.close();
  }
  console.log(`| ${query} | ${median(first).toFixed(0)} | ${Math.max(...first).toFixed(0)} | ${filters.length ? median(filters).toFixed(0) : '–'} | ${Math.max(...shifts).toFixed(3)} |`);
}
console.log(`\nSecond query (Enter in the search box to the result list changing), over ${seconds.length} runs: median ${median(seconds).toFixed(0)} ms, worst ${Math.max(...seconds).toFixed(0)} ms.`);
await browser.close();
await site.close();
