import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/** Words wrapped in the confixes ke-…-an and memper-…-i/-kan, with the roots a searcher types. */
const CONFIX_PAIRS = [
  ['sejahtera', 'kesejahteraan'],
  ['ikut', 'keikutsertaan'],
  ['kerja', 'ketenagakerjaan'],
  ['siaga', 'kesiapsiagaan'],
  ['perintah', 'kepemerintahan'],
  ['baik', 'memperbaiki'],
  ['hati', 'memperhatikan'],
  ['juang', 'memperjuangkan'],
] as const;

describe('roots of confixed words, in a real Pagefind index', () => {
  let tiru: PagefindApi;
  let plain: PagefindApi;

  /** One page per confixed word, indexed with or without Tiru's roots. */
  async function indexPages(addRoots: boolean): Promise<PagefindApi> {
    const dist = mkdtempSync(join(tmpdir(), 'tiru-confix-'));
    CONFIX_PAIRS.forEach(([, affixed], i) => {
      mkdirSync(join(dist, `halaman-${i}`));
      writeFileSync(join(dist, `halaman-${i}`, 'index.html'), `<html lang="id"><body><main data-pagefind-body><h1>Halaman ${i}</h1><p>Program untuk ${affixed} warga desa.</p></main></body></html>`);
    });
    await indexSite(dist, { addRoots, writeVocabulary: false });
    return loadPagefind(join(dist, 'pagefind'));
  }

  beforeAll(async () => {
    tiru = await indexPages(true);
    plain = await indexPages(false);
  });

  test.each(CONFIX_PAIRS.map(([root, affixed], i) => [root, affixed, i] as const))('"%s" finds the page that only says "%s"', async (root, _affixed, i) => {
    expect(await resultUrls(tiru, root)).toEqual([`/halaman-${i}/`]);
  });

  test('Pagefind alone misses some of them, so the roots are what finds them', async () => {
    const missed = [];
    for (const [i, [root]] of CONFIX_PAIRS.entries()) if (!(await resultUrls(plain, root)).includes(`/halaman-${i}/`)) missed.push(root);
    console.log(`Confixed words Pagefind alone misses: ${missed.join(', ')}`);
    expect(missed.length).toBeGreaterThan(0);
  });
});
