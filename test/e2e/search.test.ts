import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { browserAvailable, openPage, useBrowserOnSite, visit } from '../helpers/browser';
import { entriesNamedBy, loadPage, textOf } from '../helpers/dist';
import { untilState } from '../helpers/wait';

/** Results per page on /cari/ (src/scripts/search-engine.ts). */
const PAGE_SIZE = 10;

describe.runIf(browserAvailable())('search in a real browser', () => {
  const session = useBrowserOnSite();
  let page: Page;

  const resultUrls = () => page.locator('#search-results li h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));

  test('header search → /cari/ → filter → open result → Back restores the same results', async () => {
    page = await visit(session, '/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cari-kata');
    await page.keyboard.type('sampah');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/cari\/\?q=sampah$/);
    await untilState(() => page.locator('#search-status').textContent()).toMatch(/\d+ hasil untuk “sampah”/);
    expect(await page.locator('#search-results mark').count()).toBeGreaterThan(0);

    await page.getByRole('checkbox', { name: /^Program/ }).check();
    await page.waitForURL(/jenis=Program/);
    // The unfiltered list may already hold that program: wait for the filtered list itself, programs only.
    await untilState(async () => {
      const urls = await resultUrls();
      return urls.includes('/program/pengelolaan-sampah-banjarbaru/') && urls.every((url) => url.startsWith('/program/'));
    }).toBe(true);
    const filtered = await resultUrls();
    expect(filtered.every((url) => url.startsWith('/program/'))).toBe(true);
    expect(await page.locator('#search-results .badge').allTextContents()).toEqual(filtered.map(() => 'Program'));

    await page.locator('#search-results li h2 a').first().click();
    await page.waitForURL(new RegExp(`${filtered[0]}$`));
    await page.goBack();
    await page.waitForURL(/\/cari\/\?q=sampah&jenis=Program$/);
    await untilState(resultUrls).toEqual(filtered);
    expect(await page.getByRole('checkbox', { name: /^Program/ }).isChecked()).toBe(true);
    expect(await page.locator('#q').inputValue()).toBe('sampah');
  });

  test.each([
    ['homcare', 'homecare', '/program/homecare/'],
    ['banjar baru', 'banjarbaru', '/wilayah/kota-banjarbaru/'],
    ['rt mandri', 'rt mandiri', '/program/rt-mandiri/'],
  ])('a misspelt query "%s" is searched as "%s", says so, and offers the words as typed', async (query, corrected, expected) => {
    page = await visit(session, `/cari/?q=${encodeURIComponent(query)}`);
    await untilState(() => page.locator('#search-suggestions').textContent()).toBe(`Menampilkan hasil untuk ${corrected} · Cari ${query} saja`);
    expect(await page.locator('#search-suggestions strong').textContent()).toBe(corrected);
    expect(await resultUrls()).toContain(expected);
    await untilState(() => page.locator('#search-status').textContent()).toMatch(new RegExp(`hasil untuk “${corrected}”`));
    // The words as typed are one click away, and are then searched without correction.
    await page.locator('#search-suggestions a').click();
    await page.waitForURL(/persis=1/);
    await untilState(() => page.locator('#search-suggestions').textContent()).toMatch(/^Mungkin maksud Anda: /);
    expect(await page.locator('#search-suggestions a').allTextContents()).toEqual([corrected]);
  });

  test('a query whose words are never all on one page shows the pages with some of them, saying which', async () => {
    // Every status the page shows on its way, to check it never says "no results" before the partial matches.
    await session.page().addInitScript(() => {
      const seen: string[] = ((window as unknown as { statuses: string[] }).statuses = []);
      new MutationObserver(() => {
        const status = document.getElementById('search-status')?.textContent;
        if (status && status !== seen.at(-1)) seen.push(status);
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    page = await visit(session, `/cari/?q=${encodeURIComponent('penanganan banjir')}`);
    await untilState(() => page.locator('#search-status').textContent()).toMatch(/^Tidak ada hasil dengan semua kata untuk “penanganan banjir”; \d+ hasil memuat sebagian kata\.$/);
    expect(await page.evaluate(() => (window as unknown as { statuses: string[] }).statuses)).toHaveLength(1);
    expect(await resultUrls()).toContain('/kegiatan/2024-01-18-rakor-camat-lurah-banjarbaru/');
    const labels = await page.locator('#search-results .partial').allTextContents();
    expect(labels).toContain('Memuat sebagian kata: banjir');
  });

  test('sources come after the entries that cite them', async () => {
    page = await visit(session, '/cari/?q=banjir');
    await untilState(resultUrls).toContain('/sumber/mediacenter-banjarbaru-2024-01-18/');
    const urls = await resultUrls();
    expect(urls.indexOf('/kegiatan/2024-01-18-rakor-camat-lurah-banjarbaru/')).toBeLessThan(urls.indexOf('/sumber/mediacenter-banjarbaru-2024-01-18/'));
    // A source's title is shown though it is not indexed as a title (src/lib/search/records.ts).
    const sourceLink = page.locator('#search-results li h2 a[href="/sumber/mediacenter-banjarbaru-2024-01-18/"]');
    expect(await sourceLink.textContent()).toBe(textOf(loadPage('/sumber/mediacenter-banjarbaru-2024-01-18/'), 'h1'));
  });

  test('named entries first and sources last hold across every page of results, not only the first', async () => {
    // "kota banjarbaru" names a dozen entries (more than a page) among fewer results than the ranking window.
    const query = 'kota banjarbaru';
    const namedEntries = entriesNamedBy(query);
    expect(namedEntries.length).toBeGreaterThan(PAGE_SIZE);
    page = await openPage(session, `/cari/?q=${encodeURIComponent(query)}`);
    // Ranked over every page once the filter instance has loaded: the first page is all named entries.
    await untilState(async () => (await resultUrls()).every((url) => namedEntries.includes(url))).toBe(true);
    while (await page.locator('#search-more').isVisible()) {
      const before = await page.locator('#search-results li').count();
      await page.locator('#search-more').click();
      await untilState(() => page.locator('#search-results li').count()).toBeGreaterThan(before);
    }
    const shown = await page.locator('#search-results li').evaluateAll((items) =>
      items.map((item) => ({ type: item.querySelector('.badge')!.textContent, url: (item.querySelector('h2 a') as HTMLAnchorElement).pathname })),
    );
    expect(shown.length).toBeGreaterThan(20);
    const types = shown.map((item) => item.type);
    // Among the entries (sources go last even when named), those the open data names by both words come first, every one of them.
    const entries = shown.filter((item) => item.type !== 'Sumber').map((item) => item.url);
    expect(new Set(entries.slice(0, namedEntries.length))).toEqual(new Set(namedEntries));
    expect(types.indexOf('Sumber')).toBeGreaterThan(0);
    expect(types.slice(types.indexOf('Sumber')).every((type) => type === 'Sumber')).toBe(true);
  });

  test('on a phone the results come first, with the filters folded behind "Saring" and its count of active filters', async () => {
    page = await visit(session, '/cari/?q=sampah&jenis=Program', { width: 390, height: 844 });
    await untilState(resultUrls).toContain('/program/pengelolaan-sampah-banjarbaru/');
    expect(await page.locator('#search-refine').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('#search-refine summary').textContent()).toBe('Saring (1 aktif)');
    const firstResult = await page.locator('#search-results li').first().boundingBox();
    expect(firstResult!.y + firstResult!.height).toBeLessThan(844);
    await page.locator('#search-refine summary').click();
    await untilState(() => page.getByRole('checkbox', { name: /^Program/ }).isVisible()).toBe(true);
  });

  test('on a wide screen the filters form an open sidebar beside the results', async () => {
    page = await visit(session, '/cari/?q=sampah', { width: 1280, height: 800 });
    await untilState(() => page.getByRole('checkbox', { name: /^Program/ }).isVisible()).toBe(true);
    const sidebar = (await page.locator('#search-refine').boundingBox())!;
    const results = (await page.locator('#search-results').boundingBox())!;
    expect(sidebar.x + sidebar.width).toBeLessThanOrEqual(results.x);
    expect(Math.abs(sidebar.y - results.y)).toBeLessThan(80);
  });

  test('a query with no results says so and points to the browse pages', async () => {
    page = await visit(session, '/cari/?q=tsunami');
    await untilState(() => page.locator('#search-status').textContent()).toBe('Tidak ada hasil untuk “tsunami”.');
    expect(await page.locator('#search-help').isVisible()).toBe(true);
    expect(await page.locator('#search-help a[href="/program/"]').count()).toBe(1);
    expect(await page.locator('#search-help a[href="/wilayah/"]').count()).toBe(1);
  });

  test('filters are reachable and usable with the keyboard alone', async () => {
    page = await visit(session, '/cari/?q=rakor');
    await untilState(() => page.locator('#search-filters fieldset').count()).toBeGreaterThan(2);
    const box = page.getByRole('checkbox', { name: /^Kegiatan/ });
    await box.focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/jenis=Kegiatan/);
    await untilState(async () => (await resultUrls()).every((url) => url.startsWith('/kegiatan/'))).toBe(true);
  });

  test('without JavaScript the search page says so and links to the browse pages', async () => {
    const context = await session.browser().newContext({ javaScriptEnabled: false });
    page = await context.newPage();
    await page.goto(`${session.url()}/cari/?q=sampah`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Pencarian memerlukan JavaScript');
    expect(await page.locator('main a[href="/wilayah/"]').count()).toBeGreaterThan(0);
    await context.close();
  });
});
