import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { guideSection, headingStart } from '../../../src/markdown/guide-section';

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

describe('headingStart and the partial parse', () => {
  const HEADING = 'Pertanyaan untuk kunjungan';
  /** The section as a parse of the whole body finds it: a closed empty code fence first makes the lines before the heading unreadable. */
  const wholeParse = (body: string) => guideSection(`\`\`\`\n\`\`\`\n\n${body}`, HEADING);

  test('finds a plain top-level heading, whatever its case, closing hashes or spacing', () => {
    expect(headingStart(GUIDE, HEADING)).toBe(GUIDE.indexOf('## Pertanyaan'));
    expect(headingStart('Teks.\n### pertanyaan  UNTUK kunjungan ##\n\nApa?\n', HEADING)).toBe(6);
    expect(headingStart('## Pertanyaan untuk kunjungan lain\n', HEADING)).toBeUndefined();
    expect(headingStart('`` `x` ``\n', HEADING)).toBeUndefined();
  });

  test('refuses when the lines before could change the parse or hide an earlier heading of the same text', () => {
    const after = '\n## Pertanyaan untuk kunjungan\n\n- Apa?\n';
    for (const before of [
      '```\n## Pertanyaan untuk kunjungan\n```\n', // a fence
      '<div>\n\nteks\n', // an HTML block
      '[acuan]: /program/x/\n', // a link reference definition
      'Pertanyaan untuk kunjungan\n---\n\n- Dari setext\n', // a setext heading
      '- butir\n\n  ## Pertanyaan untuk kunjungan\n', // an indented heading
      '## *Pertanyaan* untuk kunjungan\n\n- Dari judul bermarkah\n', // a heading with markup
    ]) {
      expect(headingStart(before + after, HEADING), before).toBeUndefined();
    }
  });

  test('gives what a parse of the whole body gives, on edge cases and on every program of the real content', () => {
    const bodies = [
      GUIDE,
      '- butir\n\n  ## Pertanyaan untuk kunjungan\n\n  - Di dalam butir\n\n## Pertanyaan untuk kunjungan\n\n- Di luar\n',
      'Paragraf.\n\n  ## Pertanyaan untuk kunjungan\n\n- Yang pertama\n\n## Pertanyaan untuk kunjungan\n\n- Yang kedua\n',
      'Paragraf\n## Pertanyaan untuk kunjungan\nLangsung.\n\n> kutipan\nlanjut\n\n[tautan][acuan]\n\n[acuan]: /x/\n',
      'Pembuka [tautan][acuan].\n\n[acuan]: /program/x/\n\n## Pertanyaan untuk kunjungan\n\nLihat [tautan][acuan].\n',
      ...readdirSync('content/programs')
        .filter((file) => file.endsWith('.md'))
        .map((file) => readFileSync(join('content/programs', file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')),
    ];
    let partial = 0;
    for (const body of bodies) {
      if (headingStart(body, HEADING) !== undefined) partial++;
      expect(guideSection(body, HEADING), body.slice(0, 200)).toEqual(wholeParse(body));
    }
    // Most real bodies take the partial parse; otherwise this test would not test it.
    expect(partial).toBeGreaterThan(bodies.length / 2);
  });
});
