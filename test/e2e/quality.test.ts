import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserAvailable, openPage, useBrowserOnSite, visit } from '../helpers/browser';
import { SITE_DIST } from '../helpers/build';
import { listPages } from '../helpers/dist';

describe.runIf(browserAvailable())('keyboard, print and layout in a real browser', () => {
  const session = useBrowserOnSite();

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
    const page = await openPage(session, path);
    expect(await tabTo(page, selector)).toEqual({ outline: true, visible: true });
  });

  // A kit now prints each program's cited profile: a program's kit stays on one or two pages; a visit's kit
  // on two, or on one page per program when it covers more than two.
  test('prints every program kit on one or two A4 pages, a visit kit on at most one page per program it covers', async () => {
    const kits = listPages().filter((path) => path.endsWith('/kit/'));
    expect(kits.length).toBe(readdirSync('content/programs').length + readdirSync('content/events').length);
    const page = session.page();
    const pages: Record<string, number> = {};
    for (const path of kits) {
      await page.goto(`${session.url()}${path}`);
      const pdf = await page.pdf({ format: 'A4' });
      pages[path] = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    }
    const events = JSON.parse(readFileSync(join(SITE_DIST, 'data', 'events.json'), 'utf8')) as { slug: string; programs?: string[] }[];
    const allowed = (path: string) => {
      const event = path.startsWith('/kegiatan/') && events.find((e) => path === `/kegiatan/${e.slug}/kit/`);
      return event ? Math.max(2, event.programs?.length ?? 0) : 2;
    };
    expect(Object.entries(pages).filter(([path, count]) => count < 1 || count > allowed(path))).toEqual([]);
  });

  test('lays out the header navigation in one row on a desktop screen and the adoption map at full width', async () => {
    const page = await visit(session, '/', { width: 1100, height: 800 });
    const tops = await page.locator('.site-header nav a').evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
    expect(tops.length).toBeGreaterThan(3);
    expect(new Set(tops).size, `link tops ${tops}`).toBe(1);
    const map = await page.locator('figure.adoption-map > svg').boundingBox();
    const main = await page.locator('main').boundingBox();
    expect(map!.width).toBeGreaterThan(main!.width * 0.8);
    expect(map!.height).toBeGreaterThan(map!.width * 0.3);
  });
});
