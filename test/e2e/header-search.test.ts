import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { browserAvailable, openPage, useBrowserOnSite, visit } from '../helpers/browser';
import { untilState } from '../helpers/wait';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PHONE = { width: 390, height: 844 };

describe.runIf(browserAvailable())('search as you type in the header box', () => {
  const session = useBrowserOnSite();
  let page: Page;

  /** The box as screen readers get it once search as you type has loaded: a combobox. */
  const box = () => page.getByRole('combobox', { name: 'Cari program, wilayah, kegiatan' });
  const input = () => page.locator('#cari-kata');
  const options = () => page.getByRole('listbox', { name: 'Hasil pencarian' }).getByRole('option');
  const optionUrls = () => page.locator('#cari-saran [role=option]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['url']));
  /** Waits until the panel shows the results for exactly these words. */
  const shownFor = (query: string) => untilState(() => page.locator('#cari-panel').evaluate((panel) => ((panel as HTMLElement).hidden ? '' : (panel as HTMLElement).dataset['query']))).toBe(query);

  test('a page loads no search code until the box gets focus, then starts Pagefind before the first word', async () => {
    page = await visit(session, '/program/rt-mandiri/');
    // The "/" shortcut and the loader, with the small module it starts Pagefind with; no search code.
    const scripts = session.log.requests.filter((url) => url.endsWith('.js')).map((url) => new URL(url).pathname.replace(/\.[\w-]+\.js$/, ''));
    expect(scripts).toEqual(['/_astro/HeaderSearch.astro_astro_type_script_index_0_lang', '/_astro/pagefind-loader']);
    expect(session.log.requests.filter((url) => url.includes('/pagefind/') || url.includes('header-search'))).toEqual([]);
    await page.keyboard.press('/');
    await untilState(() => session.log.requests.filter((url) => url.includes('/pagefind/wasm.'))).toHaveLength(1);
    expect(session.log.requests.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
  });

  test('keyboard only: "/" focuses the box, the arrow keys choose a result and Enter opens it', async () => {
    page = await visit(session, '/wilayah/');
    await page.keyboard.press('/');
    await page.keyboard.type('rt mandiri');
    await shownFor('rt mandiri');
    expect(await box().getAttribute('aria-expanded')).toBe('true');
    // Named first, as on /cari/.
    expect((await optionUrls())[0]).toBe('/program/rt-mandiri/');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await box().getAttribute('aria-activedescendant')).toBe('cari-saran-0');
    expect(await options().first().getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cari-kata');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/program\/rt-mandiri\/$/);
  });

  test('one letter is not searched: the list closes until there are two', async () => {
    page = await visit(session, '/kegiatan/');
    await input().focus();
    await page.keyboard.type('rt');
    await shownFor('rt');
    await page.keyboard.press('Backspace');
    await untilState(() => page.locator('#cari-panel').isHidden()).toBe(true);
    expect(await box().getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.type('t');
    await shownFor('rt');
  });

  test('screen readers get a named combobox, a named list of options and the count in a live region', async () => {
    page = await visit(session, '/');
    await input().focus();
    await page.keyboard.type('homcare');
    await shownFor('homcare');
    expect(await box().getAttribute('aria-controls')).toBe('cari-saran');
    const status = page.getByRole('status').filter({ hasText: 'hasil untuk' });
    await untilState(() => status.textContent()).toMatch(/^\d+ hasil untuk “homecare”\.$/);
    expect(await status.getAttribute('aria-live')).toBe('polite');
    // The typo is corrected as on /cari/, and the words as typed stay one link away.
    expect(await page.locator('#cari-catatan').textContent()).toBe('Menampilkan hasil untuk homecare · Cari homcare saja');
    const names = await options().evaluateAll((items) => items.map((item) => item.textContent ?? ''));
    expect(names[0]).toMatch(/^Program Homecare/);
    const results = await new AxeBuilder({ page, axeSource: AXE_SOURCE })
      .setLegacyMode()
      .include('.site-header')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('Esc closes the list and returns focus to the box, also from "Semua hasil"', async () => {
    page = await visit(session, '/kegiatan/');
    await page.keyboard.press('/');
    await page.keyboard.type('sampah');
    await shownFor('sampah');
    await page.keyboard.press('Escape');
    expect(await page.locator('#cari-panel').isHidden()).toBe(true);
    expect(await box().getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cari-kata');
    await page.keyboard.press('ArrowDown');
    await shownFor('sampah');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cari-semua');
    await page.keyboard.press('Escape');
    expect(await page.locator('#cari-panel').isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cari-kata');
  });

  test('Enter without a chosen result, and "Semua hasil", lead to /cari/ with every result and the filters', async () => {
    page = await visit(session, '/');
    await page.keyboard.press('/');
    await page.keyboard.type('sampah');
    await shownFor('sampah');
    expect(await page.getByRole('link', { name: /^Semua hasil \(\d+\)$/ }).getAttribute('href')).toBe('/cari/?q=sampah');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/cari\/\?q=sampah$/);
    await untilState(() => page.locator('#search-status').textContent()).toMatch(/\d+ hasil untuk “sampah”/);
    await untilState(() => page.locator('#search-filters fieldset').count()).toBeGreaterThan(0);
  });

  test.each(['banjarbaru', 'penanganan banjir', 'kalsel', 'doktor masuk dessa', 'banjir'])('the list shows the top of the same ranking as /cari/ for "%s"', async (query) => {
    // The search page's final order: after corrections, partial matches and filters, once the network is quiet.
    page = await openPage(session, `/cari/?q=${encodeURIComponent(query)}`);
    const searchPage = () => page.locator('#search-results li h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    const expected = (await searchPage()).slice(0, 6);
    expect(expected.length).toBeGreaterThan(0);
    await input().fill('');
    await input().focus();
    await page.keyboard.type(query);
    await shownFor(query);
    await untilState(optionUrls).toEqual(expected);
  });

  test('words typed again after their search was dropped are searched anew, not left at its first stage', async () => {
    // As on /cari/, whose words fill the box: a search's first stage shows, its second waits (here for the
    // vocabulary), the box is cleared and that search dropped, then the same words come back.
    const query = 'doktor masuk dessa';
    page = await openPage(session, `/cari/?q=${encodeURIComponent(query)}`);
    const expected = (await page.locator('#search-results li h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname))).slice(0, 6);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/cari/kosakata.json', async (route) => {
      await held;
      await route.continue();
    });
    try {
      page = await visit(session, '/program/homecare/');
      await page.keyboard.press('/');
      // The words arrive at once, so this one search holds the vocabulary: typed key by key on a busy machine,
      // a start of them would be searched first and hold it, and the words would wait behind that search.
      await input().fill(query);
      await shownFor(query);
      await input().fill('d');
      await untilState(() => page.locator('#cari-panel').isHidden()).toBe(true);
      const vocabulary = page.waitForResponse('**/cari/kosakata.json');
      release();
      await (await vocabulary).finished();
      // The dropped search resumes with the vocabulary, finds other words in the box and ends.
      await page.evaluate(() => new Promise((resolve) => setTimeout(() => setTimeout(resolve))));
      await input().fill(query);
      await shownFor(query);
      await untilState(optionUrls).toEqual(expected);
    } finally {
      await page.unroute('**/cari/kosakata.json');
    }
  });

  test('on a 390 px phone the list fits the screen and shows its first result', async () => {
    page = await visit(session, '/program/homecare/', PHONE);
    await page.keyboard.press('/');
    await page.keyboard.type('banjir');
    await shownFor('banjir');
    const panel = (await page.locator('#cari-panel').boundingBox())!;
    expect(panel.x).toBeGreaterThanOrEqual(0);
    expect(panel.x + panel.width).toBeLessThanOrEqual(PHONE.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    // The search's second stage may redraw the list: measure the first option as drawn when measured.
    const firstBottom = () =>
      page.locator('#cari-panel').evaluate((panel) => {
        const box = panel.querySelector('[role=option]')?.getBoundingClientRect();
        return box && box.height > 0 ? box.bottom : Number.POSITIVE_INFINITY;
      });
    await untilState(firstBottom).toBeLessThan(PHONE.height);
  });

  test('without JavaScript the box is a plain form that submits to /cari/', async () => {
    const context = await session.browser().newContext({ javaScriptEnabled: false });
    page = await context.newPage();
    await page.goto(`${session.url()}/program/rt-mandiri/`);
    expect(await page.locator('#cari-panel').isHidden()).toBe(true);
    await page.locator('#cari-kata').fill('sampah');
    await page.locator('#cari-kata').press('Enter');
    await page.waitForURL(/\/cari\/\?q=sampah$/);
    expect(await page.locator('main').innerText()).toContain('Pencarian memerlukan JavaScript');
    await context.close();
  });
});
