import { readdirSync, readFileSync } from 'node:fs';
import { join, parse } from 'node:path';
import { staticScripts } from '../../scripts/page-weight';
import { describe, expect, test } from 'vitest';
import { HOME_ORIGIN_REGIONS, SOURCE_PAGE_SIZE } from '../../src/consts';
import { REGION_LEVELS } from '../../src/schemas/region';
import { SITE_DIST } from '../helpers/build';
import { PAGEFIND_BOOT } from '../../src/lib/search/boot';
import { listPages, loadPage, textOf } from '../helpers/dist';
import { findBrokenLinks } from '../helpers/links';

const SECTIONS = { programs: 'program', regions: 'wilayah', events: 'kegiatan', sources: 'sumber' } as const;

/** Slugs of the real content files of one collection. */
const slugsOf = (folder: string) =>
  readdirSync(join('content', folder))
    .filter((file) => /\.(mdx?|ya?ml)$/.test(file))
    .map((file) => parse(file).name);

describe('the built site', () => {
  const pages = listPages();

  test.each(Object.entries(SECTIONS))('has exactly one page for every %s entry', (folder, section) => {
    const slugs = slugsOf(folder);
    expect(slugs.length).toBeGreaterThan(0);
    // An entry's page is /<section>/<slug>/; its visit kit below it and the list's further pages (/sumber/2/) are not entries.
    const built = pages
      .filter((p) => p.startsWith(`/${section}/`) && p !== `/${section}/` && !p.endsWith('/kit/') && !/^\/[^/]+\/\d+\/$/.test(p))
      .map((p) => p.split('/')[2]);
    expect(built.sort()).toEqual(slugs.sort());
  });

  test('has the index pages and a 404 page', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/program/', '/wilayah/', '/kegiatan/', '/adopsi/', '/sumber/', '/glosarium/', '/panduan/', '/cari/', '/404.html']));
  });

  test('serves every page in Indonesian, with one h1 and the header search box', () => {
    for (const page of pages) {
      const $ = loadPage(page);
      expect($('html').attr('lang'), page).toBe('id');
      expect($('h1').length, page).toBe(1);
      expect($('header form[role="search"][action="/cari/"] input[name="q"]').length, page).toBe(1);
    }
  });

  test('runs JavaScript only for search: on every page the "/" shortcut and a loader, Pagefind up front only on /cari/', () => {
    for (const page of pages) {
      const $ = loadPage(page);
      const scripts = $('script:not([type="application/ld+json"])').toArray();
      expect(scripts.every((script) => $(script).attr('type') === 'module'), page).toBe(true);
      // What runs before the visitor does anything: the page's scripts and the modules they import statically.
      const code = scripts
        .map((script) => {
          const src = $(script).attr('src');
          return src ? [...staticScripts(SITE_DIST, src)].map((path) => readFileSync(join(SITE_DIST, path), 'utf8')).join('\n') : $(script).text();
        })
        .join('\n');
      // Pagefind starts up front only on /cari/ (its inline start); elsewhere the loader starts it when the box gets focus.
      expect(code.includes(PAGEFIND_BOOT), page).toBe(page === '/cari/');
      // The facet instance and the ranking of every page load on /cari/ after the first results, by a dynamic import.
      expect(code.includes('createInstance'), page).toBe(false);
      // Search as you type comes only by a dynamic import, when the header box gets focus.
      expect(code.includes('startHeaderSearch'), page).toBe(true);
      expect(code.includes('aria-activedescendant'), page).toBe(false);
    }
  });

  test('has no internal link or fragment that leads nowhere', () => {
    expect(findBrokenLinks(SITE_DIST)).toEqual([]);
  });

  test('ships a print stylesheet', () => {
    const css = readdirSync(join(SITE_DIST, '_astro')).filter((f) => f.endsWith('.css'));
    expect(css.some((f) => readFileSync(join(SITE_DIST, '_astro', f), 'utf8').includes('@media print'))).toBe(true);
  });
});

