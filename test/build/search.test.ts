import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { indexedWords } from '../../src/lib/search/index-site';
import { wordsOf } from '../../src/lib/search/variants';
import { SITE_DIST } from '../helpers/build';
import { listPages } from '../helpers/dist';
import { loadPagefind, resultUrls, type PagefindApi } from '../helpers/pagefind';

let pagefind: PagefindApi;
beforeAll(async () => {
  pagefind = await loadPagefind(join(SITE_DIST, 'pagefind'));
});

/** One export of the built open data, /data/<name>.json. */
function openData<T>(name: 'programs' | 'events' | 'sources' | 'regions' | 'adopsi'): T[] {
  return JSON.parse(readFileSync(join(SITE_DIST, 'data', `${name}.json`), 'utf8')) as T[];
}
interface ProgramData { slug: string; title: string; summary: string; urusan: string[] }
interface EventData { slug: string; title: string; kind: string[]; date: string }
interface SourceData { slug: string; title: string; publisher: string }
interface AdoptionData { program: string; region: string; status: string }

/** The HTML of a built page by its site path. */
const pageHtml = (url: string) => readFileSync(join(SITE_DIST, url, 'index.html'), 'utf8');
/** The words of the part of a page Pagefind indexes (what the page shows in its main content). */
const shownWords = new Map<string, Set<string>>();
const visibleWords = (url: string) => {
  if (!shownWords.has(url)) shownWords.set(url, new Set(indexedWords(pageHtml(url))));
  return shownWords.get(url)!;
};
/** Every page Pagefind indexes. */
const indexedPages = () => listPages().filter((url) => url.endsWith('/') && pageHtml(url).includes('data-pagefind-body'));

/** Query, options, and the URL expected first; `null` expects no result at all. */
const TOP_RESULTS: [string, string | null, object, string | null][] = [
  ['title', 'rt mandiri', {}, '/program/rt-mandiri/'],
  ['title, one word', 'homecare', {}, '/program/homecare/'],
  ['alias with a space', 'home care', {}, '/program/homecare/'],
  ['acronym alias', 'DMD', {}, '/program/dokter-masuk-desa/'],
  ['acronym, lower case', 'dmd', {}, '/program/dokter-masuk-desa/'],
  ['region by bare name', 'jepara', {}, '/wilayah/kabupaten-jepara/'],
  ['kecamatan by name', 'air salek', { filters: { jenis: 'Wilayah' } }, '/wilayah/kecamatan-air-salek/'],
  ['number in a title', '12 gerakan', {}, '/program/12-gerakan-bersama-masyarakat/'],
  ['filter by region', 'rakor', { filters: { wilayah: 'Kota Banjarbaru' } }, '/program/rakor-camat-dan-lurah-banjarbaru/'],
  ['no results', 'tsunami', {}, null],
];

/**
 * A page that never prints the query's words but prints an affixed form of them (checked on the built
 * page), and the number of results it must be among: the root is what finds it, and finds it near the top.
 */
const FOUND_BY_ROOT: [string, string, object, string, { absent: string[]; present: string[] }, number][] = [
  // Homecare says "kesehatan" and never "sehat"; programs named "sehat" may rank above it.
  ['stemmed: kesehatan from sehat', 'sehat', { filters: { jenis: 'Program' } }, '/program/homecare/', { absent: ['sehat'], present: ['kesehatan'] }, 3],
];

/** Query, options, the URL that must be found, and within how many results: reports naming it may rank above. */
const FOUND_WITHIN: [string, string, object, string, number][] = [
  ['place named in a guide', 'pasar bauntung', {}, '/program/pengelolaan-pasar-banjarbaru/', 3],
];

