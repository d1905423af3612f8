import { describe, expect, test } from 'vitest';
import { compileGlossary, findFirstUses, glossaryNodes, termsUsedIn } from '../../../src/markdown/glossary';

const glossary = compileGlossary([
  { term: 'RT', expansion: 'Rukun Tetangga', anchor: 'rt' },
  { term: 'SKPD', expansion: 'Satuan Kerja Perangkat Daerah', anchor: 'skpd' },
  { term: 'Rakor', expansion: 'Rapat Koordinasi', anchor: 'rakor' },
  { term: 'P3K', expansion: 'Pegawai Pemerintah dengan Perjanjian Kerja', anchor: 'p3k' },
]);

describe('findFirstUses', () => {
  test('finds whole words only, capitals-only acronyms in capitals only', () => {
    const uses = findFirstUses('Program RT Mandiri; partai, smart, rt kecil, SKPD-SKPD, P3K.', glossary, new Set());
    expect(uses.map((u) => [u.term.term, u.start])).toEqual([
      ['RT', 8],
      ['SKPD', 45],
      ['P3K', 56],
    ]);
  });

  test('matches mixed-case terms in any case', () => {
    expect(findFirstUses('hasil rakor kecamatan', glossary, new Set()).map((u) => u.term.term)).toEqual(['Rakor']);
  });

  test('marks only the first use in a document', () => {
    const used = new Set<string>();
    expect(findFirstUses('RT dan RT', glossary, used)).toHaveLength(1);
    expect(findFirstUses('RT lagi', glossary, used)).toEqual([]);
  });
});

describe('glossaryNodes', () => {
  test('wraps the term in an abbreviation linking to its glossary entry', () => {
    expect(glossaryNodes('Bantuan RT.', glossary, new Set())).toEqual([
      { type: 'text', value: 'Bantuan ' },
      {
        type: 'link',
        url: '/glosarium/#rt',
        data: { hProperties: { className: ['istilah'] } },
        children: [{ type: 'emphasis', data: { hName: 'abbr', hProperties: { title: 'Rukun Tetangga' } }, children: [{ type: 'text', value: 'RT' }] }],
      },
      { type: 'text', value: '.' },
    ]);
  });

  test('changes nothing in a text without terms', () => {
    expect(glossaryNodes('Tanpa istilah.', glossary, new Set())).toBeUndefined();
  });
});

describe('termsUsedIn', () => {
  test('lists each term used once', () => {
    expect(termsUsedIn('Rakor SKPD dan Rakor lagi', glossary).map((t) => t.term)).toEqual(['Rakor', 'SKPD']);
  });
});
