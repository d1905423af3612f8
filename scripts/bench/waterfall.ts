// `tsx scripts/bench/waterfall.ts [--dist dist] [--query sampah] [--runs 3]`: where the time goes before the first
// search results, as a request waterfall (start and end of every request, worker's included, from navigation or
// from the focus) for a cold /cari/?q= load, the bare Pagefind page and the header panel. Read with the bench.
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { BARE_PAGE_PATH, PANEL_PROBE, SEARCH_PAGE_PROBE, startBenchSite, untilProbed } from './browser-search';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, query: { type: 'string', default: 'sampah' }, runs: { type: 'string', default: '3' }, from: { type: 'string', default: '/program/rt-mandiri/' } } });
const site = await startBenchSite(values.dist!);
const { browser } = site;

/** Logs every request's start and end (ms on the Node clock, made relative by the caller). */
function record(page: Page) {
  const rows: { url: string; start: number; end?: number; bytes?: number }[] = [];
  const byRequest = new Map<object, (typeof rows)[number]>();
  page.context().on('request', (request) => {
    const row = { url: request.url().replace(site.url, '').replace(/\?ts=\d+/, ''), start: performance.now() };
    rows.push(row);
    byRequest.set(request, row);
  });
  page.context().on('requestfinished', (request) => {
    const row = byRequest.get(request);
    if (row) row.end = performance.now();
    // Bytes received: 0 or less when the browser's cache answered.
    if (row) void request.sizes().then((sizes) => (row.bytes = sizes.responseBodySize)).catch(() => undefined);
  });
  return rows;
}

const print = (label: string, rows: { url: string; start: number; end?: number; bytes?: number }[], zero: number, first: number) => {
  console.log(`\n${label}: first results at ${(first - zero).toFixed(0)} ms`);
  for (const row of rows) console.log(`  ${(row.start - zero).toFixed(0).padStart(6)} → ${row.end ? (row.end - zero).toFixed(0).padStart(6) : '     ?'}  ${String(row.bytes ?? '?').padStart(7)} B  ${row.url.slice(0, 90)}`);
};

try {
  for (let run = 0; run < Number(values.runs); run++) {
    for (const path of [`/cari/?q=${encodeURIComponent(values.query!)}`, `/${BARE_PAGE_PATH}/?q=${encodeURIComponent(values.query!)}`]) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.addInitScript(SEARCH_PAGE_PROBE);
      const rows = record(page);
      const zero = performance.now();
      await page.goto(`${site.url}${path}`, { waitUntil: 'commit' });
      await untilProbed(page, () => (window as unknown as { firstResultAt?: number }).firstResultAt !== undefined, null);
      const first = await page.evaluate(() => (window as unknown as { firstResultAt: number }).firstResultAt);
      const navStart = await page.evaluate(() => performance.timeOrigin);
      void navStart;
      print(path, rows, zero, zero + first);
      await context.close();
    }
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.addInitScript(PANEL_PROBE);
    await page.goto(`${site.url}${values.from}`, { waitUntil: 'load' });
    const rows = record(page);
    const zero = performance.now();
    const focusAt = await page.evaluate(() => performance.now());
    await page.focus('#cari-kata');
    await page.waitForTimeout(300);
    await page.keyboard.type(values.query!);
    await untilProbed(page, () => (window as unknown as { shown: unknown[] }).shown.length > 0, null);
    const probe = await page.evaluate(() => window as unknown as { keyAt: number[]; shown: { query: string; at: number }[] }).then(() =>
      page.evaluate(() => ({ keyAt: (window as unknown as { keyAt: number[] }).keyAt, shown: (window as unknown as { shown: { query: string; at: number }[] }).shown })),
    );
    print(`panel (0 = focus; first key at ${(probe.keyAt[0]! - focusAt).toFixed(0)} ms; first shown "${probe.shown[0]!.query}", ${(probe.shown[0]!.at - probe.keyAt[0]!).toFixed(0)} ms after the key)`, rows, zero, zero + probe.shown[0]!.at - focusAt);
    await context.close();
  }
} finally {
  await site.close();
}
