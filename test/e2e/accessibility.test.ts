import AxeBuilder from '@axe-core/playwright';
import { describe, expect, test } from 'vitest';
import { browserAvailable, openPage, useBrowserOnSite } from '../helpers/browser';
import { PAGE_TYPES } from '../helpers/page-types';

describe.runIf(browserAvailable())('every page type in a real browser', () => {
  const session = useBrowserOnSite();

  // One page load per type serves both checks, and page types load side by side: each costs seconds on a busy machine.
  test.concurrent.each(PAGE_TYPES)('%s page (%s) has no WCAG 2.2 A/AA violations, requests nothing from another origin and logs no errors', async (_, path) => {
    const { page, requests, errors } = await openPage(session, path, { record: true });
    // WCAG 2.2 adds target size (2.5.8): every link and control at least 24×24 CSS px, or spaced as if it were.
    // Full details for violations only: axe's documented way to spend less time on what passes.
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).options({ resultTypes: ['violations'] }).analyze();
    expect(results.passes.length, 'axe ran its checks').toBeGreaterThan(0);
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(session.url()) && !url.startsWith('data:'))).toEqual([]);
    // The 404 page is served with status 404, which Chromium reports as a console error.
    expect(errors.filter((e) => !(path.startsWith('/halaman') && e.includes('404')))).toEqual([]);
    await page.close();
  });
});
