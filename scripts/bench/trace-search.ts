// `tsx scripts/bench/trace-search.ts [--dist dist] [--query sampah] [--runs 3] [--save dir]`: a Chromium
// performance trace of a cold /cari/?q= load and of the bare Pagefind page, summarised per thread: when each
// request went out and came back, when the worker started, what the page's thread and the worker spent their
// time on before the first result showed. Read with `npm run bench:search`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BARE_PAGE_PATH, startBenchSite } from './browser-search';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, query: { type: 'string', default: 'sampah' }, runs: { type: 'string', default: '3' }, save: { type: 'string' } } });
const site = await startBenchSite(values.dist!);
const { browser } = site;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat: string;
  args?: { name?: string; data?: Record<string, unknown> };
}

/** Marks the first result in the trace (user timing), as the bench's probe notes it. */
const MARK_FIRST_RESULT = () => {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('#search-results li, #cari-panel:not([hidden]) [role=option]')) return;
    performance.mark('first-result');
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
};

/** Per thread, the time each kind of top-level work took before `until` (self time of the listed kinds). */
function summarise(events: TraceEvent[], label: string) {
  const threads = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  const nav = events.find((e) => e.name === 'focus') ?? events.find((e) => e.name === 'navigationStart' && (e.args?.data as { isLoadingMainFrame?: boolean } | undefined)?.isLoadingMainFrame);
  const first = events.find((e) => e.name === 'first-result');
  for (const e of events) if (e.cat.includes('user_timing') && e.ph !== 'e' && e.ts >= (nav?.ts ?? 0)) console.log(`  mark ${e.name} at ${(((e.ts - (nav?.ts ?? 0)) / 1000)).toFixed(0)} ms`);
  if (!nav || !first) return console.log(`${label}: no navigation or first result in the trace`);
  const zero = nav.ts;
  const until = first.ts;
  const ms = (ts: number) => ((ts - zero) / 1000).toFixed(0).padStart(5);
  console.log(`\n${label}: first result at ${ms(until)} ms`);
  // Requests: sent, response, finished.
  const requests = new Map<string, { url: string; send: number; response?: number; finish?: number }>();
  for (const e of events) {
    const data = e.args?.data as { requestId?: string; url?: string; finishTime?: number } | undefined;
    if (!data?.requestId) continue;
    if (e.name === 'ResourceSendRequest') requests.set(data.requestId, { url: String(data.url).replace(site.url, '').replace(/\?ts=\d+/, '?ts'), send: e.ts });
    const row = requests.get(data.requestId);
    if (!row) continue;
    if (e.name === 'ResourceReceiveResponse') row.response = e.ts;
    if (e.name === 'ResourceFinish') row.finish = e.ts;
  }
  for (const row of requests.values()) if (row.send < until) console.log(`  ${ms(row.send)} → ${row.finish ? ms(row.finish) : '    ?'}  ${row.url.slice(0, 80)}`);
  // Marks of interest, on any thread.
  const interesting = ['domInteractive', 'domContentLoadedEventEnd', 'firstContentfulPaint', 'MarkDOMContent'];
  for (const e of events) if (interesting.includes(e.name) && e.ts < until) console.log(`  ${ms(e.ts)}  ${e.name}`);
  // Busy time per thread, by kind, between navigation and the first result.
  const kinds = ['ParseHTML', 'ParseAuthorStyleSheet', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall', 'EventDispatch', 'TimerFire', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'v8.wasm.compiledModule', 'v8.wasm.streamFromResponseCallback', 'wasm.GetFunctionCode', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'RunMicrotasks', 'HandlePostMessage', 'v8.run'];
  const perThread = new Map<string, Map<string, number>>();
  const taskTime = new Map<string, number>();
  const firstTask = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || e.ts < zero || e.ts > until) continue;
    const thread = threads.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`;
    if (!/CrRendererMain|Worker/.test(thread)) continue;
    if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') {
      taskTime.set(thread, (taskTime.get(thread) ?? 0) + e.dur);
      if (!firstTask.has(thread)) firstTask.set(thread, e.ts);
    }
    if (!kinds.includes(e.name)) continue;
    const byKind = perThread.get(thread) ?? new Map<string, number>();
    byKind.set(e.name, (byKind.get(e.name) ?? 0) + e.dur);
    perThread.set(thread, byKind);
  }
  for (const [thread, byKind] of perThread) {
    const top = [...byKind].sort((a, b) => b[1] - a[1]).map(([kind, dur]) => `${kind} ${(dur / 1000).toFixed(0)}`);
    console.log(`  ${thread} (first task at ${ms(firstTask.get(thread) ?? zero)}, tasks ${((taskTime.get(thread) ?? 0) / 1000).toFixed(0)} ms): ${top.join(', ')}`);
  }
}

try {
  if (values.save) mkdirSync(values.save, { recursive: true });
  for (let run = 0; run < Number(values.runs); run++) {
    for (const [label, path] of [
      ['/cari/', `/cari/?q=${encodeURIComponent(values.query!)}`],
      ['bare', `/${BARE_PAGE_PATH}/?q=${encodeURIComponent(values.query!)}`],
    ] as const) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.addInitScript(MARK_FIRST_RESULT);
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading', 'v8', 'v8.execute', 'blink', '__metadata', 'netlog'] });
      await page.goto(`${site.url}${path}`, { waitUntil: 'commit' });
      await page.waitForFunction(() => performance.getEntriesByName('first-result').length > 0, null, { timeout: 30_000 });
      const trace = await browser.stopTracing();
      if (values.save) writeFileSync(join(values.save, `${run}-${label.replace(/\W/g, '') || 'cari'}.json`), trace);
      summarise((JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents, `run ${run + 1}, ${label}`);
      await context.close();
    }
    // The header panel: 0 is the focus; the first key 300 ms later.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.addInitScript(MARK_FIRST_RESULT);
    await page.addInitScript(() => {
      document.addEventListener('focusin', () => performance.mark('focus'), { once: true });
      document.addEventListener('keydown', () => performance.mark('key'), { once: true });
    });
    await page.goto(`${site.url}/program/rt-mandiri/`, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading', 'v8', 'v8.execute', 'blink', '__metadata', 'netlog'] });
    await page.focus('#cari-kata');
    await page.waitForTimeout(300);
    await page.keyboard.type(values.query!);
    await page.waitForFunction(() => performance.getEntriesByName('first-result').length > 0, null, { timeout: 30_000 });
    const trace = await browser.stopTracing();
    if (values.save) writeFileSync(join(values.save, `${run}-panel.json`), trace);
    summarise((JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents, `run ${run + 1}, panel (0 = focus)`);
    await context.close();
  }
} finally {
  await site.close();
}
