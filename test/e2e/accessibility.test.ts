import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { browserAvailable, openPage, useBrowserOnSite } from '../helpers/browser';
import { PAGE_TYPES } from '../helpers/page-types';

/**
 * The minified build of axe-core: @axe-core/playwright injects the 1.3 MB unminified one by default, and
 * parsing it took longer than the checks themselves on a small page.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.runIf(browserAvailable())('every page type in a real browser', () => {
  const session = useBrowserOnSite();

  // One page load per type serves all checks.
  test.each(PAGE_TYPES)('%s page (%s) has no WCAG 2.2 A/AA violations, requests nothing from another origin, logs no errors and fits a 390 px phone', async (_, path) => {
    const page = await openPage(session, path);
    const { requests, errors } = session.log;
    // WCAG 2.2 adds target size (2.5.8): every link and control at least 24×24 CSS px, or spaced as if it were.
    // Full details for violations only: axe's documented way to spend less time on what passes. Legacy mode runs
    // axe in the page itself instead of finishing in a second blank page; Tiru's pages have no frames to gather.
    const results = await new AxeBuilder({ page, axeSource: AXE_SOURCE })
      .setLegacyMode()
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .options({ resultTypes: ['violations'] })
      .analyze();
    expect(results.passes.length, 'axe ran its checks').toBeGreaterThan(0);
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(session.url()) && !url.startsWith('data:'))).toEqual([]);
    // The 404 page is served with status 404, which Chromium reports as a console error.
    expect(errors.filter((e) => !(path.startsWith('/halaman') && e.includes('404')))).toEqual([]);
    // Wide tables scroll inside their own frame (.table-wrap); the page itself must not scroll sideways on a phone.
    await page.setViewportSize({ width: 390, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
