import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/check/check-content';
import { loadImportContext } from '../../../src/lib/import/context';
import { extractArticle } from '../../../src/lib/import/extract';
import type { ImportContext } from '../../../src/lib/import/proposal';
import { findBudgets, findLegalBasis, findResults, findScale, findTargets, profileItem } from '../../../src/lib/import/profile';
import { writeProposal } from '../../../src/lib/import/write';
import { profileSchema } from '../../../src/schemas/profile';

describe('findLegalBasis', () => {
  test.each([
    ['Peraturan Bupati Nomor 12 Tahun 2021 tentang Gerakan Desa Sehat.', 'perbup', '12', 2021, 'Gerakan Desa Sehat'],
    ['ditetapkan Peraturan Wali Kota (Perwali) Nomor 14 Tahun 2025 tentang Penyelenggaraan RT Berkelas sebagai aturan teknis', 'perwali', '14', 2025, 'Penyelenggaraan RT Berkelas'],
    ['melalui Surat Keputusan Nomor 010 Tahun 2023, tim pendamping dibentuk', 'keputusan', '010', 2023, undefined],
    ['berdasarkan Perbup Banyuasin Nomor 5 Tahun 2017', 'perbup', '5', 2017, undefined],
    ['sesuai SK Bupati No. 188.45/123/KEP/2020 tentang Tim Inovasi', 'keputusan', '188.45/123/KEP', 2020, 'Tim Inovasi'],
    ['Perda Kabupaten Gresik Nomor 3 Tahun 2019 mengatur retribusinya', 'perda', '3', 2019, undefined],
  ])('%s', (text, kind, number, year, title) => {
    expect(findLegalBasis(text)).toEqual([expect.objectContaining({ kind, number, year, title })]);
  });

  test('a title before the number, and the signing day between number and title', () => {
    expect(findLegalBasis('mengacu pada Peraturan Bupati tentang Mal Pelayanan Publik Nomor 11 Tahun 2018 tanggal 20 Maret 2018')).toEqual([expect.objectContaining({ kind: 'perbup', number: '11', year: 2018, title: 'Mal Pelayanan Publik' })]);
    expect(findLegalBasis('Keputusan Bupati Badung Nomor 35/01/HK/2018, tanggal 15 Februari 2018, tentang pembentukan tim kerja.')).toEqual([expect.objectContaining({ kind: 'keputusan', number: '35/01/HK', year: 2018, title: 'pembentukan tim kerja' })]);
  });

  test('national laws are every program’s background, not its own basis; one regulation printed twice is one', () => {
    expect(findLegalBasis('sesuai Undang-Undang Nomor 23 Tahun 2014 dan Peraturan Pemerintah Nomor 38 Tahun 2017')).toEqual([]);
    const twice = findLegalBasis('Perwali Nomor 14 Tahun 2025 terbit. Dengan Perwali Nomor 14 Tahun 2025 tentang RT Berkelas, warga mengusulkan.');
    expect(twice).toEqual([expect.objectContaining({ number: '14', title: 'RT Berkelas' })]);
  });
});

describe('findTargets', () => {
  test.each([
    ['Sasaran program ini adalah keluarga miskin yang belum memiliki jamban, kata Kepala Dinas.', 'sasaran', 'keluarga miskin yang belum memiliki jamban'],
    ['Bantuan diperuntukkan bagi RT yang memiliki usaha kecil yang berjalan.', 'sasaran', 'RT yang memiliki usaha kecil yang berjalan'],
    ['Syaratnya, warga ber-KTP setempat dan berusia di atas 60 tahun.', 'kriteria', 'warga ber-KTP setempat dan berusia di atas 60 tahun'],
    ['Kriteria penerima yaitu lansia tunggal tanpa penghasilan tetap.', 'kriteria', 'lansia tunggal tanpa penghasilan tetap'],
  ])('%s', (sentence, kind, text) => {
    expect(findTargets(sentence)).toEqual([expect.objectContaining({ part: 'target', kind, text })]);
  });
  test('"tepat sasaran" names no one', () => {
    expect(findTargets('Distribusi tepat sasaran adalah kunci keberhasilan.')).toEqual([]);
  });
});

