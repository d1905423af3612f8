// `npm run bench:search`: search speed in Chromium at phone size, on a cold cache, each figure beside the one
// it is compared with in the same run (absolute times differ two- to threefold between machines):
//   1. /cari/?q=…: navigation to first results, layout shift, and a second query (Enter to the list changing);
//   2. a bare page that only runs Pagefind on the same index, the floor for (1);
//   3. the header box on a program page: focus, 300 ms, then the query typed; first results in the panel
//      after the first keystroke, each further keystroke to its updated results, and the bytes before them.
// Targets (issue 27): (3) first results ≤ 0.5× (1), keystroke ≤ 1.5× the second query, (1) ≤ 1.15× (2),
// bytes within 5 % of (1). Build first (`npm run build`).
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { CHROMIUM, launchBrowser } from '../test/helpers/browser';
import { nginxInstalled, startNginx } from '../test/helpers/nginx';
import { serveDist } from '../test/helpers/serve';
import { BARE_PAGE, BARE_PAGE_PATH, countBytes, PANEL_PROBE, SEARCH_PAGE_PROBE, untilProbed } from './bench/browser-search';
import { median } from './bench/measure-search';

const { values } = parseArgs({
  options: {
    // Another built site, e.g. a bench catalog kept with `npm run bench -- --keep`, with queries that suit it.
    dist: { type: 'string', default: 'dist' },
    queries: { type: 'string', default: 'sampah,rt mandiri,banjir,homcare,kalsel,penanganan banjir' },
    // nginx with deploy/nginx.conf (its caching and compression, as deployed) when installed; else Node's plain server.
    server: { type: 'string', default: 'nginx' },
    runs: { type: 'string', default: '7' },
    // The page whose header box is measured: any page but /cari/.
    from: { type: 'string', default: '/program/rt-mandiri/' },
  },
});
const QUERIES = values.queries!.split(',');
const RUNS = Number(values.runs);
const dist = resolve(values.dist!);
if (!existsSync(resolve(dist, 'pagefind'))) throw new Error(`Jalankan "npm run build" dulu (no built site with a search index in ${dist}).`);
// A missing page would be answered by the 404 page, whose header box would be measured instead.
if (!existsSync(join(dist, values.from!, 'index.html'))) throw new Error(`--from ${values.from} is no page of ${dist}: pass one that exists (e.g. --from /program/program-sintetis-1/ in a bench catalog).`);
const PHONE = { viewport: { width: 390, height: 844 } };

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

