import { describe, expect, test } from 'vitest';
import { guideSection } from '../../../src/markdown/guide-section';

const GUIDE = `## Cara kerja

Warga mendaftar di kelurahan.

## Pertanyaan untuk kunjungan

Hal-hal berikut belum dijelaskan [[sumber:klikkalsel-2023-02-06|sumber]]:

- bentuk bantuan;
- kriteria RT yang ikut.

### Catatan

Sub-bagian tetap ikut.

## Sumber lain

Tidak ikut.
`;

describe('guideSection', () => {
  test('takes paragraphs and list items under the heading, up to the next heading of its level', () => {
    expect(guideSection(GUIDE, 'Pertanyaan untuk kunjungan')).toEqual([
      'Hal-hal berikut belum dijelaskan sumber:',
      'bentuk bantuan;',
      'kriteria RT yang ikut.',
      'Sub-bagian tetap ikut.',
    ]);
  });

  test('matches the heading whatever its case, and is empty when the guide has no such section', () => {
    expect(guideSection(GUIDE, 'cara kerja')).toEqual(['Warga mendaftar di kelurahan.']);
    expect(guideSection(GUIDE, 'Hasil')).toEqual([]);
  });

  test('reads MDX bodies, keeping the text inside components', () => {
    expect(guideSection('## Pertanyaan untuk kunjungan\n\n<Catatan>Tanya</Catatan>\n\nApa dasarnya?\n', 'Pertanyaan untuk kunjungan', { isMdx: true })).toEqual([
      'Tanya',
      'Apa dasarnya?',
    ]);
  });
});