describe('findResults', () => {
  test.each([
    ['Omzet kelompok naik dari Rp 20 juta menjadi Rp 170 juta per tahun.', 'Omzet kelompok', 170_000_000, 'rupiah per tahun'],
    ['Angka stunting di desa itu turun dari 24,5 persen menjadi 12,3 persen.', 'Angka stunting', 12.3, 'persen'],
    ['Pendapatan Asli Daerah dari parkir digital mencapai Rp 1,2 miliar.', 'Pendapatan Asli Daerah', 1_200_000_000, 'rupiah'],
    ['Jumlah pengunjung MPP tercatat 39.000 orang.', 'Jumlah pengunjung MPP', 39_000, 'orang'],
    // A year in brackets after the first value, the economy as the outcome.
    ['Pertumbuhan ekonomi kota meningkat dari 4,47 persen (2021) menjadi 5,40 persen (2022).', 'Pertumbuhan ekonomi kota', 5.4, 'persen'],
  ])('%s', (sentence, indicator, value, unit) => {
    expect(findResults(sentence)).toEqual([expect.objectContaining({ part: 'results', indicator, value, unit })]);
  });
  test('a number without a unit, or an indicator of no outcome, is nothing to store', () => {
    expect(findResults('Angka itu naik 2024.')).toEqual([]);
    expect(findResults('Anggaran program naik menjadi Rp 2 miliar.')).toEqual([]);
  });
  test('results and targets become profile items the schema accepts', () => {
    const [result] = findResults('Omzet kelompok naik menjadi Rp 45 juta per tahun.');
    const made = profileItem(result!, 'Jamban Sehat', 'src-a', '2024-09');
    expect(profileSchema.safeParse({ results: [made!.item] }).success).toBe(true);
    const [target] = findTargets('Sasaran program ini adalah keluarga miskin tanpa jamban.');
    expect(profileSchema.safeParse({ target: [profileItem(target!, 'Jamban Sehat', 'src-a', undefined)!.item] }).success).toBe(true);
  });
});

describe('findBudgets', () => {
  test.each([
    ['Setiap RT mendapat bantuan Rp 75 juta per RT.', 75_000_000, 'per RT'],
    ['Program ini dianggarkan Rp 1,5 miliar per tahun.', 1_500_000_000, 'per tahun'],
    ['Dana stimulan Rp75.000.000 disalurkan ke pokmas.', 75_000_000, 'total'],
  ])('%s', (sentence, amount, unit) => {
    expect(findBudgets(sentence)).toEqual([expect.objectContaining({ amount, unit })]);
  });

  test('year and funding source when printed', () => {
    expect(findBudgets('Kegiatan ini dianggarkan Rp 12,5 juta dari APBDes tahun anggaran 2024.')).toEqual([expect.objectContaining({ amount: 12_500_000, year: 2024, fundingSource: 'APBDes' })]);
  });

  test('revenue, profit and prices are results, not budgets; an amount without a budget word is none', () => {
    expect(findBudgets('Keuntungan pokmas dari bantuan itu mencapai Rp 20 juta.')).toEqual([]);
    expect(findBudgets('Omzet warung naik hingga Rp 3 juta per bulan.')).toEqual([]);
    expect(findBudgets('Harga tiketnya Rp 5.000 per orang.')).toEqual([]);
    expect(findBudgets('Ia membeli sepeda Rp 2 juta.')).toEqual([]);
  });
});

describe('findScale', () => {
  test('the reach, not the total it is part of', () => {
    expect(findScale('Program ini sudah berjalan di 60 RT dari 723 RT di Banjarbaru.').map((f) => `${f.value} ${f.unit}`)).toEqual(['60 RT']);
    expect(findScale('Sebanyak 110 penerima terdiri dari lansia dan penyandang disabilitas.').map((f) => `${f.value} ${f.unit}`)).toEqual(['110 penerima']);
    expect(findScale('Kini 1.250 KK telah menerima layanan ini.').map((f) => f.value)).toEqual([1250]);
  });

  test('a count without a word of reach, or a year, is none', () => {
    expect(findScale('Kota ini memiliki 723 RT.')).toEqual([]);
    expect(findScale('Tahun 2023 telah terbentuk tim baru.')).toEqual([]);
  });
});

