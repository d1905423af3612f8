import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { indexedWords, indexSite, pageUrl } from '../../src/lib/search/index-site';
import { STEMMING_PAIRS } from '../fixtures/stemming-pairs';
import { SITE_DIST } from '../helpers/build';
import { loadPagefind, resultUrls, type PagefindApi } from '../helpers/pagefind';

/** Pages whose indexed text contains each word. */
function pagesByWord(dist: string): Map<string, Set<string>> {
  const pages = new Map<string, Set<string>>();
  for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(dist, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    for (const word of indexedWords(html)) {
      if (!pages.has(word)) pages.set(word, new Set());
      pages.get(word)!.add(pageUrl(dist, join(dist, file)));
    }
  }
  return pages;
}

/** True when searching `root` finds every page that contains `affixed`. */
async function findsAll(pagefind: PagefindApi, root: string, pages: Set<string>): Promise<boolean> {
  const found = new Set(await resultUrls(pagefind, root));
  return [...pages].every((page) => found.has(page));
}

describe('root words find their affixed forms', () => {
  let tiru: PagefindApi;
  let plain: PagefindApi;
  let pages: Map<string, Set<string>>;

  beforeAll(async () => {
    pages = pagesByWord(SITE_DIST);
    tiru = await loadPagefind(join(SITE_DIST, 'pagefind'));
    // The same pages indexed by Pagefind alone, for comparison.
    const plainDir = join(mkdtempSync(join(tmpdir(), 'tiru-plain-')), 'pagefind');
    await indexSite(SITE_DIST, { addRoots: false, outputPath: plainDir, writeVocabulary: false });
    plain = await loadPagefind(plainDir);
  });

  test(`on a table of ${STEMMING_PAIRS.length} pairs drawn from the content, at least 95 % with Tiru's index`, async () => {
    expect(STEMMING_PAIRS.length).toBeGreaterThanOrEqual(40);
    const rows: { root: string; affixed: string; pages: number; tiru: boolean; pagefind: boolean }[] = [];
    for (const [root, affixed] of STEMMING_PAIRS) {
      const withWord = pages.get(affixed);
      expect(withWord, `"${affixed}" must occur in the content`).toBeDefined();
      rows.push({ root, affixed, pages: withWord!.size, tiru: await findsAll(tiru, root, withWord!), pagefind: await findsAll(plain, root, withWord!) });
    }
    const rate = (key: 'tiru' | 'pagefind') => rows.filter((row) => row[key]).length / rows.length;
    console.table(rows.map((row) => ({ ...row, tiru: row.tiru ? 'ya' : 'TIDAK', pagefind: row.pagefind ? 'ya' : 'tidak' })));
    console.log(`Root → affixed matches: Tiru ${(rate('tiru') * 100).toFixed(1)} %, Pagefind alone ${(rate('pagefind') * 100).toFixed(1)} %`);
    expect(rate('tiru')).toBeGreaterThanOrEqual(0.95);
  });
});
