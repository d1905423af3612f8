import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadRegistry, type Registry } from '../../../src/lib/content/registry';
import { checkVariant, replace } from '../../helpers/broken-content';

let registry: Registry;
beforeAll(async () => {
  registry = await loadRegistry();
});

const check = (mutate: (dir: string) => void) => checkVariant(registry, mutate);

const PROGRAM = 'programs/homecare.mdx';
const VISIT = 'events/2023-02-06-studi-tiru-jepara-ke-banjarbaru.mdx';
const RAKOR = 'events/2023-07-17-rakor-kecamatan-tanjung-lago.mdx';
const ADOPTION = '  - region: kabupaten-jepara\n    status: direncanakan\n    date: 2023-02-06\n';
/** A file outside the content folder, as a link target. */
const outside = () => {
  const path = join(mkdtempSync(join(tmpdir(), 'tiru-outside-')), 'rahasia.md');
  writeFileSync(path, '---\ntitle: Luar\nsummary: Berkas di luar repositori.\norigin: kota-banjarbaru\nsources: [klikkalsel-2023-02-06]\n---\n\nIsi.\n');
  return path;
};

/** [case, break the content, file, field, line (or undefined), text the message or hint must contain] */
const CASES: [string, (dir: string) => void, string, string, number | undefined, string][] = [
  // Roles that contradict each other
  ['an event whose host is also a guest', (d) => replace(d, VISIT, '  - kabupaten-jepara\n', '  - kabupaten-jepara\n  - kota-banjarbaru\n'), VISIT, 'guests[1]', 10, 'tuan rumah "kota-banjarbaru" juga tercantum sebagai tamu'],
  ['a program that is part of itself through another', (d) => {
    replace(d, 'programs/ukm-desa.mdx', /^origin: .*$/m, '$&\npartOf: dokter-masuk-desa');
    replace(d, 'programs/dokter-masuk-desa.mdx', /^origin: .*$/m, '$&\npartOf: ukm-desa');
  }, 'programs/dokter-masuk-desa.mdx', 'partOf', 5, 'dokter-masuk-desa → ukm-desa → dokter-masuk-desa'],
  // Duplicated records
  ['the same adoption record twice', (d) => replace(d, PROGRAM, ADOPTION, `${ADOPTION}    sources: [klikkalsel-2023-02-06]\n${ADOPTION}`), PROGRAM, 'adoptions[1]', 14, 'catatan adopsi (wilayah, status dan tanggal sama) sama dengan adoptions[0]'],
  ['two statuses for one region on one day', (d) => replace(d, PROGRAM, ADOPTION, `${ADOPTION}    sources: [klikkalsel-2023-02-06]\n${ADOPTION.replace('direncanakan', 'diterapkan')}`), PROGRAM, 'adoptions[1]', 14, 'dua status berbeda pada tanggal yang sama'],
  ['the same person twice at an event', (d) => replace(d, VISIT, /people:\n/, 'people:\n  - role: Bupati Kabupaten Jepara\n    name: Edy Supriyanta\n'), VISIT, 'people[4]', undefined, 'orang (nama sama) sama dengan people[0]'],
  ['one source cited twice in a list', (d) => replace(d, PROGRAM, 'sources:\n  - klikkalsel-2023-02-06\n', 'sources:\n  - klikkalsel-2023-02-06\n  - klikkalsel-2023-02-06\n'), PROGRAM, 'sources[1]', 18, 'sama dengan sources[0]'],
  ['one figure with two values', (d) => replace(d, 'regions/kota-banjarbaru.yaml', 'leaders:\n', '  - label: Satuan kerja perangkat daerah (SKPD) yang melayani masyarakat\n    value: 47\n    unit: SKPD\n    year: 2022\n    source: headline9-2022-02-15\nleaders:\n'), 'regions/kota-banjarbaru.yaml', 'facts[1]', 11, 'dua nilai berbeda'],
  ['two sources with one url', (d) => {
    appendFileSync(join(d, 'sources/headline9-2022-02-15.yaml'), 'url: https://www.contoh.id/berita/1/\n');
    appendFileSync(join(d, 'sources/klikkalsel-2023-02-06.yaml'), 'url: http://contoh.id/berita/1?utm_source=x\n');
  }, 'sources/klikkalsel-2023-02-06.yaml', 'url', 5, 'sources/headline9-2022-02-15.yaml'],
  ['two sources with one article file', (d) => replace(d, 'sources/klikkalsel-2023-02-06.yaml', 'file: 004_955b092db2c2fec9.txt', 'file: 001_f81ba4fa8cc94bfd.txt'), 'sources/klikkalsel-2023-02-06.yaml', 'file', 4, 'sudah dipakai'],
  ['one event as two files', (d) => copyFileSync(join(d, VISIT), join(d, 'events/2023-02-06-studi-tiru-jepara.mdx')), 'events/2023-02-06-studi-tiru-jepara.mdx', 'title', 2, VISIT],
  // Dates that contradict what they cite
  ['an adoption dated before the event it came from', (d) => replace(d, PROGRAM, '    date: 2023-02-06', '    date: 2023-02-05'), PROGRAM, 'adoptions[0].date', 12, 'sebelum kegiatan "2023-02-06-studi-tiru-jepara-ke-banjarbaru" (2023-02-06)'],
  ['an event citing a source about an earlier day', (d) => replace(d, RAKOR, 'date: 2023-07-17', 'date: 2023-07-18'), RAKOR, 'sources[0]', undefined, 'memberitakan peristiwa 2023-07-17'],
  ['a leader in office after the date of the source', (d) => replace(d, 'regions/kota-banjarbaru.yaml', 'asOf: 2022-02-15', 'asOf: 2022-03-15'), 'regions/kota-banjarbaru.yaml', 'leaders[0].asOf', 14, 'sesudah tanggal sumbernya'],
  ['a trial after the launch', (d) => replace(d, 'programs/dokter-masuk-desa.mdx', '      sources: [merahputihnews-2023-07-17]\n', '      sources: [merahputihnews-2023-07-17]\n    - kind: uji-coba\n      date: 2023-08-01\n      sources: [merahputihnews-2023-07-17]\n'), 'programs/dokter-masuk-desa.mdx', 'profile.start[1].date', 14, 'sesudah peluncuran'],
  ['a profile series out of date order', (d) => replace(d, 'programs/dokter-masuk-desa.mdx', 'profile:\n', 'profile:\n  scale:\n    - indicator: Desa\n      unit: desa\n      points:\n        - { date: 2024, value: 5, sources: [merahputihnews-2023-07-17] }\n        - { date: 2023, value: 3, sources: [merahputihnews-2023-07-17] }\n'), 'programs/dokter-masuk-desa.mdx', 'profile.scale[0].points[1].date', 14, 'urutkan'],
  ['a budget with thousands separators', (d) => replace(d, 'programs/dokter-masuk-desa.mdx', 'profile:\n', 'profile:\n  budget:\n    - amount: 75.000\n      unit: per desa\n      sources: [merahputihnews-2023-07-17]\n'), 'programs/dokter-masuk-desa.mdx', 'profile.budget[0].amount', 10, 'tanpa pemisah'],
  ['an entry updated before the day it records', (d) => replace(d, RAKOR, 'date: 2023-07-17', 'date: 2023-07-17\nupdated: 2023-07-01'), RAKOR, 'updated', 5, 'sebelum tanggal 2023-07-17'],
  // Terms that must be unique
  ['a glossary term defined twice', (d) => writeFileSync(join(d, 'glossary/rukun-tetangga.yaml'), 'term: rt\nexpansion: Rukun Tetangga\nexplanation: Lagi.\n'), 'glossary/rukun-tetangga.yaml', 'term', 1, 'glossary/rt.yaml'],
  ['a program alias that is another program’s title', (d) => replace(d, 'programs/dokter-masuk-desa.mdx', 'aliases: [DMD]', 'aliases: [DMD, Homecare]'), 'programs/homecare.mdx', 'title', 2, 'dokter-masuk-desa.mdx (aliases[1])'],
  ['one Kemendagri code for two regions', (d) => copyFileSync(join(d, 'regions/kecamatan-cempaka.yaml'), join(d, 'regions/kecamatan-cempaka-lama.yaml')), 'regions/kecamatan-cempaka.yaml', 'code', 4, 'kecamatan-cempaka-lama.yaml'],
  ['two visit steps with one order', (d) => replace(d, 'kit/2-anggaran.yaml', 'order: 2', 'order: 1'), 'kit/2-anggaran.yaml', 'order', 2, 'kit/1-dasar-hukum.yaml'],
  // What the reader accepts
  ['a program file that links outside the repository', (d) => symlinkSync(outside(), join(d, 'programs/luar.md')), 'programs/luar.md', '(berkas)', 1, 'di luar repositori'],
  ['an article text that is a link', (d) => {
    const article = join(d, 'sources/articles/004_955b092db2c2fec9.txt');
    const target = join(mkdtempSync(join(tmpdir(), 'tiru-outside-')), 'artikel.txt');
    copyFileSync(article, target);
    rmSync(article);
    symlinkSync(target, article);
  }, 'sources/klikkalsel-2023-02-06.yaml', 'file', 4, 'tautan simbolik'],
  ['an empty article text', (d) => writeFileSync(join(d, 'sources/articles/004_955b092db2c2fec9.txt'), '\n  \n'), 'sources/klikkalsel-2023-02-06.yaml', 'file', 4, 'kosong'],
  ['a file name too long for a page address', (d) => writeFileSync(join(d, `programs/${'program-'.repeat(13)}baru.md`), '---\ntitle: x\n---\n'), `programs/${'program-'.repeat(13)}baru.md`, '(berkas)', 1, 'paling banyak 100'],
  ['an MDX component in a .md file', (d) => appendFileSync(join(d, 'programs/banjarbaru-kota-sejuta-kopi.md'), '\n<Kartu judul="Kopi" />\n'), 'programs/banjarbaru-kota-sejuta-kopi.md', '(isi)', 12, 'komponen MDX "<Kartu"'],
  ['an MDX import in a .md file', (d) => replace(d, 'programs/banjarbaru-kota-sejuta-kopi.md', /\n---\n/, '\n---\nimport Kartu from "../Kartu.astro";\n'), 'programs/banjarbaru-kota-sejuta-kopi.md', '(isi)', 8, 'ganti ekstensi berkas menjadi .mdx'],
  // The region tree
  ['a region that is its own parent', (d) => replace(d, 'regions/kecamatan-cempaka.yaml', 'parent: kota-banjarbaru', 'parent: kecamatan-cempaka'), 'regions/kecamatan-cempaka.yaml', 'parent', 3, 'menjadi induknya sendiri'],
  ['a parent cycle', (d) => replace(d, 'regions/kota-banjarbaru.yaml', 'parent: provinsi-kalimantan-selatan', 'parent: kecamatan-cempaka'), 'regions/kecamatan-cempaka.yaml', 'parent', 3, 'kecamatan-cempaka → kota-banjarbaru → kecamatan-cempaka'],
  ['a kecamatan under a kelurahan', (d) => replace(d, 'regions/kecamatan-liang-anggang.yaml', 'parent: kota-banjarbaru', 'parent: kelurahan-bangkal'), 'regions/kecamatan-liang-anggang.yaml', 'parent', 3, 'kecamatan tidak bisa berada di bawah kelurahan "kelurahan-bangkal"'],
  // Parser messages in Indonesian with a hint
  ['a YAML key written twice', (d) => appendFileSync(join(d, 'glossary/rt.yaml'), 'term: RT lagi\n'), 'glossary/rt.yaml', '(YAML)', 4, 'kunci "term" ditulis dua kali'],
  ['YAML indented with a tab', (d) => replace(d, 'kit/2-anggaran.yaml', 'documents:\n  - ', 'documents:\n\t- '), 'kit/2-anggaran.yaml', '(YAML)', 8, 'ganti tab dengan dua spasi'],
  ['an unclosed quote in frontmatter', (d) => replace(d, PROGRAM, 'title: Homecare', 'title: "Homecare'), PROGRAM, '(YAML)', undefined, 'tanda kutip tidak ditutup'],
  ['a YAML alias to no anchor', (d) => replace(d, 'glossary/rt.yaml', 'expansion: Rukun Tetangga', 'expansion: *RT'), 'glossary/rt.yaml', '(YAML)', 2, 'alias YAML'],
  ['an unclosed JSX tag', (d) => appendFileSync(join(d, PROGRAM), '\n<Kartu>\n\nTidak ditutup.\n'), PROGRAM, '(isi)', 38, 'tutup dengan </Kartu>'],
  ['an HTML comment in MDX', (d) => appendFileSync(join(d, PROGRAM), '\n<!-- catatan -->\n'), PROGRAM, '(isi)', 38, '{/* … */}'],
  ['an unclosed brace in MDX', (d) => appendFileSync(join(d, PROGRAM), '\nAnggaran {lihat lampiran\n'), PROGRAM, '(isi)', 38, 'kurung kurawal { tidak ditutup'],
];

