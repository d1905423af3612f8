import { describe, expect, test } from 'vitest';
import { autoCorrection, isWeakMatch, queryWords, suggestQueries, wordsInNoPage } from '../../../src/lib/search/suggest';

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

describe('words of one or two letters', () => {
  // "rth" is one edit from "rt", and the vocabulary has no words of two letters.
  const withRth = ['rth', ...vocabulary];

  test('are never corrected, while the other words are', () => {
    expect(suggestQueries('rt mandri', withRth)).toEqual(['rt mandiri']);
    expect(autoCorrection('rt mandri', withRth)).toBe('rt mandiri');
  });

  test('alone make no correction', () => {
    expect(suggestQueries('rt mandiri', withRth)).toEqual([]);
    expect(autoCorrection('rt mandiri', withRth)).toBeUndefined();
    expect(autoCorrection('rt', withRth)).toBeUndefined();
  });
});

describe('autoCorrection', () => {
  test('corrects an unknown word to its nearest known word', () => {
    expect(autoCorrection('homcare', vocabulary)).toBe('homecare');
  });

  test('joins two known words the site writes as one more often than either', () => {
    // "banjarbaru" is more frequent (earlier) than both "banjar" and "baru".
    const known = ['kota', 'banjarbaru', 'baru', 'banjar'];
    expect(suggestQueries('banjar baru', known)).toEqual(['banjarbaru']);
    expect(autoCorrection('banjar baru', known)).toBe('banjarbaru');
    expect(autoCorrection('kota banjar baru', known)).toBe('kota banjarbaru');
  });

  test('leaves known words alone when the site uses them apart more than joined', () => {
    const known = ['kota', 'baru', 'kotabaru'];
    expect(autoCorrection('kota baru', known)).toBeUndefined();
    expect(suggestQueries('kota baru', known)).toEqual(['kotabaru']);
    expect(autoCorrection('sampah kota', vocabulary)).toBeUndefined();
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

describe('wordsInNoPage', () => {
  test('lists the words no vocabulary word is or starts with', () => {
    expect(wordsInNoPage('homcare', vocabulary)).toEqual(['homcare']);
    expect(wordsInNoPage('xqzvbnw kota', vocabulary)).toEqual(['xqzvbnw']);
  });

  test('counts the start of a known word, words of two letters and every word without a vocabulary as found', () => {
    expect(wordsInNoPage('banjarb kesehatan', vocabulary)).toEqual([]);
    expect(wordsInNoPage('rt mandiri', vocabulary)).toEqual([]);
    expect(wordsInNoPage('xqzvbnw', [])).toEqual([]);
  });
});
