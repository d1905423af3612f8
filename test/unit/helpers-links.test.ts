import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findBrokenLinks } from '../helpers/links';

/** Writes a tiny fake `dist/` so the link checker used by the build tests is itself tested. */
function fakeDist(files: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'tiru-links-'));
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), html);
  }
  return dist;
}

describe('findBrokenLinks', () => {
  test('finds missing pages, missing files and missing fragments, and ignores external links', () => {
    const dist = fakeDist({
      'index.html': `<a href="/program/">ok</a><a href="/program/#ada">ok</a><a href="/program/#tidak-ada">x</a>
        <a href="/hilang/">x</a><img src="/logo.svg"><a href="https://example.org/">ext</a><a href="#atas" id="atas">ok</a>`,
      'program/index.html': '<h1 id="ada">Program</h1><a href="../">ok</a>',
    });
    expect(findBrokenLinks(dist)).toEqual([
      { page: '/', href: '/program/#tidak-ada' },
      { page: '/', href: '/hilang/' },
      { page: '/', href: '/logo.svg' },
    ]);
  });
});
