import { beforeAll, describe, expect, test } from 'vitest';
import { SITE_DIST } from '../helpers/build';
import { fixtureSite } from '../helpers/fixture-site';
import { listPages, loadPage } from '../helpers/dist';

/** The Content-Security-Policy of a page, as directive → sources. */
function policyOf(page: string, dist = SITE_DIST): Map<string, string[]> {
  const $ = loadPage(page, dist);
  const content = $('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('security of the built site', () => {
  test('every page carries a strict Content-Security-Policy', () => {
    for (const page of listPages()) {
      const policy = policyOf(page);
      expect(policy.get('default-src'), page).toEqual(["'self'"]);
      expect(policy.get('object-src'), page).toEqual(["'none'"]);
      const scripts = policy.get('script-src') ?? [];
      expect(scripts, page).toContain("'self'");
      expect(scripts.filter((s) => !s.startsWith("'sha256-") && s !== "'self'"), page).toEqual([]);
    }
  });

  test('every inline script is allowed by its hash, and no script comes from elsewhere', async () => {
    const { createHash } = await import('node:crypto');
    for (const page of listPages()) {
      const $ = loadPage(page);
      const allowed = policyOf(page).get('script-src') ?? [];
      // JSON-LD is data, not script: browsers never run it, so CSP does not cover it.
      $('script:not([type="application/ld+json"])').each((_, script) => {
        const src = $(script).attr('src');
        if (src) expect(src.startsWith('/'), `${page}: ${src}`).toBe(true);
        else expect(allowed, page).toContain(`'sha256-${createHash('sha256').update($(script).text()).digest('base64')}'`);
      });
    }
  });
});

describe('content that tries to inject markup', () => {
  // The fixture site (test/helpers/fixture-site.ts) carries a summary with markup and a source URL.
  let dist: string;
  beforeAll(async () => {
    dist = await fixtureSite();
  });

  test('renders a summary containing <script> as text', () => {
    const $ = loadPage('/program/homecare/', dist);
    expect($('main').text()).toContain('Layanan <script>alert("tiru")</script> <b>tebal</b>');
    expect($('main b').filter((_, b) => $(b).text() === 'tebal').length).toBe(0);
    expect($('meta[name="description"]').attr('content')).toContain('<script>');
    // Nowhere does the summary become a script element: in attributes it stays quoted text, in JSON-LD "<" is escaped.
    expect($('script').filter((_, s) => $(s).text().includes('alert(') && !$(s).text().includes('\\u003cscript')).length).toBe(0);
    expect($('script:not([type])').length + $('script[type="module"]').length).toBe(1);
    expect($('script[type="application/ld+json"]').text()).toContain('\\u003cscript>alert');
  });

  test('opens external links with rel="noopener"', () => {
    const $ = loadPage('/sumber/klikkalsel-2023-02-06/', dist);
    const links = $('a[href^="http"]');
    expect(links.length).toBeGreaterThan(0);
    links.each((_, link) => expect($(link).attr('rel')?.split(' ')).toContain('noopener'));
  });

  test('has no external link without rel="noopener" anywhere', () => {
    for (const page of listPages(dist)) {
      const $ = loadPage(page, dist);
      $('a[href^="http"]').each((_, link) => expect($(link).attr('rel')?.split(' '), `${page} ${$(link).attr('href')}`).toContain('noopener'));
    }
  });
});
