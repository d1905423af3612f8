// `npm run bench:lighthouse [-- --dist dist --runs 3 --pages /program/rt-mandiri/,/cari/?q=sampah]`: Lighthouse
// performance and accessibility scores of a program page and the search page, served as deployed (nginx with
// deploy/nginx.conf when installed, else Node's plain server), in Debian's Chromium (CHROME_PATH, default
// /usr/bin/chromium), with Lighthouse's default mobile settings (simulated slow 4G and a 4× slower CPU).
// A benchmark, not a test: scores move with the machine's load, so each page is run several times and the
// median and the range are printed. Target (issue 27): a program page stays at 98 or more. Build first.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { nginxInstalled, startNginx } from '../test/helpers/nginx';
import { serveDist } from '../test/helpers/serve';
import { median } from './bench/measure-search';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '3' },
    pages: { type: 'string', default: '/program/rt-mandiri/,/cari/,/cari/?q=sampah' },
  },
});
const dist = resolve(values.dist!);
if (!existsSync(resolve(dist, 'index.html'))) throw new Error(`Jalankan "npm run build" dulu (no built site in ${dist}).`);
const RUNS = Number(values.runs);
const CATEGORIES = ['performance', 'accessibility'] as const;

const site = nginxInstalled() ? await startNginx(dist) : await serveDist(dist);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage'],
});
try {
  console.log(`Lighthouse, mobile defaults, ${RUNS} runs per page, served by ${nginxInstalled() ? 'nginx (deploy/nginx.conf)' : "Node's plain server"}.\n`);
  console.log('| page | performance (median; runs) | accessibility (median; runs) | LCP (ms) | TBT (ms) | CLS |');
  console.log('|---|---|---|---|---|---|');
  for (const path of values.pages!.split(',')) {
    const scores: Record<(typeof CATEGORIES)[number], number[]> = { performance: [], accessibility: [] };
    const lcp: number[] = [];
    const tbt: number[] = [];
    const cls: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(`${site.url}${path}`, { port: chrome.port, onlyCategories: [...CATEGORIES], output: 'json', logLevel: 'error' });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { categories, audits, runtimeError } = result.lhr;
      if (runtimeError) throw new Error(`Lighthouse failed on ${path}: ${runtimeError.message}`);
      for (const category of CATEGORIES) scores[category].push(Math.round((categories[category]?.score ?? 0) * 100));
      lcp.push(audits['largest-contentful-paint']?.numericValue ?? NaN);
      tbt.push(audits['total-blocking-time']?.numericValue ?? NaN);
      cls.push(audits['cumulative-layout-shift']?.numericValue ?? NaN);
    }
    const cell = (values: number[]) => `**${median(values)}** (${values.join(', ')})`;
    console.log(`| ${path} | ${cell(scores.performance)} | ${cell(scores.accessibility)} | ${median(lcp).toFixed(0)} | ${median(tbt).toFixed(0)} | ${median(cls).toFixed(3)} |`);
  }
} finally {
  chrome.kill();
  await site.close();
}
