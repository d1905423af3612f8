import { describe, expect, test } from 'vitest';
import { absoluteUrl, dataUrl, entryUrl, kitUrl } from '../../../src/lib/urls';

describe('page addresses', () => {
  test('entries with pages live under their section; the others as fragments of it', () => {
    expect(entryUrl('programs', 'rt-mandiri')).toBe('/program/rt-mandiri/');
    expect(entryUrl('events', '2023-02-06-studi-tiru')).toBe('/kegiatan/2023-02-06-studi-tiru/');
    expect(entryUrl('glossary', 'dmd')).toBe('/glosarium/#dmd');
  });

  test('a kit lives below its program or event', () => {
    expect(kitUrl('programs', 'rt-mandiri')).toBe('/program/rt-mandiri/kit/');
    expect(kitUrl('events', '2023-02-06-studi-tiru')).toBe('/kegiatan/2023-02-06-studi-tiru/kit/');
  });

  test('open data files and their schemas live under /data/', () => {
    expect(dataUrl('programs', 'json')).toBe('/data/programs.json');
    expect(dataUrl('programs', 'schema.json')).toBe('/data/programs.schema.json');
    expect(dataUrl('profil', 'csv')).toBe('/data/profil.csv');
    expect(absoluteUrl(dataUrl('profil', 'csv'), 'https://tiru.example.org')).toBe('https://tiru.example.org/data/profil.csv');
  });
});
