import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable, useBrowserOnSite, visit } from '../helpers/browser';
import { openData } from '../helpers/dist';
import { STATE_TIMEOUT_MS, untilState } from '../helpers/wait';

/** What a query must show: a page among the first five results, and how the page explains itself. */
interface Expectation {
  top5?: string;
  /** An entry named by the query comes first. */
  first?: string;
  /** The automatic correction the notice names. */
  corrected?: string;
  /** A partial-match label the results must carry. */
  partial?: string;
  /** The status line, for queries with nothing to list. */
  status?: RegExp;
  /** Pages of which at least one is among the first five results (worked out from the open data). */
  top5OneOf?: string[];
}

/** The events whose people (events.json) include this name, as site paths. */
const eventsWith = (person: string) =>
  openData<{ slug: string; people?: { name?: string }[] }[]>('events')
    .filter((event) => event.people?.some((who) => (who.name ?? "").toLowerCase().includes(person.toLowerCase())))
    .map((event) => `/kegiatan/${event.slug}/`);

const QUERIES: [category: string, query: string, expected: Expectation][] = [
  ['exact title', 'RT Mandiri', { top5: '/program/rt-mandiri/', first: '/program/rt-mandiri/' }],
  ['exact title', 'Dokter Masuk Desa', { top5: '/program/dokter-masuk-desa/', first: '/program/dokter-masuk-desa/' }],
  ['exact title', 'UKM Desa', { top5: '/program/ukm-desa/', first: '/program/ukm-desa/' }],
  ['exact title', 'kota sejuta kopi', { top5: '/program/banjarbaru-kota-sejuta-kopi/', first: '/program/banjarbaru-kota-sejuta-kopi/' }],
  ['alias', 'home care', { top5: '/program/homecare/', first: '/program/homecare/' }],
  ['alias', 'DMD', { top5: '/program/dokter-masuk-desa/', first: '/program/dokter-masuk-desa/' }],
  ['alias', 'tujuh program prioritas', { top5: '/program/7-program-prioritas/' }],
  ['alias', 'rakor kecamatan', { top5: '/program/rakor-tingkat-kecamatan-banyuasin/' }],
  ['root word', 'kelola sampah', { top5: '/program/pengelolaan-sampah-banjarbaru/' }],
  ['root word', 'tata kota banjarbaru', { top5: '/program/penataan-kota-banjarbaru/' }],
  ['root word', 'koordinasi', { top5: '/program/rakor-camat-dan-lurah-banjarbaru/' }],
  ['partial match', 'penanganan banjir', { top5: '/kegiatan/2024-01-18-rakor-camat-lurah-banjarbaru/', partial: 'Memuat sebagian kata: banjir' }],
  ['partial match', 'bencana banjir bandang', { top5: '/kegiatan/2024-01-18-rakor-camat-lurah-banjarbaru/', partial: 'Memuat sebagian kata: banjir' }],
  ['typo, one word', 'homcare', { top5: '/program/homecare/', corrected: 'homecare' }],
  ['typo, one word', 'banyuasn', { top5: '/wilayah/kabupaten-banyuasin/', corrected: 'banyuasin' }],
  ['typo, one word', 'jeprara', { top5: '/wilayah/kabupaten-jepara/', corrected: 'jepara' }],
  ['typo, one word', 'banjar baru', { top5: '/wilayah/kota-banjarbaru/', first: '/wilayah/kota-banjarbaru/', corrected: 'banjarbaru' }],
  ['typo, two words', 'rt mandri', { top5: '/program/rt-mandiri/', corrected: 'rt mandiri' }],
  ['typo, two words', 'doktor masuk dessa', { top5: '/program/dokter-masuk-desa/', corrected: 'dokter masuk desa' }],
  ['variant', 'ambulance', { top5: '/kegiatan/2023-07-20-rakor-ke-10-kecamatan-air-salek/' }],
  ['variant', 'Kalsel', { top5: '/wilayah/provinsi-kalimantan-selatan/' }],
  ['variant', 'Jateng', { top5: '/wilayah/provinsi-jawa-tengah/' }],
  ['variant', 'studi banding jepara', { top5: '/kegiatan/2023-02-06-studi-tiru-jepara-ke-banjarbaru/' }],
  ['variant', 'pemkab banyuasin', { top5: '/wilayah/kabupaten-banyuasin/' }],
  ['place', 'Air Salek', { top5: '/wilayah/kecamatan-air-salek/', first: '/wilayah/kecamatan-air-salek/' }],
  ['place', 'Kelurahan Palam', { top5: '/wilayah/kelurahan-palam/', first: '/wilayah/kelurahan-palam/' }],
  ['place', 'Palembang', { top5: '/wilayah/kota-palembang/' }],
  ['place', 'Pasar Bauntung', { top5: '/program/pengelolaan-pasar-banjarbaru/' }],
  ['person', 'Askolani', { top5OneOf: eventsWith('Askolani') }],
  ['person', 'Edy Supriyanta', { top5: '/wilayah/kabupaten-jepara/' }],
  ['person', 'Wartono', { top5: '/kegiatan/2022-02-15-rakor-camat-lurah-banjarbaru/' }],
  ['empty query', '', { status: /^Ketik kata kunci/ }],
  ['nonsense', 'xqzvbnw', { status: /^Tidak ada hasil untuk “xqzvbnw”\.$/ }],
];

