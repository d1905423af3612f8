import { describe, expect, test } from 'vitest';
import { createRootFinder } from '../../../src/lib/search/indonesian-roots';
import { addHiddenTerms, hiddenTerms } from '../../../src/lib/search/index-site';
import { variantGroups, variantWords } from '../../../src/lib/search/variants';
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
    ['kesejahteraan', 'sejahtera'],
    ['kepemerintahan', 'perintah'],
    ['memperbaiki', 'baik'],
    ['memperhatikan', 'hati'],
    ['memperjuangkan', 'juang'],
    ['diperbarui', 'baru'],
  ])('finds the root of %s: %s', (word, root) => {
    expect(finder.rootsOf(word)).toContain(root);
  });

  test.each([
    ['keikutsertaan', ['ikut', 'serta']],
    ['ketenagakerjaan', ['kerja', 'tenaga']],
    ['kesiapsiagaan', ['siaga', 'siap']],
    ['ketidakadilan', ['adil', 'tidak']],
  ])('splits the phrase inside the confix ke-…-an of %s into its words', (word, roots) => {
    expect(finder.rootsOf(word)).toEqual(expect.arrayContaining(roots));
  });

  test('splits a confix only into dictionary words, and only when one split fits', () => {
    expect(finder.rootsOf('keuangan')).toEqual(['uang']);
    expect(finder.rootsOf('kelembagaan')).toEqual(['lembaga']);
  });

  test('gives no roots for a root word itself', () => {
    expect(finder.rootsOf('sampah')).toEqual([]);
  });

  test('ignores case', () => {
    expect(finder.rootsOf('Pengelolaan')).toEqual(finder.rootsOf('pengelolaan'));
  });
});

describe('hidden terms', () => {
  const page = '<html><body><nav>Navigasi</nav><article data-pagefind-body><h1>Pengelolaan Sampah</h1></article></body></html>';

  test('adds the roots as hidden, searchable metadata inside the indexed part', () => {
    const $ = cheerio.load(addHiddenTerms(page, hiddenTerms(['pengelolaan', 'sampah'], finder)));
    const terms = $('[data-pagefind-body] [data-pagefind-ignore][hidden] [data-pagefind-meta="terms"]');
    expect(terms.text().split(' ')).toContain('kelola');
    expect(terms.text().split(' ')).not.toContain('sampah');
  });

  test('leaves a page without affixed words or variants as it was', () => {
    expect(addHiddenTerms(page, hiddenTerms(['sampah'], finder))).toBe(page);
  });

  const groups = variantGroups([
    { term: 'Kalimantan Selatan', variants: ['Kalsel'] },
    { term: 'Studi tiru', variants: ['studi banding', 'kunjungan kerja'] },
    { term: 'Ambulans', variants: ['ambulance'] },
  ]);

  test('adds the words of every variant of a phrase the page contains, in order', () => {
    expect(variantWords(['di', 'kalimantan', 'selatan'], groups)).toEqual(['kalsel']);
    expect(variantWords(['kalsel'], groups)).toEqual(['kalimantan', 'selatan']);
    expect(variantWords(['studi', 'tiru', 'ke', 'banjarbaru'], groups)).toEqual(['banding', 'kunjungan', 'kerja']);
    expect(variantWords(['mobil', 'ambulance'], groups)).toEqual(['ambulans']);
  });

  test('needs the whole phrase, in order: words of it scattered over the page are not the phrase', () => {
    expect(variantWords(['selatan', 'kota', 'kalimantan'], groups)).toEqual([]);
    expect(variantWords(['studi', 'kelayakan'], groups)).toEqual([]);
  });
});
