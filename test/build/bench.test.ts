import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { BUDGETS, weighSite } from '../../scripts/page-weight';
import { GLOSSARY_USES, HOME_ORIGIN_REGIONS, HOME_PROGRAMS_PER_ORIGIN, LIST_PAGE_SIZE, SOURCE_LIST_CITATIONS } from '../../src/consts';
import { bin } from '../helpers/bin';
import { run } from '../helpers/build';
import { listPages, loadPage } from '../helpers/dist';
import { findBrokenLinks } from '../helpers/links';

/**
 * The bench's smoke run (the full run is `npm run bench`): one size, one format, no variant builds, and
 * the synthetic catalog large enough that every long list of the site is cut, so its build, kept with
 * --keep, also serves the list tests. 30 kota/kabupaten are enough for every list; all 514 would triple it;
 * 5 kecamatan keep a level of region pages that the national proportion would make 54.
 */
const PROGRAMS = 2 * LIST_PAGE_SIZE + 30;
const dist = resolve(`node_modules/.cache/tiru-bench/dist-${PROGRAMS}-md`);
let report: string;

beforeAll(async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'tiru-bench-')), 'BENCHMARKS.md');
  const bench = await run(bin('tsx'), ['scripts/bench.ts', '--sizes', String(PROGRAMS), '--formats', 'md', '--skip-variants', '--regencies', '30', '--districts', '5', '--queries', '20', '--keep', '--out', out], process.env);
  expect(bench.status, bench.output.slice(-2000)).toBe(0);
  report = readFileSync(out, 'utf8');
}, 600_000);

describe('npm run bench', () => {
  test('builds Tiru and the floor and prints every figure', () => {
    const [row, parts] = report.split('\n').filter((line) => line.startsWith(`| ${PROGRAMS} (.md) |`));
    expect(row).toBeDefined();
    const cells = row!.split('|').slice(1, -1).map((c) => c.trim());
    expect(cells).toHaveLength(18);
    expect(Number(cells[4])).toBeGreaterThan(0);
    expect(Number(cells[15])).toBeGreaterThan(0); // the floor's peak memory
    expect(cells[16]).toMatch(/^\d+\.\d\d×$/);
    expect(cells[17]).toMatch(/^\d+\.\d\d×$/); // peak memory to the floor's
    // The floor is built until two runs agree within 10 %, and its cell lists every run.
    expect(cells[14]).toMatch(/runs (\d+\.\d, )+\d+\.\d s, (no )?two within 10 %\)$/);
    // The cold query by part adds up to the cold total.
    const [runtime, metadata, index, fragments, total] = parts!.split('|').slice(2, -1).map(Number);
    expect(runtime).toBeGreaterThan(50);
    expect(Math.abs(runtime! + metadata! + index! + fragments! - total!)).toBeLessThanOrEqual(3);
    // Every benchmark query, cold, on Tiru's index and on a plain index of the same pages.
    const queries = report.split('\n').find((line) => new RegExp(`^\\| ${PROGRAMS} \\(\\.md\\) \\| \\d+ \\| \\d+ \\| \\d+ \\| \\d+ \\| \\d+ \\| \\d\\.\\d\\d× \\|$`).test(line));
    expect(queries, report).toBeDefined();
    const [, count, median, worst, plainMedian] = queries!.split('|').slice(1, -1).map((c) => parseFloat(c.trim()));
    expect(count).toBe(20);
    expect(worst).toBeGreaterThanOrEqual(median!);
    expect(plainMedian).toBeGreaterThan(50);
    expect(report).toMatch(/cores .*GiB memory; Node v24/);
    for (const variant of ['.mdx, with transforms', '.md, without transforms']) expect(report).toContain(`| ${variant} | not run (--skip-variants) |`);
  });
});

describe(`list pages of the bench's catalog of ${PROGRAMS} programs`, () => {
  test('split /program/ into pages that together list every program once', () => {
    const pages = ['/program/', '/program/2/', '/program/3/'];
    expect(listPages(dist)).toEqual(expect.arrayContaining(pages));
    expect(listPages(dist)).not.toContain('/program/4/');
    const listed = pages.flatMap((page) => {
      const $ = loadPage(page, dist);
      return $('.program-list > li > a').map((_, a) => $(a).attr('href')).get();
    });
    expect(listed).toHaveLength(PROGRAMS);
    expect(new Set(listed).size).toBe(PROGRAMS);
  });

  test('link the pages with next and previous links', () => {
    const second = loadPage('/program/2/', dist);
    expect(second('.pagination a[rel="prev"]').attr('href')).toBe('/program/');
    expect(second('.pagination a[rel="next"]').attr('href')).toBe('/program/3/');
    expect(second('.pagination').text()).toContain('Halaman 2 dari 3');
    expect(findBrokenLinks(dist)).toEqual([]);
  });

  test('split the event timeline the same way', () => {
    const events = ['/kegiatan/', '/kegiatan/2/'].flatMap((page) => loadPage(page, dist)('.timeline .event-list > li').get());
    expect(events).toHaveLength(Math.floor(PROGRAMS / 2));
  });

  test('keep the front page short: the regions with most programs, a few programs each, links to the rest', () => {
    const $ = loadPage('/', dist);
    const groups = $('.origin-group');
    expect(groups.length).toBe(HOME_ORIGIN_REGIONS);
    groups.each((_, group) => void expect($(group).find('.program-list > li').length).toBeLessThanOrEqual(HOME_PROGRAMS_PER_ORIGIN));
    expect($('main').text()).toMatch(/Dan program dari \d+ wilayah lain/);
  });

  test("cut each source's citing entries on /sumber/, pointing to the source page for all", () => {
    const $ = loadPage('/sumber/', dist);
    const first = $('article.source').first();
    expect(first.find('dd').first().find('li').length).toBeLessThanOrEqual(SOURCE_LIST_CITATIONS);
    const more = first.find('dd a').filter((_, a) => /lain$/.test($(a).text().trim()));
    expect(more.length).toBeGreaterThan(0);
    expect(more.first().attr('href')).toBe(first.find('h2 a').attr('href'));
  });

  test('cut the entries using each glossary term, pointing to a search for the term', () => {
    const $ = loadPage('/glosarium/', dist);
    const term = $('.glossary-term').filter((_, t) => $(t).find('dd a[href^="/cari/?q="]').length > 0).first();
    expect(term.length).toBe(1);
    expect(term.find('dd .link-list li').length).toBe(GLOSSARY_USES);
    expect(term.find('dd a[href^="/cari/?q="]').text()).toMatch(/dan \d+ entri lain: cari/);
  });

  test('keep every page type within the HTML budget', () => {
    for (const [type, { max }] of weighSite(dist)) expect(max.html, type).toBeLessThanOrEqual(BUDGETS.html);
  });
});
