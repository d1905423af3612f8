import { appendFileSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content';
import { closestSlugs } from '../../../src/lib/content/references';
import { exitCodeFor, formatReport } from '../../../src/lib/content/report';
import { loadRegistry, type Registry } from '../../../src/lib/content/registry';
import { FIXTURE_CONTENT } from '../../helpers/build';
import { checkVariant, replace } from '../../helpers/broken-content';

let registry: Registry;
beforeAll(async () => {
  registry = await loadRegistry();
});

/** Checks a broken copy of the real content; the problems' files are relative to that copy. */
const check = (mutate: (dir: string) => void) => checkVariant(registry, mutate);

const PROGRAM = 'programs/homecare.mdx';
const EVENT = 'events/2023-07-17-rakor-kecamatan-tanjung-lago.mdx';

/** [case, break the content, file, field, line (or undefined), text the message or hint must contain] */
const MALFORMED: [string, (dir: string) => void, string, string, number | undefined, string][] = [
  ['a missing summary', (d) => replace(d, PROGRAM, /^summary: .*\n/m, ''), PROGRAM, 'summary', undefined, 'wajib diisi'],
  ['a missing origin', (d) => replace(d, PROGRAM, /^origin: .*\n/m, ''), PROGRAM, 'origin', undefined, 'wajib diisi'],
  ['a title of the wrong type', (d) => replace(d, PROGRAM, /^title: Homecare$/m, 'title: 12345'), PROGRAM, 'title', 2, 'harus berupa teks'],
  ['an unknown stage', (d) => replace(d, PROGRAM, /^stage: penerapan$/m, 'stage: selesai'), PROGRAM, 'stage', 6, 'uji-coba'],
  ['an urusan outside UU 23/2014', (d) => replace(d, PROGRAM, 'urusan: [kesehatan]', 'urusan: [kesehatan-jiwa]'), PROGRAM, 'urusan[0]', 5, 'pekerjaan-umum-dan-penataan-ruang'],
  ['an unknown origin region', (d) => replace(d, PROGRAM, 'origin: kota-banjarbaru', 'origin: kota-banjarbaroe'), PROGRAM, 'origin', 4, 'maksud Anda: kota-banjarbaru?'],
  ['an unknown event behind an adoption', (d) => replace(d, PROGRAM, 'via: 2023-02-06-studi-tiru-jepara-ke-banjarbaru', 'via: 2023-02-06-studi-tiru-jepara'), PROGRAM, 'adoptions[0].via', 13, 'maksud Anda'],
  ['an unknown program discussed at an event', (d) => replace(d, EVENT, '  - ukm-desa\n', '  - ukm-dessa\n'), EVENT, 'programs[1]', undefined, 'maksud Anda: ukm-desa?'],
  ['an unknown source', (d) => replace(d, PROGRAM, /^  - klikkalsel-2023-02-06$/m, '  - klikkalsel-2023'), PROGRAM, 'sources[0]', undefined, 'klikkalsel-2023-02-06'],
  ['a date in the wrong format', (d) => replace(d, EVENT, 'date: 2023-07-17', 'date: 17-07-2023'), EVENT, 'date', 4, 'YYYY-MM-DD'],
  ['an impossible date', (d) => replace(d, 'programs/dokter-masuk-desa.mdx', '      date: 2023-07-17', '      date: 2023-02-30'), 'programs/dokter-masuk-desa.mdx', 'profile.start[0].date', 11, 'kalender'],
  ['a malformed adoption date', (d) => replace(d, PROGRAM, '    date: 2023-02-06', '    date: 6 Februari 2023'), PROGRAM, 'adoptions[0].date', 12, 'YYYY-MM-DD'],
  ['two files with one slug', (d) => writeFileSync(join(d, 'programs/homecare.md'), readFileSync(join(d, PROGRAM))), 'programs/homecare.mdx', '(slug)', 1, 'homecare.md'],
  ['a YAML syntax error in a data file', (d) => replace(d, 'regions/kabupaten-jepara.yaml', 'leaders:\n', 'leaders:\n role: [Bupati\n'), 'regions/kabupaten-jepara.yaml', '(YAML)', 6, 'sintaks YAML'],
  ['a YAML syntax error in frontmatter', (d) => replace(d, PROGRAM, 'aliases: [Home Care, home care]', 'aliases: [Home Care, home care'), PROGRAM, '(YAML)', 8, 'sintaks YAML'],
  ['an MDX syntax error, at the line of the file', (d) => appendFileSync(join(d, PROGRAM), '\n<div>\n\nTidak ditutup.\n'), PROGRAM, '(isi)', 38, 'sintaks MDX salah: tag <div> tidak ditutup (MDX syntax error: Expected a closing tag for `<div>`)'],
  ['an MDX import of a missing file', (d) => replace(d, PROGRAM, /\n---\n/, '\n---\nimport Kartu from "./Kartu.astro";\n'), PROGRAM, '(isi)', 19, 'impor "./Kartu.astro" tidak ditemukan'],
  ['an MDX import of a package that is not installed', (d) => replace(d, PROGRAM, /\n---\n/, '\n---\nimport { X } from "paket-tak-ada";\n'), PROGRAM, '(isi)', 19, 'npm install paket-tak-ada'],
  ['a file name with spaces and capitals', (d) => renameSync(join(d, 'programs/ukm-desa.mdx'), join(d, 'programs/UKM Desa.mdx')), 'programs/UKM Desa.mdx', '(berkas)', 1, 'ganti nama menjadi ukm-desa.mdx'],
  ['a file that is not UTF-8', (d) => appendFileSync(join(d, 'regions/kota-banjarbaru.yaml'), Buffer.from('# Banjar\xe9\n', 'latin1')), 'regions/kota-banjarbaru.yaml', '(berkas)', 28, 'bukan UTF-8: byte 0xE9'],
  ['a binary file', (d) => writeFileSync(join(d, 'programs/foto.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])), 'programs/foto.md', '(berkas)', 1, 'berkas biner'],
  ['frontmatter without its closing ---', (d) => replace(d, PROGRAM, /\n---\n/, '\n\n'), PROGRAM, '(frontmatter)', 1, 'tidak ditutup'],
  ['a number written with thousands separators', (d) => replace(d, 'regions/kabupaten-banyuasin.yaml', 'value: 837062', 'value: 837.062'), 'regions/kabupaten-banyuasin.yaml', 'facts[1].value', 12, 'tulis 837062'],
  ['a program related to itself', (d) => replace(d, PROGRAM, 'related: [rt-mandiri]', 'related: [homecare]'), PROGRAM, 'related[0]', 8, 'dirinya sendiri'],
  ['a year out of range, in Indonesian', (d) => replace(d, 'regions/kabupaten-banyuasin.yaml', /year: 2023/, 'year: 3000'), 'regions/kabupaten-banyuasin.yaml', 'facts[0].year', 9, 'terlalu besar: paling banyak 2100, ditemukan 3000'],
  ['an unquoted colon in a title', (d) => replace(d, EVENT, /^title: .*$/m, 'title: Rakor: Banjir'), EVENT, '(YAML)', 2, 'tanda kutip'],
  ['an empty collection', (d) => rmSync(join(d, 'events'), { recursive: true }), '.', 'events', undefined, 'koleksi events kosong'],
  ['an empty file', (d) => writeFileSync(join(d, 'programs/kosong.mdx'), ''), 'programs/kosong.mdx', '(berkas)', 1, 'berkas kosong'],
  ['a file with a wrong extension', (d) => writeFileSync(join(d, 'programs/catatan.txt'), 'judul: catatan'), 'programs/catatan.txt', '(berkas)', undefined, '.md atau .mdx'],
  ['a Markdown file without frontmatter', (d) => writeFileSync(join(d, 'programs/tanpa-frontmatter.md'), '# Judul saja\n'), 'programs/tanpa-frontmatter.md', '(frontmatter)', 1, 'frontmatter'],
  ['a script tag in a title', (d) => replace(d, PROGRAM, /^title: Homecare$/m, 'title: Homecare<script>alert(1)</script>'), PROGRAM, 'title', 2, 'markup HTML'],
  ['HTML with an event handler in an event title', (d) => replace(d, EVENT, /^title: .*$/m, 'title: "Rakor <img src=x onerror=alert(1)>"'), EVENT, 'title', 2, 'markup HTML'],
  ['a region name that disagrees with the registry', (d) => replace(d, 'regions/kecamatan-air-salek.yaml', 'name: Air Salek', 'name: Air Saleh'), 'regions/kecamatan-air-salek.yaml', 'name', 1, '16.07.14 AIR SALEK'],
  ['a parent that is not the official one', (d) => replace(d, 'regions/desa-sri-mulyo.yaml', 'parent: kecamatan-air-salek', 'parent: kecamatan-tanjung-lago'), 'regions/desa-sri-mulyo.yaml', 'parent', 3, '16.07.14 AIR SALEK'],
  ['a code of the wrong level', (d) => replace(d, 'regions/kecamatan-cempaka.yaml', 'code: "63.72.03"', 'code: "63.72"'), 'regions/kecamatan-cempaka.yaml', 'code', 4, 'jenjang kecamatan'],
  ['a kecamatan without parent', (d) => replace(d, 'regions/kecamatan-cempaka.yaml', 'parent: kota-banjarbaru\n', ''), 'regions/kecamatan-cempaka.yaml', 'parent', undefined, 'wajib punya parent'],
  ['a fact without source', (d) => replace(d, 'regions/kabupaten-banyuasin.yaml', '    source: merahputihnews-2023-07-17\n  - label: Jumlah penduduk', '  - label: Jumlah penduduk'), 'regions/kabupaten-banyuasin.yaml', 'facts[0].source', 6, 'wajib diisi'],
  ['a source whose article file is missing', (d) => rmSync(join(d, 'sources/articles/004_955b092db2c2fec9.txt')), 'sources/klikkalsel-2023-02-06.yaml', 'file', 4, 'tidak ada'],
  ['a source url that is not a URL', (d) => appendFileSync(join(d, 'sources/headline9-2022-02-15.yaml'), 'url: headline9\n'), 'sources/headline9-2022-02-15.yaml', 'url', 6, 'headline9'],
  ['an unknown event kind', (d) => replace(d, EVENT, 'kind: [rakor, peluncuran]', 'kind: [rakor, seminar]'), EVENT, 'kind', 3, 'studi-tiru'],
  ['a glossary term without expansion', (d) => replace(d, 'glossary/rt.yaml', 'expansion: Rukun Tetangga\n', ''), 'glossary/rt.yaml', 'expansion', undefined, 'wajib diisi'],
  ['an unknown wiki-link target', (d) => replace(d, 'programs/rt-mandiri.mdx', '[[kabupaten-jepara]]', '[[kabupaten-japara]]'), 'programs/rt-mandiri.mdx', '(isi)', 39, '[[kabupaten-japara]]'],
  ['a slug that would take a list page address', (d) => renameSync(join(d, 'programs/ukm-desa.mdx'), join(d, 'programs/2.mdx')), 'programs/2.mdx', '(slug)', 1, '/program/2/'],
];

describe('npm run check on malformed content', () => {
  test.each(MALFORMED)('reports %s with its file and field', async (_, mutate, file, field, line, text) => {
    const errors = (await check(mutate)).filter((p) => p.severity !== 'warning');
    const match = errors.find((p) => p.file === file && p.field === field);
    expect(match, JSON.stringify(errors, null, 1)).toBeDefined();
    if (line !== undefined) expect(match!.line).toBe(line);
    expect(`${match!.message} ${match!.hint ?? ''}`).toContain(text);
  });

  test('reports an entry that cannot be read once, not again through every reference to it', async () => {
    const errors = (await check((d) => replace(d, 'events/2023-02-06-studi-tiru-jepara-ke-banjarbaru.mdx', /^title: .*$/m, 'title: Studi: tiru'))).filter((p) => p.severity !== 'warning');
    expect(errors.map((p) => `${p.file} ${p.field}`)).toEqual(['events/2023-02-06-studi-tiru-jepara-ke-banjarbaru.mdx (YAML)']);
  });

  test('warns about a body past the page-weight budget', async () => {
    const problems = await check((d) => appendFileSync(join(d, PROGRAM), `\n## Lampiran\n\n${'Kalimat panjang untuk menguji anggaran halaman. '.repeat(1500)}\n`));
    const warning = problems.find((p) => p.file === PROGRAM && p.message.includes('anggaran halaman'));
    expect(warning).toMatchObject({ severity: 'warning', field: '(isi)' });
  });

  test('reports every problem in one run, not only the first', async () => {
    const errors = (
      await check((d) => {
        replace(d, PROGRAM, /^summary: .*\n/m, '');
        replace(d, EVENT, 'date: 2023-07-17', 'date: 17-07-2023');
        writeFileSync(join(d, 'programs/kosong.mdx'), '');
      })
    ).filter((p) => p.severity !== 'warning');
    expect(errors.map((p) => `${p.file} ${p.field}`).sort()).toEqual([`${EVENT} date`, `${PROGRAM} summary`, 'programs/kosong.mdx (berkas)']);
    expect(exitCodeFor(errors)).toBe(1);
  });
});

describe('warnings for likely mistakes', () => {
  /** [case, break the content, file, field, text] */
  const LIKELY: [string, (dir: string) => void, string, string, string][] = [
    ['a source never cited', (d) => (writeFileSync(join(d, 'sources/lain.yaml'), 'title: Lain\npublisher: x\ndate: 2023-01-01\nfile: lain.txt\n'), writeFileSync(join(d, 'sources/articles/lain.txt'), 'Teks.\n')), 'sources/lain.yaml', 'title', 'belum dikutip'],
    ['a program without guide sections', (d) => replace(d, 'programs/homecare.mdx', /^## .*$/gm, 'Paragraf.'), 'programs/homecare.mdx', '(isi)', 'belum punya bagian'],
    ['an empty guide section', (d) => replace(d, 'programs/homecare.mdx', '## Hasil\n', '## Hasil\n\n## Kosong\n'), 'programs/homecare.mdx', '(isi)', '"Hasil" kosong'],
    ['an adoption by the origin region', (d) => replace(d, PROGRAM, '  - region: kabupaten-jepara', '  - region: kota-banjarbaru'), PROGRAM, 'adoptions[0].region', 'sama dengan wilayah asal'],
    ['a region without coordinates', () => undefined, 'regions/kota-banjarbaru.yaml', 'coordinates', 'koordinat'],
    ['an alias of a program used by a region', (d) => appendFileSync(join(d, 'regions/kabupaten-jepara.yaml'), 'aliases: [DMD]\n'), 'regions/kabupaten-jepara.yaml', 'aliases[0]', 'dokter-masuk-desa.mdx'],
    ['an adoption in the future', (d) => replace(d, PROGRAM, '    date: 2023-02-06', '    date: 2027-02-06'), PROGRAM, 'adoptions[0].date', 'masa depan'],
    ['an event in the future', (d) => replace(d, EVENT, 'date: 2023-07-17', 'date: 2027-07-17'), EVENT, 'date', 'masa depan'],
  ];

  test.each(LIKELY)('warns about %s without failing', async (_, mutate, file, field, text) => {
    const problems = await check(mutate);
    const match = problems.find((p) => p.file === file && p.field === field && p.severity === 'warning' && p.message.includes(text));
    expect(match, JSON.stringify(problems.filter((p) => p.file === file), null, 1)).toBeDefined();
  });

  test('the fixture content has no errors', async () => {
    const problems = await checkContent(FIXTURE_CONTENT, { registry, today: '2026-11-23' });
    expect(problems.filter((p) => p.severity !== 'warning')).toEqual([]);
    expect(exitCodeFor(problems)).toBe(0);
  });
});

describe('closestSlugs', () => {
  test('suggests near slugs, nearest first, and nothing far away', () => {
    expect(closestSlugs('kota-banjarbaroe', ['kota-banjarbaru', 'kabupaten-jepara', 'kota-banjarmasin'])).toEqual(['kota-banjarbaru', 'kota-banjarmasin']);
    expect(closestSlugs('xyz', ['kota-banjarbaru'])).toEqual([]);
  });
});

describe('formatReport', () => {
  test('groups by file with line, field, message and hint, in Indonesian with English in brackets', () => {
    const report = formatReport([
      { file: 'content/programs/a.mdx', field: 'origin', line: 4, message: 'tidak ada (unknown)', hint: 'maksud Anda: b?' },
      { file: 'content/programs/a.mdx', field: 'date', line: 9, message: 'masa depan (future)', severity: 'warning' },
    ]);
    expect(report).toContain('GALAT (error)  content/programs/a.mdx:4  origin');
    expect(report).toContain('Petunjuk (hint): maksud Anda: b?');
    expect(report).toContain('PERINGATAN (warning)  content/programs/a.mdx:9  date');
    expect(report).toContain('1 galat, 1 peringatan (1 errors, 1 warnings)');
  });
});