describe('npm run check on content an editor would refuse', () => {
  test.each(CASES)('reports %s once, with file, line, field and hint', async (_, mutate, file, field, line, text) => {
    const errors = (await check(mutate)).filter((p) => p.severity !== 'warning');
    const matches = errors.filter((p) => p.file === file && p.field === field);
    expect(matches, JSON.stringify(errors, null, 1)).toHaveLength(1);
    const [match] = matches;
    if (line !== undefined) expect(match!.line).toBe(line);
    expect(match!.line).toBeGreaterThan(0);
    expect(match!.hint).toBeTruthy();
    expect(`${match!.message} ${match!.hint}`).toContain(text);
  });

  test('a wrong code on a kota is reported once, not again on each of its kecamatan', async () => {
    const errors = (await check((d) => replace(d, 'regions/kota-banjarbaru.yaml', 'code: "63.72"', 'code: "63.71"'))).filter((p) => p.severity !== 'warning');
    expect(errors.map((p) => `${p.file} ${p.field}`)).toEqual(['regions/kota-banjarbaru.yaml name']);
  });

  test('a region in a parent cycle gets no registry "parent mismatch" besides', async () => {
    const errors = (await check((d) => replace(d, 'regions/kecamatan-cempaka.yaml', 'parent: kota-banjarbaru', 'parent: kecamatan-cempaka'))).filter((p) => p.severity !== 'warning');
    expect(errors.map((p) => p.message).join('\n')).not.toContain('parent mismatch');
  });

  test('a program file that is a link is refused without being read', async () => {
    const target = outside();
    const problems = await check((d) => symlinkSync(target, join(d, 'programs/luar.md')));
    expect(problems.some((p) => p.file.startsWith('programs/luar.md') && p.field !== '(berkas)')).toBe(false);
    expect(readFileSync(target, 'utf8')).toContain('Luar');
  });
});
