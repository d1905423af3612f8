import * as cheerio from 'cheerio';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SITE_DIST } from '../helpers/build';
import { listPages, loadPage } from '../helpers/dist';

const SITE = 'https://tiru.example.org';
const jsonLdOf = (path: string) => JSON.parse(loadPage(path)('script[type="application/ld+json"]').text()) as Record<string, unknown>;

describe('feeds and metadata', () => {
  test('the RSS feed lists every event and program, newest first, in Indonesian', () => {
    const $ = cheerio.load(readFileSync(join(SITE_DIST, 'rss.xml'), 'utf8'), { xml: true });
    expect($('channel > language').text()).toBe('id');
    const links = $('item > link').map((_, l) => $(l).text()).get();
    expect(links).toHaveLength(readdirSync('content/programs').length + readdirSync('content/events').length);
    // Newest first: the first item is an event of the latest date any entry carries (events are dated by when they happened).
    const events = JSON.parse(readFileSync(join(SITE_DIST, 'data', 'events.json'), 'utf8')) as { slug: string; date: string }[];
    const newest = events.map((event) => event.date).sort().at(-1);
    expect(events.filter((event) => event.date === newest).map((event) => `${SITE}/kegiatan/${event.slug}/`)).toContain(links[0]);
    const dates = $('item > pubDate').map((_, d) => Date.parse($(d).text())).get();
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(links).toContain(`${SITE}/program/rt-mandiri/`);
  });

  test('the sitemap index leads to every HTML page', () => {
    const index = cheerio.load(readFileSync(join(SITE_DIST, 'sitemap-index.xml'), 'utf8'), { xml: true });
    const sitemap = index('sitemap > loc').first().text().replace(SITE, '');
    const $ = cheerio.load(readFileSync(join(SITE_DIST, sitemap), 'utf8'), { xml: true });
    const urls = new Set($('url > loc').map((_, l) => $(l).text().replace(SITE, '')).get());
    expect(listPages().filter((p) => p.endsWith('/') && !urls.has(p))).toEqual([]);
  });

  test('every page has a description, OpenGraph tags and a canonical URL', () => {
    for (const page of listPages().filter((p) => p.endsWith('/'))) {
      const $ = loadPage(page);
      expect($('meta[name="description"]').attr('content'), page).toBeTruthy();
      expect($('meta[property="og:title"]').attr('content'), page).toBeTruthy();
      expect($('meta[property="og:locale"]').attr('content'), page).toBe('id_ID');
      expect($('link[rel="canonical"]').attr('href'), page).toBe(`${SITE}${page}`);
    }
  });

  test.each([
    ['/kegiatan/2023-02-06-studi-tiru-jepara-ke-banjarbaru/', { '@type': 'Event', startDate: '2023-02-06', name: 'Studi tiru Kabupaten Jepara ke Kota Banjarbaru' }],
    ['/wilayah/kecamatan-air-salek/', { '@type': 'AdministrativeArea', identifier: '16.07.14', name: 'Kecamatan Air Salek' }],
    ['/program/dokter-masuk-desa/', { '@type': 'GovernmentService', name: 'Dokter Masuk Desa', alternateName: ['DMD'] }],
  ])('%s describes itself in schema.org JSON-LD', (path, expected) => {
    expect(jsonLdOf(path)).toMatchObject({ '@context': 'https://schema.org', ...expected });
  });

  test('/kegiatan/ has a timeline by year and month linking each event', () => {
    const $ = loadPage('/kegiatan/');
    const dates = (JSON.parse(readFileSync(join(SITE_DIST, 'data', 'events.json'), 'utf8')) as { date: string }[]).map((event) => event.date).sort().reverse();
    expect($('.timeline-year').map((_, y) => $(y).text()).get()).toEqual([...new Set(dates.map((date) => date.slice(0, 4)))]);
    expect($('.timeline-month time').first().attr('datetime')).toBe(dates[0]!.slice(0, 7));
    expect($('.timeline-month time').first().text()).toBe(new Intl.DateTimeFormat('id-ID', { month: 'long', timeZone: 'UTC' }).format(new Date(`${dates[0]}T00:00:00Z`)));
    expect($('.timeline a').length).toBe(readdirSync('content/events').length);
  });
});