describe.runIf(browserAvailable())('a table of queries on the built site, typed into the search page', () => {
  const session = useBrowserOnSite();
  let page: Page;
  const rows: string[] = [];

  beforeAll(async () => {
    page = await visit(session, '/cari/');
    await page.locator('#search-status', { hasText: 'Ketik kata kunci' }).waitFor({ timeout: STATE_TIMEOUT_MS });
  });

  afterAll(() => {
    console.log(`| category | query | status | correction | first results |\n|---|---|---|---|---|\n${rows.join('\n')}`);
  });

  test('has every kind of query the search must handle', () => {
    const categories = new Set(QUERIES.map(([category]) => category));
    for (const kind of ['exact title', 'alias', 'root word', 'partial match', 'typo, one word', 'typo, two words', 'variant', 'place', 'person', 'empty query', 'nonsense']) {
      expect(categories).toContain(kind);
    }
  });

  test.each(QUERIES)('%s: "%s"', async (category, query, expected) => {
    await page.locator('#q').fill(query);
    await page.locator('#q').press('Enter');
    const results = () => page.locator('#search-results li h2 a').evaluateAll((links) => links.slice(0, 5).map((a) => (a as HTMLAnchorElement).pathname));
    if (expected.status) await untilState(() => page.locator('#search-status').textContent()).toMatch(expected.status);
    if (expected.corrected) await untilState(() => page.locator('#search-suggestions strong').textContent()).toBe(expected.corrected);
    if (expected.top5) await untilState(results).toContain(expected.top5);
    if (expected.top5OneOf) {
      expect(expected.top5OneOf.length).toBeGreaterThan(0);
      await untilState(async () => (await results()).some((url) => expected.top5OneOf!.includes(url))).toBe(true);
    }
    if (expected.first) await untilState(async () => (await results())[0]).toBe(expected.first);
    if (expected.partial) await untilState(() => page.locator('#search-results .partial').allTextContents()).toContain(expected.partial);
    if (!expected.corrected && (expected.top5 || expected.top5OneOf)) expect(await page.locator('#search-suggestions strong').count()).toBe(0);
    const shown = await results();
    rows.push(`| ${category} | ${query || '(kosong)'} | ${await page.locator('#search-status').textContent()} | ${(await page.locator('#search-suggestions strong').count()) ? await page.locator('#search-suggestions strong').textContent() : ''} | ${shown.slice(0, 3).join(' ')} |`);
  });
});
