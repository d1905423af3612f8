import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateContent } from '../../scripts/bench/generate';
import { BUDGETS, weighSite } from '../../scripts/page-weight';
import { GLOSSARY_USES, HOME_ORIGIN_REGIONS, HOME_PROGRAMS_PER_ORIGIN, LIST_PAGE_SIZE, SOURCE_LIST_CITATIONS } from '../../src/consts';
import { buildSite, tempDist } from '../helpers/build';
import { listPages, loadPage } from '../helpers/dist';
import { findBrokenLinks } from '../helpers/links';

// Synthetic content (generated into a temporary folder) large enough that every long list is cut.
const PROGRAMS = 2 * LIST_PAGE_SIZE + 30;

describe(`list pages of a catalog with ${PROGRAMS} programs`, () => {
  let dist: string;

  beforeAll(async () => {
    const content = join(mkdtempSync(join(tmpdir(), 'tiru-scale-')), 'content');
    // 30 kota/kabupaten are enough for every list; all 514 would triple the build.
    await generateContent(content, { programs: PROGRAMS, seed: 5, format: 'md', regencies: 30 });
    dist = tempDist('scale');
    const result = await buildSite(content, dist);
    expect(result.status, result.output.slice(-3000)).toBe(0);
  }, 300_000);

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
    const first = $('section.source').first();
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
