import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { browserAvailable, useBrowserOnSite } from '../helpers/browser';
import { listPages } from '../helpers/dist';

/** One page of each type; the search page is checked with results and open filters. */
const PAGE_TYPES = [
  ['home', '/'],
  ['program list', '/program/'],
  ['program', '/program/rt-mandiri/'],
  ['region list', '/wilayah/'],
  ['region', '/wilayah/kabupaten-banyuasin/'],
  ['event list', '/kegiatan/'],
  ['event', '/kegiatan/2023-02-06-studi-tiru-jepara-ke-banjarbaru/'],
  ['source list', '/sumber/'],
  ['source', '/sumber/klikkalsel-2023-02-06/'],
  ['search with results', '/cari/?q=sampah&jenis=Program'],
  ['glossary', '/glosarium/'],
  ['authoring guide', '/panduan/'],
  ['open data', '/data/'],
  ['adoption follow-through', '/adopsi/'],
  ['program visit kit', '/program/rt-mandiri/kit/'],
  ['visit kit', '/kegiatan/2023-02-06-studi-tiru-jepara-ke-banjarbaru/kit/'],
  ['404', '/halaman-yang-tidak-ada/'],
] as const;

describe.runIf(browserAvailable())('quality in a real browser', () => {
  const session = useBrowserOnSite();


  /** Opens a page, recording every request it makes and every CSP violation or script error. */
  async function open(path: string) {
    // axe needs a page from an explicit context.
    const page = await (await session.browser().newContext()).newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${session.url()}${path}`);
    if (path.startsWith('/cari/')) await page.locator('#search-results li').first().waitFor();
    await page.waitForLoadState('networkidle');
    return { page, requests, errors };
  }

  // One page load per type serves both checks, and page types load side by side: each costs seconds on a busy machine.
  test.concurrent.each(PAGE_TYPES)('%s page (%s) has no WCAG 2.2 A/AA violations, requests nothing from another origin and logs no errors', async (_, path) => {
    const { page, requests, errors } = await open(path);
    // WCAG 2.2 adds target size (2.5.8): every link and control at least 24×24 CSS px, or spaced as if it were.
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.passes.length, 'axe ran its checks').toBeGreaterThan(0);
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(session.url()) && !url.startsWith('data:'))).toEqual([]);
    // The 404 page is served with status 404, which Chromium reports as a console error.
    expect(errors.filter((e) => !(path.startsWith('/halaman') && e.includes('404')))).toEqual([]);
    await page.close();
  });

  /** Tabs forward until `matches` holds for the focused element; returns whether it did and how it looks. */
  async function tabTo(page: Page, matches: string, limit = 60) {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      const found = await page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, matches);
      if (found) {
        return page.evaluate(() => {
          const style = getComputedStyle(document.activeElement!);
          return { outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2, visible: document.activeElement!.checkVisibility() };
        });
      }
    }
    return undefined;
  }

  test.each([
    ['skip link', '/', '.skip-link'],
    ['navigation', '/', '.site-header nav a[href="/program/"]'],
    ['header search box', '/', '#cari-kata'],
    ['header search button', '/', '.header-search button'],
    ['search filter', '/cari/?q=sampah', '#search-filters input[type=checkbox]'],
    ['sort order', '/cari/?q=sampah', '#urut'],
    ['link in a guide', '/program/rt-mandiri/', '.toc a'],
  ])('the %s is reachable by keyboard and visibly focused', async (_, path, selector) => {
    const { page } = await open(path);
    expect(await tabTo(page, selector)).toEqual({ outline: true, visible: true });
    await page.close();
  });

  test('prints every visit kit on one or two A4 pages', async () => {
    const kits = listPages().filter((path) => path.endsWith('/kit/'));
    expect(kits.length).toBe(readdirSync('content/programs').length + readdirSync('content/events').length);
    const page = await session.browser().newPage();
    const pages: Record<string, number> = {};
    for (const path of kits) {
      await page.goto(`${session.url()}${path}`);
      const pdf = await page.pdf({ format: 'A4' });
      pages[path] = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    }
    expect(Object.entries(pages).filter(([, count]) => count < 1 || count > 2)).toEqual([]);
    await page.close();
  });

  test('lays out the header navigation in one row on a desktop screen and the adoption map at full width', async () => {
    const { page } = await open('/');
    await page.setViewportSize({ width: 1100, height: 800 });
    const tops = await page.locator('.site-header nav a').evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
    expect(tops.length).toBeGreaterThan(3);
    expect(new Set(tops).size, `link tops ${tops}`).toBe(1);
    const map = await page.locator('figure.adoption-map > svg').boundingBox();
    const main = await page.locator('main').boundingBox();
    expect(map!.width).toBeGreaterThan(main!.width * 0.8);
    expect(map!.height).toBeGreaterThan(map!.width * 0.3);
    await page.close();
  });
});
