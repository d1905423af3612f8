import { describe, expect, test } from 'vitest';
import { createRootFinder } from '../../../src/lib/search/indonesian-roots';
import { addRootWords } from '../../../src/lib/search/index-site';
import * as cheerio from 'cheerio';

const finder = createRootFinder();

describe('createRootFinder', () => {
  test.each([
    ['pengelolaan', 'kelola'],
    ['penataan', 'tata'],
    ['perawatan', 'rawat'],
    ['memetakan', 'peta'],
    ['penyelenggaraan', 'selenggara'],
    ['menilai', 'nilai'],
    ['berkesinambungan', 'sinambung'],
    ['kesehatan', 'sehat'],
  ])('finds the root of %s: %s', (word, root) => {
    expect(finder.rootsOf(word)).toContain(root);
  });

  test('gives no roots for a root word itself', () => {
    expect(finder.rootsOf('sampah')).toEqual([]);
  });

  test('ignores case', () => {
    expect(finder.rootsOf('Pengelolaan')).toEqual(finder.rootsOf('pengelolaan'));
  });
});

describe('addRootWords', () => {
  const page = '<html><body><nav>Navigasi</nav><article data-pagefind-body><h1>Pengelolaan Sampah</h1></article></body></html>';

  test('adds the roots as hidden, searchable metadata inside the indexed part', () => {
    const $ = cheerio.load(addRootWords(page, ['pengelolaan', 'sampah'], finder));
    const roots = $('[data-pagefind-body] [data-pagefind-ignore][hidden] [data-pagefind-meta="roots"]');
    expect(roots.text().split(' ')).toContain('kelola');
    expect(roots.text().split(' ')).not.toContain('sampah');
  });

  test('leaves a page without affixed words as it was', () => {
    expect(addRootWords(page, ['sampah'], finder)).toBe(page);
  });
});
