import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { SITE_DIST } from '../helpers/build';
import { loadPagefind, resultUrls, type PagefindApi } from '../helpers/pagefind';

let pagefind: PagefindApi;
beforeAll(async () => {
  pagefind = await loadPagefind(join(SITE_DIST, 'pagefind'));
});

/** Query, options, and the URL expected first; `null` expects no result at all. */
const TOP_RESULTS: [string, string | null, object, string | null][] = [
  ['title', 'rt mandiri', {}, '/program/rt-mandiri/'],
  ['title, one word', 'homecare', {}, '/program/homecare/'],
  ['alias with a space', 'home care', {}, '/program/homecare/'],
  ['acronym alias', 'DMD', {}, '/program/dokter-masuk-desa/'],
  ['acronym, lower case', 'dmd', {}, '/program/dokter-masuk-desa/'],
  // Neither program says "sehat"; Homecare says "kesehatan" most often since DMD's borrowed background was removed.
  ['stemmed: kesehatan from sehat', 'sehat', { filters: { jenis: 'Program' } }, '/program/homecare/'],
  ['root word of penataan', 'tata kota', {}, '/program/penataan-kota-banjarbaru/'],
  ['place named in a guide', 'pasar bauntung', {}, '/program/pengelolaan-pasar-banjarbaru/'],
  ['region by bare name', 'jepara', {}, '/wilayah/kabupaten-jepara/'],
  ['kecamatan by name', 'air salek', { filters: { jenis: 'Wilayah' } }, '/wilayah/kecamatan-air-salek/'],
  ['number in a title', '12 gerakan', {}, '/program/12-gerakan-bersama-masyarakat/'],
  ['publisher of a source', 'klikkalsel', {}, '/sumber/klikkalsel-2023-02-06/'],
  ['launch event', 'peluncuran', {}, '/kegiatan/2023-07-17-rakor-kecamatan-tanjung-lago/'],
  ['filter by region', 'rakor', { filters: { wilayah: 'Kota Banjarbaru' } }, '/program/rakor-camat-dan-lurah-banjarbaru/'],
  ['filter by type', 'banjarbaru', { filters: { jenis: 'Sumber' } }, '/sumber/mediacenter-banjarbaru-2024-01-18/'],
  ['browse by urusan, sorted by title', null, { filters: { urusan: 'Kesehatan', jenis: 'Program' }, sort: { judul: 'asc' } }, '/program/dokter-masuk-desa/'],
  ['newest event first', null, { filters: { jenis: 'Kegiatan' }, sort: { tanggal: 'desc' } }, '/kegiatan/2024-01-18-rakor-camat-lurah-banjarbaru/'],
  ['no results', 'tsunami', {}, null],
];

describe('the built search index', () => {
  test.each(TOP_RESULTS)('%s: %s', async (_, query, options, expected) => {
    const urls = await resultUrls(pagefind, query, options);
    if (expected === null) expect(urls).toEqual([]);
    else expect(urls[0]).toBe(expected);
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

  test('a filter by adoption status finds what Jepara planned to adopt', async () => {
    const urls = await resultUrls(pagefind, null, { filters: { status: 'Direncanakan', jenis: 'Program' } });
    expect(urls.sort()).toEqual([
      '/program/homecare/',
      '/program/pengelolaan-pasar-banjarbaru/',
      '/program/pengelolaan-sampah-banjarbaru/',
      '/program/rt-mandiri/',
    ]);
  });

  test('results carry title, type, region and summary', async () => {
    const search = await pagefind.search('homecare');
    const data = await search.results[0]!.data();
    expect(data.meta).toMatchObject({ title: 'Homecare', jenis: 'Program', wilayah: 'Kota Banjarbaru' });
    expect(data.meta['ringkasan']).toContain('pasien');
    expect(data.excerpt).toContain('<mark>');
  });

  test('offers every facet with counts', async () => {
    const filters = await pagefind.filters();
    expect(Object.keys(filters).sort()).toEqual(['jenis', 'provinsi', 'status', 'tahapan', 'tahun', 'urusan', 'wilayah']);
    const entriesIn = (folder: string) => readdirSync(join('content', folder)).filter((file) => /\.(mdx?|ya?ml)$/.test(file)).length;
    expect(filters['jenis']).toEqual({ Program: entriesIn('programs'), Wilayah: entriesIn('regions'), Kegiatan: entriesIn('events'), Sumber: entriesIn('sources') });
  });

  test('indexes only the main content, not navigation or repeated source lists', async () => {
    // "merujuk" appears on every page, but only in the footer.
    expect(await resultUrls(pagefind, 'merujuk')).toEqual([]);
    expect(await resultUrls(pagefind, 'klikkalsel')).toEqual(['/sumber/klikkalsel-2023-02-06/']);
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
    const excerpts = await Promise.all(search.results.map(async (result) => (await result.data()).excerpt.toLowerCase()));
    expect(excerpts.join(' ')).not.toMatch(/\bkalsel\b/);
  });
});
