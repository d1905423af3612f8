import { describe, expect, test } from 'vitest';
import { describeResults, namedFirst, partialHits, rankResults, sourcesLast } from '../../../src/lib/search/forgiving';
import { autoCorrection } from '../../../src/lib/search/suggest';

const VOCABULARY = ['banjarbaru', 'homecare', 'mandiri', 'program', 'banjir', 'penanganan', 'kota', 'rakor'];

describe('autoCorrection', () => {
  test.each([
    ['homcare', 'homecare'],
    ['rt mandri', 'rt mandiri'],
    ['banjar baru', 'banjarbaru'],
    ['Homcare', 'homecare'],
  ])('corrects "%s" to "%s"', (query, expected) => {
    expect(autoCorrection(query, VOCABULARY)).toBe(expected);
  });

  test('leaves queries of known words alone, however few pages they find', () => {
    expect(autoCorrection('penanganan banjir', VOCABULARY)).toBeUndefined();
    expect(autoCorrection('rt mandiri', VOCABULARY)).toBeUndefined();
  });

  test('offers nothing for a word with no close known word', () => {
    expect(autoCorrection('tsunami', VOCABULARY)).toBeUndefined();
  });
});

describe('partialHits', () => {
  test('ranks pages by how many of the words they contain, then by their positions, leaving out full matches', () => {
    const byWord = new Map([
      ['penanganan', ['a', 'b', 'full']],
      ['banjir', ['c', 'b', 'full']],
      ['kota', ['c', 'd']],
    ]);
    expect(partialHits(byWord, new Set(['full']))).toEqual([
      { id: 'c', words: ['banjir', 'kota'] },
      { id: 'b', words: ['penanganan', 'banjir'] },
      { id: 'a', words: ['penanganan'] },
      { id: 'd', words: ['kota'] },
    ]);
  });
});

test('sourcesLast keeps relevance order within entries and within sources', () => {
  const items = [
    { id: 's1', type: 'Sumber' },
    { id: 'e1', type: 'Kegiatan' },
    { id: 's2', type: 'Sumber' },
    { id: 'p1', type: 'Program' },
  ];
  expect(sourcesLast(items, (item) => item.type === 'Sumber').map((item) => item.id)).toEqual(['e1', 'p1', 's1', 's2']);
});

test('describeResults says how many results have all the words and how many only some', () => {
  expect(describeResults(5, 0, 'sampah')).toBe('5 hasil untuk “sampah”.');
  expect(describeResults(2, 3, 'kota sejuta kopi')).toBe('2 hasil untuk “kota sejuta kopi”, dan 3 memuat sebagian kata.');
  expect(describeResults(0, 4, 'penanganan banjir')).toBe('Tidak ada hasil dengan semua kata untuk “penanganan banjir”; 4 hasil memuat sebagian kata.');
  expect(describeResults(0, 0, 'tsunami')).toBe('Tidak ada hasil untuk “tsunami”.');
  expect(describeResults(7, 0, '')).toBe('7 hasil.');
});

describe('namedFirst', () => {
  const items = [
    { id: 'event', names: ['Studi tiru Kabupaten Jepara ke Kota Banjarbaru'] },
    { id: 'kecamatan', names: ['Kecamatan Banjarbaru Selatan'] },
    { id: 'mentions', names: ['Rakor Camat dan Lurah'] },
    { id: 'kota', names: ['Kota Banjarbaru', 'Banjarbaru'] },
  ];

  test('puts entries whose title or alias contains the query first, the closest names first, the rest in their order', () => {
    expect(namedFirst(items, (item) => item.names, 'banjarbaru').map((item) => item.id)).toEqual(['kota', 'kecamatan', 'event', 'mentions']);
  });

  test('needs every query word in one name', () => {
    expect(namedFirst(items, (item) => item.names, 'banjarbaru utara').map((item) => item.id)).toEqual(['event', 'kecamatan', 'mentions', 'kota']);
  });
});

describe('rankResults', () => {
  const item = (id: string, names: string[] = [], source = false) => ({ id, names, source });
  const rank = (items: ReturnType<typeof item>[], full: number, query: string) =>
    rankResults(items, { full, query, namesOf: (i) => i.names, isSource: (i) => i.source }).map((i) => i.id);

  test('moves a named entry from any page to the front, and sources behind every entry of every page', () => {
    const items = [item('s1', ['Berita banjir'], true), ...Array.from({ length: 12 }, (_, i) => item(`e${i}`)), item('named', ['Penanganan Banjir'])];
    const order = rank(items, items.length, 'banjir');
    expect(order[0]).toBe('named');
    expect(order.at(-1)).toBe('s1');
    expect(order.slice(1, -1)).toEqual(Array.from({ length: 12 }, (_, i) => `e${i}`));
  });

  test('keeps partial matches after all full matches, each group with its sources last', () => {
    const items = [item('f1'), item('fs', [], true), item('p1'), item('ps', [], true), item('p2')];
    expect(rank(items, 2, 'kota')).toEqual(['f1', 'fs', 'p1', 'p2', 'ps']);
  });

  test('leaves results whose names are unknown (data not loaded) in their relevance order', () => {
    expect(rank([item('a'), item('b'), item('c')], 3, 'sampah')).toEqual(['a', 'b', 'c']);
  });
});