const ms = (values: readonly number[]) => `${median(values).toFixed(0)} ms`;
const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`;

interface PageLoad {
  first: number;
  bytes: number;
}

/** A cold load of a search page (fresh context), to its first result; then `after` on the settled page. */
async function coldLoad(browser: Browser, url: string, after?: (page: import('playwright-core').Page) => Promise<void>): Promise<PageLoad & { cls: number; filters?: number }> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.addInitScript(SEARCH_PAGE_PROBE);
  const bytes = countBytes(page);
  await page.goto(url, { waitUntil: 'commit' });
  await untilProbed(page, () => (window as unknown as { firstResultAt?: number }).firstResultAt !== undefined, null);
  const firstBytes = await bytes.stop();
  let settled = { firstResultAt: 0, filtersAt: undefined as number | undefined, cls: 0 };
  if (after) {
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
  }
  settled = await page.evaluate(() => {
    const w = window as unknown as { firstResultAt: number; filtersAt?: number; cls: number };
    return { firstResultAt: w.firstResultAt, filtersAt: w.filtersAt, cls: w.cls };
  });
  if (after) await after(page);
  await context.close();
  return { first: settled.firstResultAt, bytes: firstBytes, cls: settled.cls, filters: settled.filtersAt };
}

type Probe = { keyAt: number[]; shown: { query: string; at: number }[] };

/**
 * The header box on a program page, cold: the page loads, the box gets focus, 300 ms pass (a visitor
 * moving to type), then the query is typed. Then Backspace and the letter again, each timed from its
 * key to the panel showing the results for the words it made.
 */
async function panelRun(browser: Browser, siteUrl: string, query: string) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.addInitScript(PANEL_PROBE);
  const pageBytes = countBytes(page);
  await page.goto(`${siteUrl}${values.from}`, { waitUntil: 'load' });
  const loadBytes = await pageBytes.stop();
  const searchBytes = countBytes(page);
  await page.focus('#cari-kata');
  await page.waitForTimeout(300);
  /** Waits until the panel shows the results for `words`, after `keys` key presses in all. */
  const shownAfter = (words: string, keys: number) =>
    untilProbed(page, ([w, k]) => {
      const probe = window as unknown as Probe;
      return probe.keyAt.length >= k && probe.shown.at(-1)?.query === w;
    }, [words, keys] as [string, number]);
  await page.keyboard.type(query);
  await untilProbed(page, () => (window as unknown as Probe).shown.length > 0, null);
  const bytes = await searchBytes.stop();
  await shownAfter(query, query.length);
  // The first query's later stages (vocabulary, corrections) finish before keystrokes are timed.
  await page.waitForLoadState('networkidle');
  await page.keyboard.press('Backspace');
  await shownAfter(query.slice(0, -1), query.length + 1);
  await page.keyboard.type(query.at(-1)!);
  await shownAfter(query, query.length + 2);
  const probe = await page.evaluate(() => {
    const { keyAt, shown } = window as unknown as Probe;
    return { keyAt, shown };
  });
  await context.close();
  const keyAt = probe.keyAt;
  const shown = probe.shown;
  return {
    first: shown[0]!.at - keyAt[0]!,
    keystrokes: [shown.at(-2)!.at - keyAt.at(-2)!, shown.at(-1)!.at - keyAt.at(-1)!],
    bytes,
    loadBytes,
  };
}

const served = values.server === 'nginx' && nginxInstalled() ? 'nginx' : 'node';
const barePage = join(dist, BARE_PAGE_PATH);
mkdirSync(barePage, { recursive: true });
writeFileSync(join(barePage, 'index.html'), BARE_PAGE);
const site = served === 'nginx' ? await startNginx(dist) : await serveDist(dist);
// The desktop browser, not the tests' headless shell: this measures what a visitor would see.
const browser = await launchBrowser(CHROMIUM);
try {
  console.log(`Served by ${served === 'nginx' ? 'nginx with deploy/nginx.conf' : "Node's plain static server (no caching headers, no compression)"}; ${RUNS} cold runs per query, Chromium at 390×844.\n`);
  console.log('| query | /cari/ first results | bare Pagefind page | /cari/ ÷ bare | panel first results | panel ÷ /cari/ | keystroke → results | /cari/ bytes | panel bytes (÷ /cari/) | worst CLS |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  const all = { cari: [] as number[], bare: [] as number[], panel: [] as number[], keys: [] as number[], seconds: [] as number[], cariBytes: [] as number[], panelBytes: [] as number[], pageBytes: [] as number[] };
  for (const [index, query] of QUERIES.entries()) {
    const cari: PageLoad[] = [];
    const bare: number[] = [];
    const panel: number[] = [];
    const keys: number[] = [];
    const panelBytes: number[] = [];
    let cls = 0;
    for (let run = 0; run < RUNS; run++) {
      const encoded = encodeURIComponent(query);
      const next = QUERIES[(index + 1 + run) % QUERIES.length]!;
      const load = await coldLoad(browser, `${site.url}/cari/?q=${encoded}`, async (page) => void all.seconds.push(await page.evaluate(SECOND_QUERY, next)));
      cari.push(load);
      cls = Math.max(cls, load.cls);
      bare.push((await coldLoad(browser, `${site.url}/${BARE_PAGE_PATH}/?q=${encoded}`)).first);
      const times = await panelRun(browser, site.url, query);
      panel.push(times.first);
      keys.push(...times.keystrokes);
      panelBytes.push(times.bytes);
      all.pageBytes.push(times.loadBytes);
    }
    const cariFirst = cari.map((load) => load.first);
    const cariBytes = cari.map((load) => load.bytes);
    all.cari.push(...cariFirst);
    all.bare.push(...bare);
    all.panel.push(...panel);
    all.keys.push(...keys);
    all.cariBytes.push(...cariBytes);
    all.panelBytes.push(...panelBytes);
    console.log(
      `| ${query} | ${ms(cariFirst)} | ${ms(bare)} | ${ratio(median(cariFirst), median(bare))} | ${ms(panel)} | ${ratio(median(panel), median(cariFirst))} | ${ms(keys)} | ${median(cariBytes)} | ${median(panelBytes)} (${ratio(median(panelBytes), median(cariBytes))}) | ${cls.toFixed(3)} |`,
    );
  }
  console.log(`\nOver all queries (medians): /cari/ cold ${ms(all.cari)}, bare Pagefind page ${ms(all.bare)} → /cari/ ÷ bare ${ratio(median(all.cari), median(all.bare))} (target ≤ 1.15×).`);
  console.log(`Header panel, first results after the first keystroke: ${ms(all.panel)} → ${ratio(median(all.panel), median(all.cari))} of a cold /cari/ load (target ≤ 0.5×).`);
  console.log(
    `Further keystroke to updated results: ${ms(all.keys)} (worst ${Math.max(...all.keys).toFixed(0)} ms); /cari/ second query (Enter to the list changing) ${ms(all.seconds)} (worst ${Math.max(...all.seconds).toFixed(0)} ms) → ${ratio(median(all.keys), median(all.seconds))} (target ≤ 1.5×).`,
  );
  console.log(
    `Bytes before the first results: /cari/ cold ${median(all.cariBytes)} B (page, code and Pagefind); panel ${median(all.panelBytes)} B after focus (search code and Pagefind; the program page itself, ${median(all.pageBytes)} B, was loaded before) → ${ratio(median(all.panelBytes), median(all.cariBytes))} (target within 5 %).`,
  );
} finally {
  await browser.close();
  await site.close();
  rmSync(barePage, { recursive: true, force: true });
}
