import type { CheerioAPI } from 'cheerio';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SITE_DIST } from '../helpers/build';
import { listPages, loadPage, textOf } from '../helpers/dist';

const mapPages = (dist = SITE_DIST) => listPages(dist).filter((page) => page === '/' || /^\/(program|wilayah)\/[^/]+\/$/.test(page));

/** Region names of a map's markers, split by whether they sit at their own coordinates. */
function markers($: CheerioAPI) {
  const named = (selector: string) =>
    $(`figure.adoption-map .map-markers ${selector}`)
      .map((_, el) => $(el).children('title').text().replace(/ \(.*$/, ''))
      .get();
  return { approximate: named('.marker-approx'), exact: named('.marker:not(.marker-approx)') };
}

/** Link labels listed under the map as regions without coordinates. */
const listedWithoutCoordinates = ($: CheerioAPI) =>
  $('figure.adoption-map .map-note')
    .filter((_, el) => $(el).text().includes('tanpa koordinat'))
    .find('a')
    .map((_, el) => $(el).text().trim())
    .get();

describe('adoption maps', () => {
  const pages = mapPages();

  test('appear on the front page, every program page and every region page, with a title and description', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const $ = loadPage(page);
      const svg = $('figure.adoption-map > svg');
      expect(svg.length, page).toBe(1);
      expect(svg.attr('role'), page).toBe('img');
      const [titleId, descId] = svg.attr('aria-labelledby')!.split(' ');
      expect(textOf($, `svg #${titleId}`), page).toMatch(/^Peta adopsi/);
      expect(textOf($, `svg #${descId}`).length, page).toBeGreaterThan(20);
      expect(svg.find('image').attr('href'), page).toBe('/peta/indonesia.svg');
    }
  });

  test("draw on an outline of Indonesia's provinces with the same viewBox as every page map", () => {
    const outline = readFileSync(join(SITE_DIST, 'peta', 'indonesia.svg'), 'utf8');
    expect(outline).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(outline.match(/<path /g)!.length).toBeGreaterThanOrEqual(34);
    const viewBox = outline.match(/viewBox="([^"]+)"/)![1];
    for (const page of pages) expect(loadPage(page)('figure.adoption-map > svg').attr('viewBox'), page).toBe(viewBox);
  });

  test('draw one arc per current status on a program page, matching its adoption table', () => {
    for (const page of pages.filter((p) => p.startsWith('/program/'))) {
      const $ = loadPage(page);
      const tableStatuses = new Set($('table.adoptions .status').map((_, el) => $(el).attr('class')!.replace(/.*status-/, '')).get());
      const arcStatuses = new Set($('.map-arcs path').map((_, el) => $(el).attr('class')!.replace(/.*arc-/, '')).get());
      expect(arcStatuses, page).toEqual(tableStatuses);
      const legend = $('.map-legend line').map((_, el) => $(el).attr('class')!.replace(/.*arc-/, '')).get();
      expect(new Set(legend), page).toEqual(arcStatuses);
    }
    const rt = loadPage('/program/rt-mandiri/');
    expect(rt('.map-arcs path title').text()).toMatch(/Kota Banjarbaru ke Kabupaten Jepara: 1 program/);
  });

  test('show arcs both out of and into a region', () => {
    expect(loadPage('/wilayah/kota-banjarbaru/')('.map-arcs path').length).toBeGreaterThan(0);
    expect(loadPage('/wilayah/kabupaten-jepara/')('.map-arcs path').length).toBeGreaterThan(0);
    const jepara = markers(loadPage('/wilayah/kabupaten-jepara/'));
    expect([...jepara.approximate, ...jepara.exact]).toEqual(expect.arrayContaining(['Kota Banjarbaru', 'Kabupaten Jepara']));
  });

  test('list every region drawn without coordinates of its own under the map', () => {
    for (const page of pages) {
      const $ = loadPage(page);
      expect(listedWithoutCoordinates($).toSorted(), page).toEqual(markers($).approximate.toSorted());
    }
  });

  test('credit the basemap and ship its licence', () => {
    const $ = loadPage('/');
    expect($('.map-credit a[href="https://www.amcharts.com/"]').attr('rel')).toContain('noopener');
    expect(readFileSync(join(SITE_DIST, 'peta', 'lisensi-amcharts.txt'), 'utf8')).toMatch(/amCharts/);
  });
});
