import { describe, expect, test } from 'vitest';
import { isWeakMatch, queryWords, suggestQueries } from '../../../src/lib/search/suggest';

const vocabulary = ['kota', 'banjir', 'banjarbaru', 'program', 'homecare', 'mandiri', 'sampah', 'jepara', 'kesehatan'];

describe('suggestQueries', () => {
  test.each([
    ['homcare', ['homecare']],
    ['banjar baru', ['banjarbaru']],
    ['rt mandri', ['rt mandiri']],
    ['kesehatn kota', ['kesehatan kota']],
    ['Jeparra', ['jepara']],
  ])('suggests %s → %o', (query, expected) => {
    expect(suggestQueries(query, vocabulary)).toEqual(expected);
  });

  test('suggests nothing for words it knows or cannot place', () => {
    expect(suggestQueries('sampah kota', vocabulary)).toEqual([]);
    expect(suggestQueries('xyzzy', vocabulary)).toEqual([]);
  });

  test('prefers joining words over correcting them', () => {
    expect(suggestQueries('banjar baru', vocabulary)).toEqual(['banjarbaru']);
  });

  test('prefers the more frequent of two equally close words', () => {
    expect(suggestQueries('pasat', ['pasar', 'pasak'])).toEqual(['pasar']);
  });
});

describe('queryWords', () => {
  test('lowercases and drops punctuation', () => {
    expect(queryWords('  RT-Mandiri, "Homecare"! ')).toEqual(['rt', 'mandiri', 'homecare']);
  });
});

describe('isWeakMatch', () => {
  test('is weak when a query word is highlighted nowhere', () => {
    expect(isWeakMatch('homcare', ['Wali Kota <mark>H.</mark> M. Aditya'])).toBe(true);
  });

  test('is strong when every word is highlighted somewhere', () => {
    expect(isWeakMatch('sampah kota', ['<mark>Sampah</mark> di', 'di <mark>Kota</mark>'])).toBe(false);
  });

  test('counts a match through a swallowed consonant as weak, leaving the vocabulary to decide', () => {
    expect(isWeakMatch('kelola', ['<mark>Pengelolaan</mark> sampah'])).toBe(true);
    expect(suggestQueries('kelola', ['pengelolaan', 'kelola'])).toEqual([]);
  });
});