describe('the built search index', () => {
  test.each(TOP_RESULTS)('%s: %s', async (_, query, options, expected) => {
    const urls = await resultUrls(pagefind, query, options);
    if (expected === null) expect(urls).toEqual([]);
    else expect(urls[0]).toBe(expected);
  });

  test.each(FOUND_BY_ROOT)('%s: %s', async (_, query, options, expected, words, within) => {
    const shown = visibleWords(expected);
    for (const word of words.absent) expect(shown.has(word), `${expected} must not say "${word}"`).toBe(false);
    for (const word of words.present) expect(shown.has(word), `${expected} must say "${word}"`).toBe(true);
    expect((await resultUrls(pagefind, query, options)).slice(0, within)).toContain(expected);
  });

  test.each(FOUND_WITHIN)('%s: %s', async (_, query, options, expected, within) => {
    expect((await resultUrls(pagefind, query, options)).slice(0, within)).toContain(expected);
  });

  test('root word of penataan: "tata kota" finds every page that says "penataan" and "kota" but never "tata"', async () => {
    const pages = indexedPages().filter((url) => {
      const shown = visibleWords(url);
      return shown.has('penataan') && shown.has('kota') && !shown.has('tata');
    });
    expect(pages.length).toBeGreaterThan(0);
    expect(await resultUrls(pagefind, 'tata kota')).toEqual(expect.arrayContaining(pages));
  });

  test('publisher of a source: klikkalsel finds its sources first', async () => {
    const published = openData<SourceData>('sources')
      .filter((source) => /klikkalsel/i.test(source.publisher))
      .map((source) => `/sumber/${source.slug}/`);
    expect(published.length).toBeGreaterThan(0);
    const urls = await resultUrls(pagefind, 'klikkalsel');
    expect(urls.slice(0, published.length).sort()).toEqual(published.sort());
  });

  test('launch event: peluncuran finds the launches first', async () => {
    const launches = openData<EventData>('events')
      .filter((event) => event.kind.includes('peluncuran'))
      .map((event) => `/kegiatan/${event.slug}/`);
    expect(launches.length).toBeGreaterThan(0);
    const urls = await resultUrls(pagefind, 'peluncuran');
    expect(urls.slice(0, launches.length).sort()).toEqual(launches.sort());
  });

  test('filter by type: banjarbaru among sources puts one with Banjarbaru in its title first', async () => {
    const titled = openData<SourceData>('sources')
      .filter((source) => /banjarbaru/i.test(source.title))
      .map((source) => `/sumber/${source.slug}/`);
    const urls = await resultUrls(pagefind, 'banjarbaru', { filters: { jenis: 'Sumber' } });
    expect(urls.length).toBeGreaterThan(1);
    expect(urls.every((url) => url.startsWith('/sumber/'))).toBe(true);
    expect(titled).toContain(urls[0]);
  });

  test('browse by urusan, sorted by title', async () => {
    const expected = openData<ProgramData>('programs')
      .filter((program) => program.urusan.includes('kesehatan'))
      .toSorted((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0))
      .map((program) => `/program/${program.slug}/`);
    expect(expected.length).toBeGreaterThan(1);
    expect(await resultUrls(pagefind, null, { filters: { urusan: 'Kesehatan', jenis: 'Program' }, sort: { judul: 'asc' } })).toEqual(expected);
  });

  test('newest event first', async () => {
    const events = openData<EventData>('events');
    const dateOf = new Map(events.map((event) => [`/kegiatan/${event.slug}/`, event.date]));
    const urls = await resultUrls(pagefind, null, { filters: { jenis: 'Kegiatan' }, sort: { tanggal: 'desc' } });
    expect(urls.toSorted()).toEqual([...dateOf.keys()].sort());
    const dates = urls.map((url) => dateOf.get(url)!);
    expect(dates).toEqual(dates.toSorted().reverse());
  });

  test('a filter by type returns only that type', async () => {
    const urls = await resultUrls(pagefind, 'banjarbaru', { filters: { jenis: 'Kegiatan' } });
    expect(urls.length).toBeGreaterThan(1);
    expect(urls.every((url) => url.startsWith('/kegiatan/'))).toBe(true);
  });

  test('a filter by region keeps only pages of that region', async () => {
    const urls = await resultUrls(pagefind, 'rakor', { filters: { wilayah: 'Kota Banjarbaru' } });
    expect(urls).not.toContain('/program/rakor-tingkat-kecamatan-banyuasin/');
    expect(urls).toContain('/kegiatan/2024-01-18-rakor-camat-lurah-banjarbaru/');
  });

  test('a filter by adoption status finds every program a region planned to adopt, what Jepara planned among them', async () => {
    const planned = openData<AdoptionData>('adopsi').filter((pair) => pair.status === 'direncanakan');
    const programs = [...new Set(planned.map((pair) => `/program/${pair.program}/`))].sort();
    const byJepara = planned.filter((pair) => pair.region === 'kabupaten-jepara').map((pair) => `/program/${pair.program}/`);
    expect(byJepara.length).toBeGreaterThan(0);
    const urls = await resultUrls(pagefind, null, { filters: { status: 'Direncanakan', jenis: 'Program' } });
    expect(urls.sort()).toEqual(programs);
    expect(urls).toEqual(expect.arrayContaining(byJepara));
  });

  test('results carry title, type, region and summary', async () => {
    const program = openData<ProgramData>('programs').find((p) => p.slug === 'homecare')!;
    const search = await pagefind.search('homecare');
    const data = await search.results[0]!.data();
    expect(data.meta).toMatchObject({ title: program.title, jenis: 'Program', wilayah: 'Kota Banjarbaru', ringkasan: program.summary });
    expect(data.excerpt).toContain('<mark>');
  });

  test("a source's result shows its title, though its title does not rank as an entry's title", async () => {
    const source = openData<SourceData>('sources').find((s) => s.slug === 'mediacenter-banjarbaru-2024-01-18')!;
    const search = await pagefind.search('banjir', { filters: { jenis: 'Sumber' } });
    const data = await Promise.all(search.results.map((result) => result.data()));
    expect(data.find((d) => d.url === `/sumber/${source.slug}/`)?.meta).toMatchObject({ title: '', judul: source.title, jenis: 'Sumber' });
  });

  test("Pagefind's own top ten hold at most one source when ten entries or more have the word", async () => {
    // Tiru shows sources after entries; when Pagefind's order mostly agrees, the first page needs no further result data.
    for (const query of ['sampah', 'digital', 'inovasi', 'rakor', 'sekolah', 'lampung']) {
      const urls = await resultUrls(pagefind, query);
      expect(urls.filter((url) => !url.startsWith('/sumber/')).length, query).toBeGreaterThanOrEqual(10);
      expect(urls.slice(0, 10).filter((url) => url.startsWith('/sumber/')).length, query).toBeLessThanOrEqual(1);
    }
  });

  test('offers every facet with counts', async () => {
    const filters = await pagefind.filters();
    expect(Object.keys(filters).sort()).toEqual(['jenis', 'provinsi', 'status', 'tahapan', 'tahun', 'urusan', 'wilayah']);
    const entriesIn = (folder: string) => readdirSync(join('content', folder)).filter((file) => /\.(mdx?|ya?ml)$/.test(file)).length;
    expect(filters['jenis']).toEqual({ Program: entriesIn('programs'), Wilayah: entriesIn('regions'), Kegiatan: entriesIn('events'), Sumber: entriesIn('sources') });
  });

  test('indexes only the main content, not navigation or repeated source lists', async () => {
    const pages = indexedPages();
    const footerWords = (url: string) => new Set(wordsOf(/<footer class="site-footer"[^>]*>([\s\S]*?)<\/footer>/.exec(pageHtml(url))?.[1]?.replace(/<[^>]+>/g, ' ') ?? ''));
    const footers = pages.map(footerWords);
    // "entri" appears on every page, but only in the footer.
    expect(footers.every((words) => words.has('entri'))).toBe(true);
    expect(pages.some((url) => visibleWords(url).has('entri'))).toBe(false);
    expect(await resultUrls(pagefind, 'entri')).toEqual([]);
    // Were the footer indexed, each of its words would find every page.
    expect(footers[0]!.size).toBeGreaterThan(10);
    for (const word of footers[0]!) expect((await resultUrls(pagefind, word)).length, word).toBeLessThan(pages.length);
    // Program, event and region pages list their sources with publishers; only the sources' own pages are found.
    const klikkalsel = openData<SourceData>('sources')
      .filter((source) => /klikkalsel/i.test(`${source.publisher} ${source.title}`))
      .map((source) => `/sumber/${source.slug}/`);
    expect((await resultUrls(pagefind, 'klikkalsel')).sort()).toEqual(klikkalsel.sort());
  });
});