describe('profileItem', () => {
  const schema = profileSchema;
  test('every item it makes passes the profile schema', () => {
    const items = [
      profileItem({ part: 'legalBasis', kind: 'perwali', number: '14', year: 2025, title: 'RT Berkelas' }, 'RT Berkelas', 'sumber-a', undefined),
      profileItem({ part: 'budget', amount: 50_000_000, unit: 'per RT', year: 2026, fundingSource: 'APBD' }, 'RT Berkelas', 'sumber-a', undefined),
      profileItem({ part: 'scale', value: 60, unit: 'RT' }, 'RT Mandiri', 'sumber-a', '2023-06'),
    ];
    for (const made of items) expect(schema.safeParse({ [made!.part]: [made!.item] }).success).toBe(true);
    expect(items[2]!.item).toMatchObject({ indicator: 'RT Mandiri', unit: 'RT', points: [{ date: '2023-06', value: 60 }] });
  });

  test('a reach figure without the day it held cannot be stored', () => {
    expect(profileItem({ part: 'scale', value: 60, unit: 'RT' }, 'RT Mandiri', 'sumber-a', undefined)).toBeUndefined();
  });
});

describe('profile facts through the importer', () => {
  let context: ImportContext;
  beforeAll(async () => {
    context = await loadImportContext('test/fixtures/content');
  });
  const article = (name: string) => readFileSync(join('test/fixtures/articles', name), 'utf8');

  test('each fact goes to the program, marked periksa and quoting its sentence', () => {
    const proposal = extractArticle({ text: article('profil-perwali-anggaran-per-rw.txt'), published: '2024-08-14' }, context);
    expect(proposal.profile.map((f) => f.program)).toEqual(['rukun-warga-tangguh', 'rukun-warga-tangguh', 'rukun-warga-tangguh', 'rukun-warga-tangguh']);
    expect(proposal.profile.map((f) => f.part)).toEqual(['legalBasis', 'budget', 'scale', 'results']);
    expect(proposal.profile.every((f) => !f.sure && f.quote.length > 0)).toBe(true);
  });

  test('a regulation printed twice is one fact, with the title the later printing gives', () => {
    const text = 'Judul\nMALANG, a.com – Program Rukun Tetangga (RT) Berkelas kini punya Perwali Nomor 14 Tahun 2025.\nPerwali Nomor 14 Tahun 2025 tentang Penyelenggaraan RT Berkelas mengatur usulan warga.';
    const legal = extractArticle({ text }, context).profile.filter((f) => f.part === 'legalBasis');
    expect(legal).toEqual([expect.objectContaining({ number: '14', title: 'Penyelenggaraan RT Berkelas', program: 'rukun-tetangga-berkelas' })]);
  });

  test('no program, no profile', () => {
    expect(extractArticle({ text: 'Judul\nKOTA, a.com – Perwali Nomor 3 Tahun 2024 mengatur bantuan Rp 10 juta per RT.' }, context).profile).toEqual([]);
  });

  test('--write adds the facts to the program’s profile with a periksa note, and the content checker accepts them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiru-profile-'));
    cpSync('test/fixtures/content', dir, { recursive: true });
    const proposal = extractArticle({ text: article('profil-sk-kades-apbdes.txt'), url: 'https://wartadesa.example/posyandu-remaja', publisher: 'wartadesa.example' }, context);
    writeProposal(proposal, context, dir, '2026-12-07');
    const program = readFileSync(join(dir, 'programs/posyandu-remaja-ceria.mdx'), 'utf8');
    expect(program).toMatch(/profile:\n {2}legalBasis:\n(?: {4}#.*\n)? {4}- kind: keputusan\n {6}number: "7"\n {6}year: 2024/);
    expect(program).toMatch(/budget:\n(?: {4}#.*\n)? {4}- amount: 12500000\n {6}unit: total\n {6}year: 2024\n {6}fundingSource: APBDes/);
    expect(program).toMatch(/# periksa: “Hingga kini sebanyak 6 posyandu/);
    expect((await checkContent(dir)).filter((problem) => problem.severity !== 'warning')).toEqual([]);
    // A second article with the same facts adds nothing twice.
    const again = extractArticle({ text: article('profil-sk-kades-apbdes.txt'), url: 'https://wartadesa.example/posyandu-remaja-2', publisher: 'wartadesa2.example' }, context);
    writeProposal({ ...again, event: { ...again.event, slug: `${again.event.slug}-2` } }, context, dir, '2026-12-07');
    expect(readFileSync(join(dir, 'programs/posyandu-remaja-ceria.mdx'), 'utf8').match(/- kind: keputusan/g)).toHaveLength(1);
  });
});