describe('the RT Mandiri page', () => {
  const $ = loadPage('/program/rt-mandiri/');

  test('shows the fact box with origin, urusan and stage', () => {
    const facts = textOf($, '.fact-box');
    expect(facts).toContain('Kota Banjarbaru');
    expect(facts).toContain('Pemberdayaan masyarakat dan desa');
    expect(facts).toContain('Penerapan');
  });

  test('lists Kabupaten Jepara as planning to adopt it, via the 2023-02-06 visit', () => {
    const row = $('table.adoptions tbody tr').filter((_, tr) => $(tr).find('th').text().includes('Kabupaten Jepara'));
    expect(row).toHaveLength(1);
    expect(row.find('.status').text()).toBe('Direncanakan');
    expect(row.find('time').attr('datetime')).toBe('2023-02-06');
    expect(row.find('a[href="/kegiatan/2023-02-06-studi-tiru-jepara-ke-banjarbaru/"]')).toHaveLength(1);
  });

  test('links its guide sections from a table of contents', () => {
    const toc = $('.toc a').map((_, a) => $(a).attr('href')).get();
    expect(toc).toEqual(expect.arrayContaining(['#latar-belakang', '#cara-kerja', '#wilayah-yang-meniru', '#sumber']));
  });

  test('lists the events where it was discussed and numbers its sources', () => {
    expect($('#kegiatan').parent().find('a[href^="/kegiatan/"]').length).toBe(2);
    // Every source the entry cites (its list, its profile, its adoptions), each once, numbered from 1.
    const program = (JSON.parse(readFileSync(join(SITE_DIST, 'data', 'programs.json'), 'utf8')) as { slug: string }[]).find((p) => p.slug === 'rt-mandiri')!;
    const cited = new Set(JSON.stringify({ ...program, sites: [] }).match(/"sources":\[[^\]]*\]/g)!.flatMap((list) => JSON.parse(list.slice('"sources":'.length)) as string[]));
    expect(cited.size).toBeGreaterThan(2);
    expect($('.sources li').map((_, li) => $(li).attr('id')).get()).toEqual([...cited].map((_, index) => `sumber-${index + 1}`));
  });
});

describe('the Kabupaten Jepara page', () => {
  const $ = loadPage('/wilayah/kabupaten-jepara/');

  test('lists RT Mandiri back with its status', () => {
    const row = $('#program-ditiru').parent().find('tr').filter((_, tr) => $(tr).text().includes('RT Mandiri'));
    expect(row.find('a[href="/program/rt-mandiri/"]')).toHaveLength(1);
    expect(row.text()).toContain('Direncanakan');
  });

  test('has a breadcrumb up to its province', () => {
    expect($('.breadcrumb li').map((_, li) => $(li).text().trim()).get()).toEqual(['Wilayah', 'Provinsi Jawa Tengah', 'Kabupaten Jepara']);
    expect($('.breadcrumb [aria-current="page"]').text()).toBe('Kabupaten Jepara');
  });

  test('lists the visit it attended', () => {
    expect($('a[href="/kegiatan/2023-02-06-studi-tiru-jepara-ke-banjarbaru/"]').length).toBeGreaterThan(0);
  });
});

describe('the Kabupaten Banyuasin page', () => {
  const $ = loadPage('/wilayah/kabupaten-banyuasin/');

  test.each([
    ['Jumlah penduduk', '837062', '837.062 jiwa'],
    ['Jumlah kecamatan', '21', '21 kecamatan'],
  ])('shows %s as %s with its source', (label, raw, shown) => {
    // The label carries a visually hidden colon that keeps it apart from the value in search excerpts.
    const fact = $('.facts > div').filter((_, div) => $(div).find('dt').text() === `${label}: `);
    expect(fact.find('data').attr('value')).toBe(raw);
    expect(fact.find('dd').text().replace(/\s+/g, ' ')).toContain(shown);
    const sourceId = fact.find('.source-ref a').attr('href')!.slice(1);
    expect($(`#${sourceId} a`).attr('href')).toBe('/sumber/merahputihnews-2023-07-17/');
  });

  test('records no area: the report prints "12.387.28km", whose unit and decimal mark are uncertain', () => {
    expect($('.facts dt').map((_, dt) => $(dt).text()).get()).not.toContain('Luas wilayah: ');
  });

  test('lists its programs and sub-districts', () => {
    expect($('a[href="/program/dokter-masuk-desa/"]').length).toBe(1);
    expect($('a[href="/wilayah/kecamatan-air-salek/"]').length).toBe(1);
  });
});

