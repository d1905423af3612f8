import { describe, expect, test } from 'vitest';
import { findWikiLinks, resolveWikiLink, targetKey, wikiLinkNodes } from '../../../src/markdown/wiki-links';

const targets = new Map([
  [targetKey('regions', 'kota-banjarbaru'), { href: '/wilayah/kota-banjarbaru/', title: 'Kota Banjarbaru' }],
  [targetKey('programs', 'rt-mandiri'), { href: '/program/rt-mandiri/', title: 'RT Mandiri' }],
  [targetKey('programs', 'sama'), { href: '/program/sama/', title: 'Program Sama' }],
  [targetKey('events', 'sama'), { href: '/kegiatan/sama/', title: 'Kegiatan Sama' }],
]);

describe('findWikiLinks', () => {
  test.each([
    ['[[kota-banjarbaru]]', { collection: undefined, id: 'kota-banjarbaru', label: undefined }],
    ['[[program:rt-mandiri]]', { collection: 'programs', id: 'rt-mandiri', label: undefined }],
    ['[[program:rt-mandiri|teks lain]]', { collection: 'programs', id: 'rt-mandiri', label: 'teks lain' }],
    ['[[ wilayah : kota-banjarbaru | Banjarbaru ]]', { collection: 'regions', id: 'kota-banjarbaru', label: 'Banjarbaru' }],
    ['[[kegiatan:sama]]', { collection: 'events', id: 'sama', label: undefined }],
  ])('reads %s', (text, expected) => {
    expect(findWikiLinks(`a ${text} b`)).toEqual([{ ...expected, start: 2, end: 2 + text.length }]);
  });

  test('ignores single brackets and empty links', () => {
    expect(findWikiLinks('[tautan](x) [x] [[]] [[|a]]')).toEqual([]);
  });
});

describe('resolveWikiLink', () => {
  test('looks a bare slug up in regions first, then programs', () => {
    expect(resolveWikiLink(findWikiLinks('[[sama]]')[0]!, targets)?.href).toBe('/program/sama/');
    expect(resolveWikiLink(findWikiLinks('[[kegiatan:sama]]')[0]!, targets)?.href).toBe('/kegiatan/sama/');
  });

  test('finds nothing for an unknown slug or a prefix of the wrong kind', () => {
    expect(resolveWikiLink(findWikiLinks('[[kota-banjarbaroe]]')[0]!, targets)).toBeUndefined();
    expect(resolveWikiLink(findWikiLinks('[[program:kota-banjarbaru]]')[0]!, targets)).toBeUndefined();
  });
});

describe('wikiLinkNodes', () => {
  test("uses the target's title as the default text, and the label when given", () => {
    expect(wikiLinkNodes('Lihat [[rt-mandiri]] dan [[kota-banjarbaru|kota ini]].', targets, () => {})).toEqual([
      { type: 'text', value: 'Lihat ' },
      { type: 'link', url: '/program/rt-mandiri/', children: [{ type: 'text', value: 'RT Mandiri' }] },
      { type: 'text', value: ' dan ' },
      { type: 'link', url: '/wilayah/kota-banjarbaru/', children: [{ type: 'text', value: 'kota ini' }] },
      { type: 'text', value: '.' },
    ]);
  });

  test('reports each unknown target and leaves text without links alone', () => {
    const unknown: string[] = [];
    wikiLinkNodes('[[hilang]] dan [[program:juga-hilang]]', targets, (link) => unknown.push(link.id));
    expect(unknown).toEqual(['hilang', 'juga-hilang']);
    expect(wikiLinkNodes('tanpa tautan', targets, () => {})).toBeUndefined();
  });
});