describe('variants from content/variants/', () => {
  test.each([
    ['the article spelling "ambulance" finds the event that says "ambulans"', 'ambulance', '/kegiatan/2023-07-20-rakor-ke-10-kecamatan-air-salek/'],
    ['"Kalsel" finds Kalimantan Selatan', 'kalsel', '/wilayah/provinsi-kalimantan-selatan/'],
    ['"studi banding" finds the studi tiru', 'studi banding', '/kegiatan/2023-02-06-studi-tiru-jepara-ke-banjarbaru/'],
    ['"launching" finds the launch', 'launching', '/kegiatan/2023-07-17-rakor-kecamatan-tanjung-lago/'],
    ['"Pemkot Banjarbaru" finds pages saying "Pemerintah Kota Banjarbaru"', 'pemkot banjarbaru', '/kegiatan/2023-02-06-studi-tiru-jepara-ke-banjarbaru/'],
  ])('%s', async (_, query, expected) => {
    expect(await resultUrls(pagefind, query)).toContain(expected);
  });

  test('never change what pages show: hidden terms stay out of excerpts', async () => {
    const search = await pagefind.search('kalsel');
    const results = await Promise.all(search.results.map((result) => result.data()));
    // Pages found only through the hidden variant, which never print "kalsel"…
    const hiddenOnly = results.filter((result) => !visibleWords(result.url).has('kalsel'));
    expect(hiddenOnly.length).toBeGreaterThan(0);
    // …and no excerpt shows "kalsel" unless its page does.
    for (const result of results) {
      if (/\bkalsel\b/.test(result.excerpt.toLowerCase())) expect(visibleWords(result.url).has('kalsel'), result.url).toBe(true);
    }
    for (const result of hiddenOnly) expect(result.excerpt.toLowerCase(), result.url).not.toMatch(/\bkalsel\b/);
  });
});