describe('index pages', () => {
  test('/wilayah/ groups regions under their provinces', () => {
    const $ = loadPage('/wilayah/');
    // One section per province in the content, by name.
    const provinces = (JSON.parse(readFileSync(join(SITE_DIST, 'data', 'regions.json'), 'utf8')) as { level: string; name: string }[])
      .filter((region) => region.level === 'provinsi')
      .map((region) => `Provinsi ${region.name}`);
    const shown = $('section.province h2').map((_, h) => $(h).text().trim()).get();
    expect(shown.toSorted()).toEqual(provinces.toSorted());
    expect(shown).toEqual(shown.toSorted(new Intl.Collator('id', { numeric: true, sensitivity: 'base' }).compare));
  });

  test('/kegiatan/ lists events newest first with Indonesian dates', () => {
    const $ = loadPage('/kegiatan/');
    const dates = $('.event-list time').map((_, t) => $(t).attr('datetime')).get();
    expect(dates).toEqual([...dates].sort().reverse());
    expect(textOf($, '.timeline')).toContain('Senin, 6 Februari 2023');
  });

  test('/sumber/ lists every source with the entries citing it', () => {
    // Fifty to a page, newest first, over as many pages as it takes.
    const listPagesOfSources = listPages().filter((path) => /^\/sumber\/(\d+\/)?$/.test(path));
    const ids = listPagesOfSources.flatMap((path) => {
      const $ = loadPage(path);
      expect($('article.source').length, path).toBeLessThanOrEqual(SOURCE_PAGE_SIZE);
      return $('article.source').map((_, article) => $(article).attr('aria-labelledby')!.slice('src-'.length)).get();
    });
    expect(ids.toSorted()).toEqual(slugsOf('sources').toSorted());
    const onPage = listPagesOfSources.map((path) => loadPage(path)).find(($) => $('article.source[aria-labelledby="src-klikkalsel-2023-02-06"]').length)!;
    expect(onPage('article.source[aria-labelledby="src-klikkalsel-2023-02-06"]').find('a[href="/program/rt-mandiri/"]')).toHaveLength(1);
  });

  test('/ shows counts, latest events and programs by origin region', () => {
    const $ = loadPage('/');
    expect(textOf($, '.counts')).toContain(`${slugsOf('programs').length} program`);
    // The origin regions with the most programs (ties by name), listed by name: worked out from the open data.
    const read = (name: string) => JSON.parse(readFileSync(join(SITE_DIST, 'data', `${name}.json`), 'utf8')) as Record<string, string>[];
    const regions = new Map(read('regions').map((region) => [region['slug'], region]));
    const counts = new Map<string, number>();
    for (const program of read('programs')) counts.set(program['origin']!, (counts.get(program['origin']!) ?? 0) + 1);
    const collator = new Intl.Collator('id', { numeric: true, sensitivity: 'base' });
    const label = (slug: string) => `${REGION_LEVELS[regions.get(slug)!['level'] as keyof typeof REGION_LEVELS]} ${regions.get(slug)!['name']}`;
    const top = [...counts]
      .sort(([a, countA], [b, countB]) => countB - countA || collator.compare(regions.get(a)!['name']!, regions.get(b)!['name']!))
      .slice(0, HOME_ORIGIN_REGIONS)
      .map(([slug]) => label(slug))
      .sort(collator.compare);
    expect(top.length).toBeGreaterThan(1);
    expect($('.origin-group h3').map((_, h) => $(h).text().trim()).get()).toEqual(top);
  });
});
