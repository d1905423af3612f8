import { describe, expect, test } from 'vitest';
import { findCycles } from '../../../src/lib/check/cycles';
import { explainMdxError, explainYamlError } from '../../../src/lib/read/parser-messages';
import { articleAddress } from '../../../src/lib/check/rules/duplicate-records';
import { mdxInMarkdownProblem } from '../../../src/lib/check/rules/mdx-in-markdown';
import { MAX_SLUG_LENGTH, shortenSlug } from '../../../src/lib/format/slug-length';
import type { RawEntry } from '../../../src/lib/read/read-entries';

describe('findCycles', () => {
  test('names each cycle once, from its smallest id, and ignores chains that end', () => {
    const parentOf = new Map([
      ['c', 'a'],
      ['a', 'b'],
      ['b', 'c'],
      ['d', 'd'],
      ['e', 'f'],
      ['g', 'c'],
    ]);
    expect(findCycles(parentOf)).toEqual([
      ['a', 'b', 'c', 'a'],
      ['d', 'd'],
    ]);
  });

  test('finds nothing in a tree', () => {
    expect(findCycles(new Map([['kecamatan', 'kota'], ['kota', 'provinsi']]))).toEqual([]);
  });
});

describe('explainYamlError', () => {
  test.each([
    ['DUPLICATE_KEY', 'Map keys must be unique', 'title: Lagi', 'kunci "title" ditulis dua kali', 'hanya boleh muncul sekali'],
    ['TAB_AS_INDENT', 'Tabs are not allowed as indentation', '\tb: 1', 'indentasi memakai tab', 'dua spasi'],
    ['BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings', 'title: Rakor: Banjir', 'kunci bersarang', 'tanda kutip'],
    ['BAD_INDENT', 'Flow sequence in block collection must be sufficiently indented and end with a ]', 'a: [1, 2', 'tidak ditutup', 'tutup daftar'],
    ['SOMETHING_NEW', 'Some new error', 'a: b', 'tidak dapat dibaca', 'spasi, bukan tab'],
  ])('%s reads in Indonesian with the English in brackets and a hint', (code, english, line, message, hint) => {
    const explained = explainYamlError(code, english, line);
    expect(explained.message).toContain(message);
    expect(explained.message).toContain(`(YAML syntax error: ${english})`);
    expect(explained.hint).toContain(hint);
  });
});

describe('explainMdxError', () => {
  test.each([
    ['Expected a closing tag for `<div>`', 'tag <div> tidak ditutup', '</div>'],
    ['Unexpected closing tag `</b>`, expected corresponding closing tag for `<a>`', 'penutup </b> tidak cocok dengan pembuka <a>', '</a>'],
    ['Unexpected end of file in expression, expected a corresponding closing brace for `{`', 'kurung kurawal { tidak ditutup', '\\{'],
    ['Could not parse import/exports with acorn', 'import/export tidak sah', 'import X from'],
    ['Something else entirely', 'sintaks MDX salah', 'periksa tag'],
  ])('%s reads in Indonesian with a hint', (reason, message, hint) => {
    const explained = explainMdxError(reason);
    expect(explained.message).toContain(message);
    expect(explained.message).toContain(reason);
    expect(explained.hint).toContain(hint);
  });
});

describe('articleAddress', () => {
  test('one article whatever the scheme, www, trailing slash, fragment or tracking', () => {
    expect(articleAddress('https://www.Contoh.id/berita/1/?utm_source=x#atas')).toBe(articleAddress('http://contoh.id/berita/1'));
    expect(articleAddress('https://contoh.id/berita?id=1')).not.toBe(articleAddress('https://contoh.id/berita?id=2'));
  });
});

describe('mdxInMarkdownProblem', () => {
  const entry = (text: string, mdx = false) => ({ file: 'programs/x.md', body: { text, line: 10, mdx } }) as RawEntry;

  test('reports the first MDX construct at its file line', () => {
    expect(mdxInMarkdownProblem(entry('Teks.\n\n<Kartu />\n\nimport A from "a";\n'))).toMatchObject({ line: 12, field: '(isi)' });
  });

  test('leaves code, inline code, plain HTML and .mdx files alone', () => {
    expect(mdxInMarkdownProblem(entry('```\nimport A from "a";\n<Kartu />\n```\n\nTulis `<Kartu />` di .mdx. <abbr title="x">RT</abbr>\n'))).toBeUndefined();
    expect(mdxInMarkdownProblem(entry('<Kartu />\n', true))).toBeUndefined();
  });
});

describe('shortenSlug', () => {
  test('cuts a long slug at a hyphen within the limit', () => {
    const slug = shortenSlug('program-'.repeat(20) + 'akhir');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(/^(program-)*program$/);
  });
});
