import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadImportContext } from '../../../src/lib/import/context';
import { dateFromUrl, findEventDate } from '../../../src/lib/import/dates';
import { expectedItems, proposalItems, samePerson, scoreMarked, type ExpectedProposal } from '../../../src/lib/import/evaluate';
import { extractArticle } from '../../../src/lib/import/extract';
import type { ImportContext, ImportProposal } from '../../../src/lib/import/proposal';
import { findFigures, parseIndonesianNumber } from '../../../src/lib/import/figures';
import { findPrograms } from '../../../src/lib/import/programs';
import { findPeople } from '../../../src/lib/import/people';
import { articleFromHtml } from '../../../src/lib/import/html';
import { problemWithText } from '../../../src/lib/import/input-check';
import { cleanArticle, inProse, splitSentences } from '../../../src/lib/import/text';
import { publisherFromUrl } from '../../../src/lib/import/source-meta';

const ARTICLES = 'test/fixtures/articles';
let context: ImportContext;
beforeAll(async () => {
  context = await loadImportContext('test/fixtures/content');
});

const importFile = (file: string, published?: string, url?: string): ImportProposal => {
  const raw = readFileSync(join(ARTICLES, file), 'utf8');
  const page = file.endsWith('.html') ? articleFromHtml(raw) : undefined;
  return extractArticle({ text: page?.text ?? raw, title: page?.title, publisher: page?.publisher, url: url ?? page?.url, published: page?.published ?? published }, context);
};

describe('cleanArticle', () => {
  test('two or more list lines that end like no sentence are links to other stories; list items that end with a stop stay', () => {
    const clean = cleanArticle('Judul Berita Utama\nKOTA, a.com – Isi pertama.\n- Bupati Pati Resmikan Jembatan Baru\n- Harga Cabai di Pasar Naik Lagi\nIsi kedua selesai.\n- Desa A menata sampahnya.\n- Desa B membangun pasar.\n- Satu tautan saja');
    expect(clean.dropped).toEqual(['- Bupati Pati Resmikan Jembatan Baru', '- Harga Cabai di Pasar Naik Lagi']);
    expect(clean.paragraphs).toContain('- Desa A menata sampahnya.');
    expect(clean.paragraphs).toContain('- Satu tautan saja');
  });

  test('drops comment forms, related links, captions, reading time and reporter initials, and keeps the headline once', () => {
    const clean = cleanArticle('Judul Berita\n1 min read\nJudul Berita\nFoto bersama rombongan (humas/pemkab)\nKOTA, a.com – Isi pertama.\nBaca Juga : Berita lain\nIsi kedua selesai. (Yds/Rzk)\nTinggalkan Balasan\nPosting Komentar');
    expect(clean.headline).toBe('Judul Berita');
    expect(clean.paragraphs).toEqual(['KOTA, a.com – Isi pertama.', 'Isi kedua selesai.']);
    expect(clean.dropped).toEqual(expect.arrayContaining(['1 min read', 'Baca Juga : Berita lain', 'Tinggalkan Balasan', 'Posting Komentar', '(Yds/Rzk)']));
  });

  test('a related headline under a bare label ("Baca", "Simak:") is dropped; a sentence starting with "Baca" is kept', () => {
    const clean = cleanArticle('Judul Berita Utama\nKOTA, a.com – Isi pertama.\nBaca  Bupati Tinjau Jalan Rusak di Desa Lain\nSIMAK: Wali Kota Buka Festival\nBaca tulis Al-Quran diajarkan di tiap desa.');
    expect(clean.dropped).toEqual(expect.arrayContaining(['Baca Bupati Tinjau Jalan Rusak di Desa Lain', 'SIMAK: Wali Kota Buka Festival']));
    expect(clean.paragraphs).toEqual(['KOTA, a.com – Isi pertama.', 'Baca tulis Al-Quran diajarkan di tiap desa.']);
  });

  test('a section label above the headline is dropped; a short headline alone is kept', () => {
    expect(cleanArticle('Penajam Paser Utara\nBapelitbang Terima Kunjungan Tim Inovasi Kukar\nKOTA, a.com – Isi pertama.').headline).toBe('Bapelitbang Terima Kunjungan Tim Inovasi Kukar');
    expect(cleanArticle('Studi Tiru Jepara\nKOTA, a.com – Pemkab Jepara berkunjung ke Banjarbaru untuk belajar.').headline).toBe('Studi Tiru Jepara');
  });

  test('the page date stamp above the headline moves below it; a lone "foto" line is dropped', () => {
    const clean = cleanArticle('Minggu, 12 Juli 2020 | 06:15 WIB\nfoto\nPemkab Pringsewu Ikuti Rakor Inovasi Secara Daring\nPRINGSEWU | Pemkab Pringsewu mengikuti rakor inovasi, Senin (8/6/2020).');
    expect(clean.headline).toBe('Pemkab Pringsewu Ikuti Rakor Inovasi Secara Daring');
    expect(clean.paragraphs[0]).toBe('Minggu, 12 Juli 2020 | 06:15 WIB');
    expect(clean.dropped).toContain('foto');
  });

  test('a sentence a line break cut is joined again where the next line goes on in lower case', () => {
    const clean = cleanArticle('Kunjungan Bupati Sigi\nSIGI, a.com – Rombongan Pemkab Sigi tiba di Kota Malang dan langsung menuju\nbalai kota untuk berdiskusi, Senin (3/2).\nDiskusi berlangsung dua jam.');
    expect(clean.paragraphs[0]).toBe('SIGI, a.com – Rombongan Pemkab Sigi tiba di Kota Malang dan langsung menuju balai kota untuk berdiskusi, Senin (3/2).');
    expect(clean.paragraphs[1]).toBe('Diskusi berlangsung dua jam.');
  });

  test('a heading over other stories\' headlines goes with them, up to the report', () => {
    const clean = cleanArticle('Jambi Teken Kerja Sama Enam Provinsi\nJAMBI, a.com – Gubernur Jambi menandatangani kerja sama, Rabu (5/1/2022).\nBerita Terkait\n-\nPejabat di Setda Mengaku Terima Fee Rp80 Juta\n-\nDesain Istana Rampung\nBerita Terkait\nMEDAN, a.com – Rapat lanjutan digelar di Medan.');
    expect(clean.paragraphs).toEqual(['JAMBI, a.com – Gubernur Jambi menandatangani kerja sama, Rabu (5/1/2022).', 'MEDAN, a.com – Rapat lanjutan digelar di Medan.']);
    expect(clean.dropped).toContain('Pejabat di Setda Mengaku Terima Fee Rp80 Juta');
  });

  test('a byline or date stamp in lower case under a headline is no part of it', () => {
    const clean = cleanArticle('Pimpin Rakor Camat, Bupati Minta Camat Aktif di Wilayahnya\nhen | Senin, 19 Juli 2021 - 09:56 WIB\nGORONTALO (a.com) - Bupati memimpin rakor camat di Ruang Madani.');
    expect(clean.headline).toBe('Pimpin Rakor Camat, Bupati Minta Camat Aktif di Wilayahnya');
    expect(clean.paragraphs[0]).toBe('hen | Senin, 19 Juli 2021 - 09:56 WIB');
  });

  test('a text broken into a column throughout is read as its sentences, capitalised line starts included', () => {
    const column = [
      'Gubernur Kalimantan Utara membuka rapat koordinasi kepala',
      'daerah se-Kalimantan Utara tahun 2019 di Ruang Rapat Lantai',
      'Dua Kantor Gubernur Kalimantan Utara, Tanjung Selor, Selasa',
      '(5/3). Rapat membahas penyelarasan program pembangunan dan',
      'Sekretaris Daerah menyampaikan laporan pelaksanaan anggaran',
      'tahun lalu kepada para bupati dan wali kota yang hadir di sana',
      'bersama kepala perangkat daerah provinsi dan kabupaten.',
    ].join('\n');
    const clean = cleanArticle(column);
    expect(clean.paragraphs).toHaveLength(1);
    expect(clean.paragraphs[0]).toContain('di Ruang Rapat Lantai Dua Kantor Gubernur Kalimantan Utara, Tanjung Selor, Selasa (5/3).');
  });

  test('paragraphs of a page, each on its line, stay apart', () => {
    const page = 'Pemkot Pekalongan Pilih Kabupaten Sintang untuk Studi Banding Infrastruktur\nPenulis: Rina | Editor: Joko\nSINTANG - Rombongan Pemkot Pekalongan disambut jajaran Pemkab Sintang di ruang kerja Bupati Sintang pada Senin pagi\nBaca: Hujan Deras Landa Kabupaten Sanggau\nRombongan membawa 12 pejabat.';
    const clean = cleanArticle(page);
    expect(clean.headline).toBe('Pemkot Pekalongan Pilih Kabupaten Sintang untuk Studi Banding Infrastruktur');
    expect(clean.paragraphs).toEqual(['SINTANG - Rombongan Pemkot Pekalongan disambut jajaran Pemkab Sintang di ruang kerja Bupati Sintang pada Senin pagi', 'Rombongan membawa 12 pejabat.']);
  });

  test('a run of short lines closing the page (tags, sidebar links) is dropped, with the regions it names', () => {
    const text = 'Pemkab Pringsewu Gelar Rakor Inovasi\nPRINGSEWU – Pemerintah Kabupaten Pringsewu menggelar rapat koordinasi inovasi daerah, Selasa (10/1/2023).\nRapat diikuti seluruh camat.\nPemkab Pesawaran\nPemkab Mesuji\nBank Daerah\n1286';
    expect(cleanArticle(text).dropped).toEqual(['Pemkab Pesawaran', 'Pemkab Mesuji', 'Bank Daerah', '1286']);
    expect(extractArticle({ text }, context).regions.map((region) => region.name)).not.toEqual(expect.arrayContaining([expect.stringMatching(/Pesawaran|Mesuji/)]));
    // Two short closing lines are no list: an article may end on a short line.
    expect(cleanArticle('Judul Berita Utama\nKOTA – Isi pertama.\nSelesai\nTerima kasih').dropped).toEqual([]);
  });

  test('an abbreviation closing the article spells the name before it and is kept; initials are dropped', () => {
    expect(cleanArticle('Judul\nKOTA, a.com – Isi.\nAda juga inovasi Gerakan Mesti Sekolah (Gemes).').paragraphs.at(-1)).toBe('Ada juga inovasi Gerakan Mesti Sekolah (Gemes).');
    expect(cleanArticle('Judul\nKOTA, a.com – Isi.\nAcara ditutup doa bersama. (Gms)').paragraphs.at(-1)).toBe('Acara ditutup doa bersama.');
    expect(cleanArticle('Judul\nKOTA, a.com – Isi.\nMereka meniru Layanan Izin Kilat (Lazat).').paragraphs.at(-1)).toBe('Mereka meniru Layanan Izin Kilat (Lazat).');
    expect(cleanArticle('Judul\nKOTA, a.com – Isi.\nBegitu kata Budi (Deni).').paragraphs.at(-1)).toBe('Begitu kata Budi');
  });

  test('keeps names with initials and degrees inside one sentence', () => {
    const sentences = splitSentences('Hadir Wali Kota H. M. Aditya Mufti Ariffin dan Ir. Erwin Ibrahim, ST.,MM. Rapat dimulai.');
    expect(sentences.map((s) => s.text)).toEqual(['Hadir Wali Kota H. M. Aditya Mufti Ariffin dan Ir. Erwin Ibrahim, ST.,MM.', 'Rapat dimulai.']);
  });

  test('keeps a run of degrees in capitals inside one sentence', () => {
    const sentences = splitSentences('Bupati Sigi Hendra Lumoa, SE. MT. M.Si berkunjung ke Kota Palu. Ia disambut Wali Kota.');
    expect(sentences.map((s) => s.text)).toEqual(['Bupati Sigi Hendra Lumoa, SE. MT. M.Si berkunjung ke Kota Palu.', 'Ia disambut Wali Kota.']);
    // The last degree of a run may still end the sentence.
    expect(splitSentences('Hadir Rudi Santoso, SH. MM. Rapat dimulai.').map((s) => s.text)).toEqual(['Hadir Rudi Santoso, SH. MM.', 'Rapat dimulai.']);
  });
});

describe('findEventDate', () => {
  test('a dot inside a word ends no sentence: the day a speaker gave a release to "Kompas.com" is still to check', () => {
    const found = findEventDate('Rombongan belajar aplikasi layanan. "Kami tertarik," ujar Budi dalam siaran pers yang diterima Kompas.com, Kamis (9/5/2024).');
    expect(found).toMatchObject({ date: '2024-05-09', sure: false });
    expect(findEventDate('Rombongan Pemkab Blora tiba di Kantor Diskominfo, Kamis (9/5/2024).')).toMatchObject({ date: '2024-05-09', sure: true });
  });

  test('the day a speaker was quoted is to check, whichever verb of saying introduces it ("beber", "papar", "imbuh")', () => {
    expect(findEventDate('Rombongan belajar di Yogyakarta. "Kami belajar banyak," beber Samsun, Sabtu (21/1/2023).')).toMatchObject({ date: '2023-01-21', sure: false });
  });

  test('the day a delegation set off is not surely the day of its visit', () => {
    expect(findEventDate('Para kepala desa studi banding ke Desa Kutuh. Rombongan berangkat dari Subang hari Rabu, 31 Agustus 2022.')).toMatchObject({ date: '2022-08-31', sure: false });
  });

  test.each([
    ['Kamis (18/01/2024)', undefined, '2024-01-18', false],
    ['Senin (17/7/2023)', undefined, '2023-07-17', false],
    ['Rabu, 12 Juni 2024', undefined, '2024-06-12', false],
    ['pada Selasa 7 Mei 2024', undefined, '2024-05-07', false],
    ['Kamis (20/7)', '2023-07-21', '2023-07-20', true],
    // Without a publication date, the year is the latest in which 20 July fell on a Thursday.
    ['Kamis (20/7)', undefined, '2023-07-20', true],
    // A January article about late December belongs to the year before.
    ['Sabtu (30/12)', '2024-01-02', '2023-12-30', true],
  ])('%s (published %s) → %s', (text, published, date, inferred) => {
    const found = findEventDate(`Acara digelar ${text}.`, published, '2026-11-23');
    expect(found?.date).toBe(date);
    expect(found?.yearInferred).toBe(inferred);
  });

  test('a time of day before a bracketed date, "Tadi pagi dan siang (30/8)"', () => {
    expect(findEventDate('Tadi pagi dan siang (30/8), rombongan berkunjung.', '2019-08-31')?.date).toBe('2019-08-30');
  });

  test('a report of the same day ("tadi siang") is dated on its publication day, not on a later date of another occasion', () => {
    const found = findEventDate('Tadi siang Bupati meluncurkan aplikasi. Aplikasi itu dipamerkan kepada Gubernur yang Minggu (28/10) kemarin berkunjung.', '2018-10-30');
    expect(found).toMatchObject({ date: '2018-10-30', sure: false });
    // A date printed in the same sentence is the day itself; without a publication date nothing is assumed.
    expect(findEventDate('Hari ini, Senin (29/10), aplikasi diluncurkan.', '2018-10-30')?.date).toBe('2018-10-29');
    expect(findEventDate('Tadi siang aplikasi diluncurkan.')).toBeUndefined();
  });

  test('without a publication date, the latest year the article names bounds the year a weekday gives', () => {
    const found = findEventDate('Rapat digelar Senin (5/10). Semoga program ini maksimal di 2021 mendatang.', undefined, '2026-12-07');
    expect(found?.date).toBe('2020-10-05');
    expect(found?.warnings.join()).toContain('2021');
    expect(findEventDate('Rapat digelar Senin (5/10).', undefined, '2026-12-07')?.date).toBe('2026-10-05');
  });

  test('the day a regulation was signed is not the event’s', () => {
    const found = findEventDate('Tim dibentuk dengan Keputusan Bupati Badung Nomor 35/01/HK/2018, tanggal 15 Februari 2018, tentang tim kerja.', '2018-03-20');
    expect(found?.sure).toBe(false);
    expect(found?.warnings.join()).toContain('peristiwa lain');
    expect(findEventDate('Mengacu pada Peraturan Bupati Nomor 11 Tahun 2018 tanggal 20 Maret 2018.', '2018-04-02')?.sure).toBe(false);
  });

  test('a day the text calls past ("12 Maret 2024 lalu") yields to the day a speaker was quoted', () => {
    const found = findEventDate('PKS ini menindaklanjuti MoU pada 12 Maret 2024 lalu. "Kami siap," ujarnya pada Selasa (23/4/2024).', '2024-04-24');
    expect(found).toMatchObject({ date: '2024-04-23', sure: false });
  });

  test('a visit over several days written "6 sampai 8 Oktober 2021" starts on the first, before a later quote date', () => {
    expect(findEventDate('Kaji banding dilaksanakan 6 sampai 8 Oktober 2021. "Banyak masukan," kata Ketua, Senin (11/10/2021).')).toMatchObject({ date: '2021-10-06', sure: true });
    expect(findEventDate('Kunjungan berlangsung 3 hingga 5 Mei 2022.')?.date).toBe('2022-05-03');
  });

  test('"pada Kamis lalu" counts back from the publication day, else from the latest day printed in full', () => {
    expect(findEventDate('Rombongan menyambangi Balai Kota pada Kamis lalu.', '2019-03-04')).toMatchObject({ date: '2019-02-28', sure: false });
    expect(findEventDate('Rombongan datang pada Kamis lalu. "Kami senang," kata Bupati, Senin (4/3/2019).')?.date).toBe('2019-02-28');
    // A weekday with its date printed is no relative day.
    expect(findEventDate('Gubernur yang Minggu (28/10) kemarin berkunjung.', '2018-10-30')?.date).toBe('2018-10-28');
  });

  test('a quoted day is likelier the event’s than the page’s publication stamp', () => {
    expect(findEventDate('Senin 14 Okt 2019 09:12 WIB\nPara bupati berbagi pengalaman, kata Bupati, Minggu (13/10).')?.date).toBe('2019-10-13');
  });

  test('reports a weekday that disagrees with the date', () => {
    expect(findEventDate('Jumat (20/7)', '2023-07-21')?.warnings.join()).toContain('tidak cocok');
  });
});

test('findFigures flags a figure it had to correct: a decimal printed as a dot, an area printed in km', () => {
  const [area, people] = findFigures('Luas daerah Kabupaten Banyuasin ada 12.387.28km jumlah populasi penduduk 837.062 jiwa');
  expect(area).toMatchObject({ label: 'Luas wilayah', value: 12387.28, unit: 'km²', misprint: '12.387.28km' });
  expect(people).toMatchObject({ label: 'Jumlah penduduk', value: 837062, unit: 'jiwa', misprint: undefined });
  expect(findFigures('luasnya 118,5 km² dan 12.387,28 km2')).toEqual([
    expect.objectContaining({ value: 118.5, misprint: undefined }),
    expect.objectContaining({ value: 12387.28, misprint: undefined }),
  ]);
  expect(findFigures('jaraknya 45 km dari kota')[0]).toMatchObject({ unit: 'km²', misprint: '45 km' });
});

test('findFigures keeps an area restated in another unit once, as first printed', () => {
  expect(findFigures('luas wilayah 395,83 Km2 atau 39,583 Ha dengan jumlah penduduk 201.115 jiwa').map((f) => [f.value, f.unit])).toEqual([[395.83, 'km²'], [201115, 'jiwa']]);
});

test('a region figure read from one misprint is proposed as periksa, even when the sentence names the region', () => {
  const p = extractArticle({ text: 'Judul\nBANYUASIN, a.com – Bupati Banyuasin menyebut luas daerah Kabupaten Banyuasin ada 12.387,28 km dan penduduk 837.062 jiwa, Senin (17/7/2023).' }, context);
  expect(p.facts.map((f) => [f.label, f.value, f.sure])).toEqual([['Luas wilayah', 12387.28, false], ['Jumlah penduduk', 837062, true]]);
});

test('a figure that needs both its decimal mark and its unit corrected ("12.387.28km") is not proposed, and the reviewer is told', () => {
  const p = extractArticle({ text: 'Judul\nBANYUASIN, a.com – Bupati Banyuasin menyebut luas daerah Kabupaten Banyuasin ada 12.387.28km dan penduduk 837.062 jiwa, Senin (17/7/2023).' }, context);
  expect(p.facts.map((f) => [f.label, f.value, f.sure])).toEqual([['Jumlah penduduk', 837062, true]]);
  expect(p.warnings.join(' ')).toContain('12.387.28km');
});

test('parseIndonesianNumber reads thousands dots, decimal commas and a misprinted decimal dot', () => {
  expect([parseIndonesianNumber('837.062'), parseIndonesianNumber('12.387,28'), parseIndonesianNumber('12.387.28'), parseIndonesianNumber('118,5')]).toEqual([837062, 12387.28, 12387.28, 118.5]);
});

describe('extractArticle on articles written for the tests', () => {
  test('a studi banding: host after "ke", guest before, venue, people with degrees, a new program and a planned adoption', () => {
    const p = importFile('studi-banding-sleman-surabaya.txt');
    expect(p.event).toMatchObject({ kind: ['studi-tiru'], date: '2024-06-12', host: '35.78', guests: ['34.04'], venue: 'Ruang Sidang Balai Kota Surabaya', location: '35.78' });
    expect(p.event.people.map((x) => [x.role, x.name])).toEqual([
      ['Sekretaris Daerah Kabupaten Sleman', 'Budi Santosa, ST., MT'],
      ['Wakil Wali Kota Surabaya', 'Rina Wulandari'],
    ]);
    expect(p.programs.map((x) => [x.slug, x.inContent, x.origin])).toEqual([['bank-sampah-digital', false, '35.78']]);
    expect(p.adoptions.map((a) => [a.program, a.region, a.status])).toEqual([['bank-sampah-digital', '34.04', 'direncanakan']]);
    expect(p.source).toMatchObject({ publisher: 'contohwarta.com', slug: 'contohwarta-2024-06-12' });
    expect(p.text).not.toContain('Baca Juga');
  });

  test('a launch by an acting regent: "Penjabat (Pj)", a village settled by its kecamatan, two programs with an abbreviation', () => {
    const p = importFile('peluncuran-sukoharjo.txt');
    expect(p.event).toMatchObject({ kind: ['peluncuran'], date: '2024-05-07', host: '33.11', location: '33.11.10.2013', venue: 'Balai Desa Gentan' });
    expect(p.event.people[0]).toMatchObject({ role: 'Penjabat (Pj) Bupati Sukoharjo', name: 'Hadi Pranoto, S.Sos., M.Si', leaderRole: 'Penjabat (Pj) Bupati' });
    expect(p.programs.map((x) => [x.title, x.aliases])).toEqual([['Pojok Baca Desa', []], ['Layanan Antar Obat', ['LAO']]]);
    // Sukoharjo is a regency, several districts and many villages: the level words settle it.
    expect(p.regions.find((r) => r.name === 'Sukoharjo')?.level).toBe('kabupaten');
    expect(p.source.publisher).toBe('Media Contoh');
  });

  test('an agreement: kind kerja-sama, guests without "dari", the PKS number as evidence of an applied adoption', () => {
    const p = importFile('mou-gresik-sidoarjo.txt');
    expect(p.event.kind).toContain('kerja-sama');
    expect(p.event).toMatchObject({ host: '35.25', guests: ['35.15'], date: '2024-01-18' });
    expect(p.adoptions).toEqual([expect.objectContaining({ program: 'sanitasi-terpadu-berbasis-warga', region: '35.15', status: 'diterapkan', evidence: 'Perjanjian Kerja Sama Nomor 12/PKS/2024' })]);
    expect(p.event.people.map((x) => x.name)).not.toContain('Kamis');
  });

  test('a date without a year takes the publication year, is marked inferred, and a wrong weekday is reported; Yogyakarta words resolve', () => {
    const p = importFile('rakor-tanpa-tahun.txt', '2023-07-21');
    expect(p.event).toMatchObject({ date: '2023-07-20', dateInferred: true, kind: ['rakor'], location: '34.02.15.2004', venue: 'Aula Kalurahan Panggungharjo' });
    expect(p.warnings.join('\n')).toMatch(/tidak cocok[\s\S]*tanggal terbit/);
    expect(p.regions.map((r) => r.code).sort()).toEqual(['34.02', '34.02.15', '34.02.15.2004']);
  });

  test('a village name shared by several villages, with nothing to settle it, is reported and never guessed', () => {
    const p = importFile('desa-tanpa-konteks.txt');
    expect(p.regions).toEqual([]);
    expect(p.warnings.join('\n')).toContain('"Desa Sri Mulyo" cocok dengan');
    expect(p.event.people).toEqual([expect.objectContaining({ role: 'Kepala Desa Sri Mulyo', name: 'Joko Susilo' })]);
    expect(p.warnings.join('\n')).toContain('jenis kegiatan tidak ditemukan');
  });

  test('a region acting alone: a trial of a program learned from another region, and figures with units', () => {
    const p = importFile('uji-coba-bogor.txt');
    expect(p.programs.map((x) => [x.slug, x.origin])).toEqual([['antrean-puskesmas-daring', '35.73']]);
    expect(p.adoptions.map((a) => [a.program, a.region, a.status])).toEqual([['antrean-puskesmas-daring', '32.71', 'uji-coba']]);
    expect(p.facts.map((f) => [f.region, f.label, f.value, f.unit])).toEqual([
      ['32.71', 'Luas wilayah', 118.5, 'km²'],
      ['32.71', 'Jumlah penduduk', 1052359, 'jiwa'],
    ]);
  });

  test('a saved web page: Readability keeps the article and the page metadata gives title, publisher, URL and publication day', () => {
    const p = importFile('halaman-tersimpan.html');
    expect(p.source).toMatchObject({ title: 'Kabupaten Kendal Studi Tiru Mal Pelayanan Publik ke Kota Malang', publisher: 'Contoh Portal Berita', url: 'https://contohportal.example/berita/kendal-studi-tiru-malang', published: '2024-03-15' });
    expect(p.text).not.toMatch(/IKLAN|Berita Terkait|Harga cabai|Beranda|Kirim/);
    expect(p.event).toMatchObject({ date: '2024-03-14', host: '35.73', guests: ['33.24'], venue: 'Ruang Rapat Balai Kota Malang' });
    expect(p.adoptions.map((a) => [a.program, a.region, a.status])).toEqual([['mal-pelayanan-publik-terpadu', '33.24', 'direncanakan']]);
  });

  test('known programs match whatever the spacing, case and hyphens, and never become new candidates', () => {
    const p = extractArticle({ text: 'BANJARBARU, a.com – Pemerintah Kota Banjarbaru menerima kunjungan dari Pemerintah Kabupaten Jepara dalam rangka studi tiru terkait HOME-CARE dan rt  mandiri, Senin (06/02/2023).' }, context);
    expect(p.programs.map((x) => [x.slug, x.inContent])).toEqual([['homecare', true], ['rt-mandiri', true]]);
    expect(p.adoptions.map((a) => [a.program, a.status])).toEqual([['homecare', 'dipelajari'], ['rt-mandiri', 'dipelajari']]);
  });
});

describe('writeProposal', () => {
  test('writes source, article text, event, new regions with their parents and a program stub that pass the content checker', async () => {
    const { cpSync, mkdtempSync, readFileSync: read } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { writeProposal } = await import('../../../src/lib/import/write');
    const { checkContent } = await import('../../../src/lib/check/check-content');
    const dir = mkdtempSync(join(tmpdir(), 'tiru-import-'));
    cpSync('test/fixtures/content', dir, { recursive: true });
    const written = writeProposal(importFile('studi-banding-sleman-surabaya.txt'), context, dir);
    expect(written.created).toEqual(
      expect.arrayContaining([
        'sources/contohwarta-2024-06-12.yaml',
        'sources/articles/contohwarta-2024-06-12.txt',
        'events/2024-06-12-studi-tiru-kabupaten-sleman-ke-kota-surabaya.mdx',
        'regions/provinsi-daerah-istimewa-yogyakarta.yaml',
        'regions/kabupaten-sleman.yaml',
        'regions/kota-surabaya.yaml',
        'programs/bank-sampah-digital.mdx',
      ]),
    );
    expect(read(join(dir, 'programs/bank-sampah-digital.mdx'), 'utf8')).toMatch(/adoptions:\n {2}- region: kabupaten-sleman\n {4}status: direncanakan/);
    // What the importer was not sure of carries a note quoting its sentence, on the field itself.
    expect(read(join(dir, 'programs/bank-sampah-digital.mdx'), 'utf8')).toMatch(/# periksa: “ringkasan ini kutipan artikel/);
    const errors = (await checkContent(dir)).filter((problem) => problem.severity !== 'warning');
    expect(errors).toEqual([]);
    // Never overwrites: the same article a second time stops before touching anything.
    expect(() => writeProposal(importFile('studi-banding-sleman-surabaya.txt'), context, dir)).toThrow(/sudah ada/);
  });

  test('cites a report with an address by its address and stores none of its text', async () => {
    const { cpSync, existsSync, mkdtempSync, readFileSync: read } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { writeProposal } = await import('../../../src/lib/import/write');
    const { checkContent } = await import('../../../src/lib/check/check-content');
    const dir = mkdtempSync(join(tmpdir(), 'tiru-import-'));
    cpSync('test/fixtures/content', dir, { recursive: true });
    const raw = readFileSync(join(ARTICLES, 'studi-banding-sleman-surabaya.txt'), 'utf8');
    const proposal = extractArticle({ text: raw, url: 'https://contohwarta.example/berita/studi-banding', publisher: 'contohwarta.example', published: '2024-06-13' }, context);
    const written = writeProposal(proposal, context, dir, '2026-12-07');
    const sourceFile = written.created.find((path) => path.startsWith('sources/'))!;
    expect(written.created.some((path) => path.startsWith('sources/articles/'))).toBe(false);
    const source = read(join(dir, sourceFile), 'utf8');
    expect(source).toContain('url: https://contohwarta.example/berita/studi-banding');
    expect(source).toContain('published: 2024-06-13');
    expect(source).toContain('accessed: 2026-12-07');
    expect(source).not.toMatch(/^file:/m);
    expect(existsSync(join(dir, 'sources/articles', sourceFile.replace(/^sources\/|\.yaml$/g, '') + '.txt'))).toBe(false);
    expect(read(join(dir, written.created.find((path) => path.startsWith('events/'))!), 'utf8')).toContain('https://contohwarta.example/berita/studi-banding');
    expect((await checkContent(dir)).filter((problem) => problem.severity !== 'warning')).toEqual([]);
  });
});

describe('extractArticle on more phrasings', () => {
  test('"menerima rombongan … dari", a Plt. office, a hyphenated kelurahan that the registry spells with a space', () => {
    const p = importFile('kunker-plt-kelurahan.txt');
    expect(p.event).toMatchObject({ kind: ['studi-tiru'], date: '2024-06-12', host: '74.71', guests: ['74.02'], venue: 'Aula Kantor Kelurahan Lepo-Lepo' });
    expect(p.regions.find((r) => r.code === p.event.location)).toMatchObject({ level: 'kelurahan', name: 'Lepo Lepo' });
    expect(p.event.people.map((x) => [x.role, x.name])).toEqual([
      ['Plt. Kepala Dinas Kependudukan Kabupaten Konawe', 'Yusuf Rahman, S.Kom'],
      ['Lurah Lepo-Lepo', 'Nurhayati'],
    ]);
    expect(p.adoptions.map((a) => [a.program, a.region, a.status])).toEqual([['layanan-adminduk-keliling', '74.02', 'dipelajari']]);
  });

  test('Pemkot/Pemkab, a quoted innovation and a visit to learn that never says "studi tiru"', () => {
    const p = importFile('inovasi-pemkot-mempelajari.txt');
    expect(p.event).toMatchObject({ kind: ['studi-tiru'], host: '33.74', guests: ['33.02'], date: '2024-03-07' });
    expect(p.programs.map((x) => [x.slug, x.origin])).toEqual([['sekolah-sungai', '33.74']]);
    expect(p.adoptions.map((a) => [a.program, a.region, a.status])).toEqual([['sekolah-sungai', '33.02', 'dipelajari']]);
  });

  test('a "Turut hadir" list and figures about the district the sentence names', () => {
    const p = importFile('rakor-turut-hadir.txt');
    expect(p.event.people.map((x) => [x.role, x.name])).toEqual([
      ['Bupati Boyolali', 'Slamet Riyadi'],
      ['Wakil Bupati Boyolali', 'Wahyu Irawan'],
      ['Camat Cepogo', 'Endang Sulastri, S.Sos'],
      ['Kepala Desa Gedangan', 'Tarmuji'],
    ]);
    expect(p.facts.map((f) => [f.region, f.value, f.unit])).toEqual([
      ['33.09.03', 15, 'desa'],
      ['33.09.03', 55872, 'jiwa'],
    ]);
  });
});

describe('regions joined in one phrase', () => {
  test('a city, then the wider area it lies in after a comma, is one host ("ke Kota Batu, Malang, Jawa Timur")', () => {
    const text = 'Pemkab Luwu Timur Belajar ke Batu\nLUWU TIMUR – Bupati Luwu Timur bersama rombongan melakukan kunjungan kerja ke Kota Batu, Malang, Jawa Timur, Senin (4/3/2024).\nRombongan diterima Wali Kota Batu di Balai Kota Among Tani.';
    const p = extractArticle({ text }, context);
    expect(p.event).toMatchObject({ host: '35.79', guests: ['73.24'] });
    expect(p.event.evidence['host']?.sure).toBe(true);
    expect(p.warnings.some((w) => w.includes('Malang'))).toBe(false);
  });
});

describe('an earlier visit told beside this one', () => {
  test('a past mark right before a visit word makes it another visit; one before another deed does not', () => {
    const earlier = 'Pemkot Madiun Balas Kunjungan ke Blora\nMenindaklanjuti undangan Pemerintah Kabupaten Blora yang bulan lalu telah melakukan studi tiru di Kota Madiun, pada Senin (5/2/2024) telah diterima secara resmi rombongan kunjungan kerja Pemerintah Kota Madiun.\nDalam kunjungan tersebut, Pemerintah Kota Madiun diterima oleh Bupati Blora.';
    const p = extractArticle({ text: earlier }, context);
    expect(p.event).toMatchObject({ host: '33.16', guests: ['35.77'] });
    expect(p.event.evidence['host']?.sure).toBe(false);
    const other = 'Pemkab Blora Studi Tiru ke Kota Madiun\nBLORA – Pemerintah Kabupaten Blora yang sebelumnya pernah meraih Adipura melakukan studi tiru ke Kota Madiun, Senin (5/2/2024).\nRombongan diterima Wali Kota Madiun di Balai Kota Madiun.';
    const q = extractArticle({ text: other }, context);
    expect(q.event).toMatchObject({ host: '35.77', guests: ['33.16'] });
    expect(q.event.evidence['host']?.sure).toBe(true);
  });
});

describe('a visit named as a noun', () => {
  test('names its visitors after it when it opens the sentence, not when it is only awaited', () => {
    const opening = 'Sigi Belajar ke Boyolali\nKunjungan kerja Pemerintah Kabupaten Sigi ke Kabupaten Boyolali diterima Wakil Bupati Boyolali, Selasa (8/2/2022).';
    expect(extractArticle({ text: opening }, context).event).toMatchObject({ host: '33.09', guests: ['72.10'] });
    const awaited = 'Lombok Tengah Studi Tiru ke Malang\nPemerintah Kabupaten Lombok Tengah melakukan studi tiru ke Kota Malang, Rabu (24/1/2024).\n"Kami menunggu kunjungan balasan jajaran Pemkot Malang ke Lombok Tengah," kata Wakil Bupati Lombok Tengah.';
    const p = extractArticle({ text: awaited }, context);
    expect(p.event).toMatchObject({ host: '35.73', guests: ['52.02'] });
    expect(p.event.evidence['host']?.sure).toBe(true);
  });

  test('names them after "dari", but not after visits in the plural or of before', () => {
    const seen = 'Pariaman Jadi Tempat Belajar\nHal ini terlihat dari kunjungan kerja pejabat Kabupaten Sigi ke Kota Pariaman, Rabu (8/3/2023).';
    expect(extractArticle({ text: seen }, context).event).toMatchObject({ host: '13.77', guests: ['72.10'] });
    const recalled = 'Sigi Belajar ke Pariaman\nPemerintah Kabupaten Sigi melakukan studi tiru pelayanan perizinan di Kecamatan Pariaman Tengah, Kota Pariaman, Rabu (8/3/2023).\n"Ini lanjutan dari kunjungan-kunjungan sebelumnya yang dilakukan oleh Pemkab Boyolali ke Pemkot Pariaman," kata Camat Pariaman Tengah.';
    expect(extractArticle({ text: recalled }, context).event.guests).not.toContain('33.09');
  });
});

describe('more forms', () => {
  test('a police or military rank before a name belongs to the name, not the office', async () => {
    const { findPeople } = await import('../../../src/lib/import/people');
    const people = findPeople('Hadir Kapolres Banyuasin AKBP Ruri Prastowo dan Dandim 0430 Banyuasin Letkol Inf Agus Salim, S.IP.', [{ text: 'Banyuasin' }]);
    expect(people.map((p) => [p.role, p.name])).toEqual([
      ['Kapolres Banyuasin', 'AKBP Ruri Prastowo'],
      ['Dandim 0430 Banyuasin', 'Letkol Inf Agus Salim, S.IP'],
    ]);
  });

  test('"kemarin" with no day printed is the day before publication, to check; a printed day wins', () => {
    expect(findEventDate('Rombongan menimba ilmu di PKK Kota Denpasar, kemarin.', '2018-11-06')).toMatchObject({ date: '2018-11-05', sure: false });
    expect(findEventDate('Studi banding yang berlangsung pada hari Sabtu (06/07/2024) kemarin.', '2024-07-08')?.date).toBe('2024-07-06');
  });

  test('a bare day and month closing a sentence after a comma, to check; not a fraction inside one', () => {
    expect(findEventDate('Rombongan disambut Bupati di rumah dinasnya, 12/07.', '2024-07-13')).toMatchObject({ date: '2024-07-12', sure: false });
    expect(findEventDate('Menurut data, 3/4 peserta hadir tepat waktu.', '2024-07-13')).toBeUndefined();
  });

  test('a numeric date after "tanggal"', () => {
    expect(findEventDate('Kegiatan digelar pada tanggal 05-03-2024 di aula.')?.date).toBe('2024-03-05');
  });
});

describe('fixture articles against their expected proposals', () => {
  const fixtures = readdirSync(ARTICLES).filter((f) => f.endsWith('.expected.json')).sort();

  test.each(fixtures)('%s', (file) => {
    const expected = JSON.parse(readFileSync(join(ARTICLES, file), 'utf8')) as ExpectedProposal;
    const base = file.replace(/\.expected\.json$/, '');
    const article = readdirSync(ARTICLES).find((f) => f === `${base}.txt` || f === `${base}.html`)!;
    const proposed = proposalItems(importFile(article, expected.published, expected.url));
    const gold = expectedItems(expected);
    for (const field of Object.keys(gold)) {
      const score = scoreMarked(proposed[field] ?? [], gold[field]!, field === 'people' ? samePerson : undefined);
      expect({ field, missed: score.missed, wrong: score.wrong }).toEqual({ field, missed: [], wrong: [] });
    }
  });
});

describe('what a reviewer must check', () => {
  test('a government the registry lacks is named in a warning and kept as an unsure guest with its adoption', () => {
    const p = importFile('wilayah-tak-dikenal.txt');
    expect(p.warnings.join('\n')).toContain('"Kabupaten Antah Berantah" tidak ada di registri');
    expect(p.event.unknownParties).toEqual([expect.objectContaining({ role: 'guest', name: 'Kabupaten Antah Berantah' })]);
    expect(p.adoptions).toEqual([expect.objectContaining({ region: 'Kabupaten Antah Berantah', unknownRegion: true, sure: false })]);
  });

  test('a dateline word that is no known place is proposed as publisher but never sure; a bracketed one is', () => {
    const plain = extractArticle({ text: 'TENGGARONGX – Pemerintah Kabupaten Kutai Kartanegara menggelar rapat koordinasi, Senin (3/6/2024), di Aula Kantor Bupati.' }, context);
    expect(plain.source.publisher).toBe('Tenggarongx');
    expect(plain.source.evidence['publisher']?.sure).toBe(false);
    const bracketed = extractArticle({ text: 'Metro, (Wartacontoh) – Pemerintah Kota Metro menggelar rapat koordinasi, Senin (3/6/2024), di Aula Kantor Wali Kota.' }, context);
    expect(bracketed.source).toMatchObject({ publisher: 'Wartacontoh', evidence: { publisher: { sure: true } } });
  });

  test('two kinds in one lead (a visit and a signing) leave the kind to check: an event almost always has one', () => {
    const both = extractArticle({ text: 'Metro, (Wartacontoh) – Pemerintah Kabupaten Pringsewu melakukan studi tiru ke Kota Metro sekaligus menandatangani MoU, Senin (3/6/2024).' }, context);
    expect([...both.event.kind].sort()).toEqual(['kerja-sama', 'studi-tiru']);
    expect(both.event.evidence['kind']?.sure).toBe(false);
    const one = extractArticle({ text: 'Metro, (Wartacontoh) – Pemerintah Kabupaten Pringsewu melakukan studi tiru ke Kota Metro, Senin (3/6/2024).' }, context);
    expect(one.event).toMatchObject({ kind: ['studi-tiru'], evidence: { kind: { sure: true } } });
  });

  test('people named on a line that ends like no sentence (a related headline, a caption, a cut line) are to check', () => {
    const body = 'Metro, (Wartacontoh) – Wakil Wali Kota Metro Ratna Puspita menerima kunjungan Pemerintah Kabupaten Pringsewu, Senin (3/6/2024).';
    const p = extractArticle({ text: `${body}\nBupati Pringsewu Damar Wulan Tinjau Pasar Baru\nRombongan dipimpin Sekretaris Daerah Pringsewu Bima Sakti.` }, context);
    const sureOf = (name: string) => p.event.people.find((person) => person.name === name)?.sure;
    expect(sureOf('Ratna Puspita')).toBe(true);
    expect(sureOf('Bima Sakti')).toBe(true);
    expect(sureOf('Damar Wulan')).toBe(false);
  });

  test('inProse: a line ending like a sentence, a quotation or a bracket is prose; a headline or a cut line is not', () => {
    const text = 'Judul Tanpa Titik\nKalimat selesai.\n"Kutipan selesai,” kata Budi.\nKalimat terpotong di';
    expect(inProse(text, 3)).toBe(false);
    expect(inProse(text, text.indexOf('selesai.'))).toBe(true);
    expect(inProse(text, text.indexOf('Budi'))).toBe(true);
    expect(inProse(text, text.indexOf('terpotong'))).toBe(false);
  });

  test('the date of an earlier award is not the event date; a misprinted year follows the weekday and the publication day', () => {
    const award = extractArticle({ text: 'Kota Metro pernah meraih penghargaan pada Senin (4/3/2024). Pemkab Lampung Tengah melakukan studi tiru ke Kota Metro, Kamis (28/11/2024).' }, context);
    expect(award.event.date).toBe('2024-11-28');
    const misprinted = findEventDate('Kunjungan digelar Senin (21/10/2023).', '2024-10-22');
    expect(misprinted).toMatchObject({ date: '2024-10-21', sure: false });
    expect(misprinted?.warnings.join()).toContain('diambil 2024');
    // The publication's own year, on a day before it: the weekday is the likelier misprint, and the year stays.
    const wrongWeekday = findEventDate('Kunjungan digelar Senin (10/6/2025).', '2025-06-13');
    expect(wrongWeekday).toMatchObject({ date: '2025-06-10', sure: false });
    expect(wrongWeekday?.warnings.join()).toContain('tidak cocok');
  });
});

describe('problemWithText', () => {
  test.each([
    ['random bytes', String.fromCharCode(...Array.from({ length: 400 }, (_, i) => (i * 7919) % 256)), /bukan teks/],
    ['English', readFileSync(join(ARTICLES, 'english.txt'), 'utf8'), /bukan teks berbahasa Indonesia/],
    ['an empty file', '  \n', /kosong/],
  ])('%s is refused', (_, text, message) => {
    expect(problemWithText(text)).toMatch(message);
  });

  test('an Indonesian article passes', () => {
    expect(problemWithText(readFileSync(join(ARTICLES, 'studi-banding-sleman-surabaya.txt'), 'utf8'))).toBeUndefined();
  });

  test('so does a one-sentence report whose only function word is "guna"', () => {
    expect(problemWithText('Kendari – Sebanyak 30 pejabat Pemkab Kolaka menyambangi Pemkot Kendari guna mempelajari perizinan daring.')).toBeUndefined();
  });
});

describe('findPeople on the forms news prints', () => {
  test('"Nama, Jabatan" order, Hi. and TGH, office words never a name, no name across a line break', async () => {
    const { findPeople } = await import('../../../src/lib/import/people');
    const places = [{ text: 'Glagah' }, { text: 'Lampung Tengah' }, { text: 'Mataram' }];
    const people = findPeople(
      'Rombongan diterima Hj. Ani Suryani, Camat Glagah. Sekretaris Daerah Lampung Tengah, Hi. Darmawan Saputra, hadir. Kepala Dinas: Pemberdayaan Masyarakat dan Desa. Wakil Wali Kota Mataram, TGH Lalu Hamzan, menyambut. Hadir pula Camat Glagah\nRapat dimulai.',
      places,
    );
    expect(people.map((p) => [p.role, p.name])).toEqual([
      ['Camat Glagah', 'Hj. Ani Suryani'],
      ['Sekretaris Daerah Lampung Tengah', 'Hi. Darmawan Saputra'],
      ['Wakil Wali Kota Mataram', 'TGH Lalu Hamzan'],
    ]);
  });
});

describe('what a page address tells', () => {
  test.each([
    ['https://beritacontoh.id/2019/05/17/judul', '2019-05-17'],
    ['https://beritacontoh.id/2023/06/judul', '2023-06-30'],
    ['https://beritacontoh.id/berita/20210618/judul', '2021-06-18'],
    ['https://beritacontoh.id/berita/judul-2019', undefined],
    ['https://beritacontoh.id/2031/01/01/judul', undefined],
  ])('%s → published %s', (url, date) => {
    expect(dateFromUrl(url, '2026-12-07')).toBe(date);
  });

  test('a short date takes its year from the address, not from the weekday, and stays periksa', () => {
    const found = findEventDate('Rombongan tiba Rabu (17/5) di balai kota.', undefined, '2026-12-07', 'https://beritacontoh.id/2017/05/18/judul');
    expect(found).toMatchObject({ date: '2017-05-17', yearInferred: true, sure: false });
  });

  test('a publication stamp with a clock time is not the event day', () => {
    const found = findEventDate('Selasa, 24 Agustus 2021 | 09:12 WIB\nRapat digelar Senin (23/8/2021) di aula.');
    expect(found?.date).toBe('2021-08-23');
  });

  test.each([
    ['https://humas.paserkab.go.id/berita/1', 'paserkab.go.id'],
    ['https://www.radarcontoh.co.id/a', 'radarcontoh.co.id'],
    ['https://kabar.beritacontoh.com/a', 'beritacontoh.com'],
    ['http://127.0.0.1:8080/a', undefined],
  ])('publisher of %s is %s', (url, publisher) => {
    expect(publisherFromUrl(url)).toBe(publisher);
  });
});

describe('regions a report only counts or mentions', () => {
  test('"seluruh desa" and "empat kabupaten" name no region, and no unknown one', () => {
    const p = extractArticle({ text: 'Empat Kabupaten Belajar ke Banyuwangi\nBANYUWANGI – Seluruh desa Banyuwangi kini memakai anggaran elektronik, kata Bupati Banyuwangi Rina Kartika, Rabu (27/2/2019).' }, context);
    expect(p.regions.map((r) => r.code)).toEqual(['35.10']);
    expect(p.warnings.join(' ')).not.toContain('tidak ada di registri');
  });
});

describe('figures as printed', () => {
  test('"sekitar" stays in the label and the figure is periksa', () => {
    const [figure] = findFigures('Kabupaten itu memiliki sekitar 135 desa.');
    expect(figure).toMatchObject({ value: 135, unit: 'desa', label: 'Jumlah desa (sekitar)', approximate: 'sekitar', sure: false });
  });
  test('a range is no total', () => {
    expect(findFigures('Setiap puskesmas melayani 10 hingga 12 desa.')).toEqual([]);
  });
});

describe('program names as news prints them', () => {
  const titles = (text: string) => findPrograms(text, 0, [], new Set()).map((p) => [p.title, ...p.aliases].join(' | '));
  test('an abbreviation inside the name ("Rukun Tetangga (RT) Mandiri") gives the whole name and its short form', () => {
    expect(titles('Mereka mempelajari program Rukun Tetangga (RT) Mandiri di sana.')).toEqual(['Rukun Tetangga Mandiri | RT Mandiri']);
  });
  test('a number that the next word measures is no part of the name', () => {
    expect(titles('Ia menjelaskan program Kampung Hijau 100 persen dibiayai daerah.')).toEqual(['Kampung Hijau']);
  });
  test('a short form offered with "atau" after the name is its alias, when its letters come from the name', () => {
    expect(titles('Pemkot meluncurkan Sistem Informasi Pelaporan Inovasi atau SIPINO, Jumat.')).toEqual(['Sistem Informasi Pelaporan Inovasi | SIPINO']);
    expect(titles('Pemkot meluncurkan Gerakan Ayo Membaca atau Budi, Jumat.')).toEqual(['Gerakan Ayo Membaca']);
  });
  test('a program named after a head\'s office is one when its short form spells the whole name', () => {
    expect(titles('Program berikutnya adalah Wali Kota Jumpa Rakyat (WAJAR).')).toEqual(['Wali Kota Jumpa Rakyat | WAJAR']);
    expect(titles('Hadir pula Wali Kota Ambon (WK) bersama rombongan.')).toEqual([]);
  });
  test('in a list that names the kind before each item, "dan" inside an item is part of its name', () => {
    expect(titles('Pemkot meluncurkan aplikasi Hibah dan Bansos, Aplikasi Barang Milik Daerah dan Aplikasi Manajemen Jalan dan Jembatan.')).toEqual(['Hibah dan Bansos', 'Barang Milik Daerah', 'Manajemen Jalan dan Jembatan']);
    expect(titles('Inovasi itu antara lain Kampung Hijau dan Sapa Warga.')).toEqual(['Kampung Hijau', 'Sapa Warga']);
  });
  test('a civil servant\'s job title ("Analis Program …") introduces no program', () => {
    expect(titles('Hadir Analis Program Pembangunan Bidang Litbang Bappeda, Yuliana.')).toEqual([]);
  });
  test('generic fields, software and a name the excerpt stops on are no programs', () => {
    expect(titles('Pemetaan memakai aplikasi Agisoft Photoscan. Mereka juga mempelajari Pemberdayaan Masyarakat. Pemkot meluncurkan inovasi Gerakan Keluarga ')).toEqual([]);
  });
});

describe('people as regional news names them', () => {
  const people = (text: string) => findPeople(text, []).map((p) => `${p.name}|${p.role}`);
  test('a customary title inside a name ("Dt.") does not cut it', () => {
    expect(people('Hadir Sekretaris Bappeda Amriul Dt. Marajo.')).toEqual(['Amriul Dt. Marajo|Sekretaris Bappeda']);
  });
  test('a level word or a truncated office is no name', () => {
    expect(people('Hal itu disampaikan Kepala DPMPTSP Kota')).toEqual([]);
  });
  test('a weekday with an apostrophe is no name', () => {
    expect(people('Acara dibuka Bupati Jum’at pagi.')).toEqual([]);
  });
});

describe('people and the region they lead', () => {
  test('an office without its region is not put under the host when guests came, and a misspelt regency is no name', () => {
    const p = extractArticle({
      text: 'Paser Belajar MPP ke Badung\nMANGUPURA – Pemerintah Kabupaten Paser melakukan studi tiru ke Kabupaten Badung, Rabu (29/5/2024). "Kami ingin menerapkan layanan serupa," terang Bupati Fahmi. Walikota Bukittingi juga pernah datang.',
    }, context);
    expect(p.event.host).toBe('51.03');
    expect(p.event.people.map((x) => [x.name, x.region, x.leaderRole])).toEqual([['Fahmi', undefined, undefined]]);
  });
});

test('"HM" before a name is a title', () => {
  expect(findPeople('Rakor dipimpin Wali Kota Banjarbaru HM Aditya Pratama.', [{ text: 'Banjarbaru' }]).map((p) => `${p.name}|${p.role}`)).toEqual(['HM Aditya Pratama|Wali Kota Banjarbaru']);
});

describe('event days printed as a range or in brackets after a place', () => {
  test.each([
    ['Kunjungan berlangsung 21- 23 Januari 2019 di Mataram.', '2019-01-21'],
    ['Rombongan berada di sana pada 28–30 Januari 2026.', '2026-01-28'],
    ['SEMBAWA(22-6-2023) – Rapat koordinasi digelar di aula kecamatan.', '2023-06-22'],
  ])('%s → %s', (text, date) => {
    expect(findEventDate(text, undefined, '2026-12-07')?.date).toBe(date);
  });
});

test('after a local office, an area name is its place, not its holder', () => {
  const p = extractArticle({ text: 'Rakor Kecamatan Banyuasin III\nPANGKALAN BALAI – Rapat koordinasi dihadiri Kapolsek Pangkalan Balai dan Camat Banyuasin III Meri Hasanah, Kamis (22/6/2023).' }, context);
  expect(p.event.people.map((x) => x.name)).not.toContain('Pangkalan Balai');
});

describe('a venue where the visitors spoke afterwards', () => {
  test('with no host, a venue in the visitors’ own regency gives a location to check, not a sure one', () => {
    const text = 'Kepala Kampung Mappi Belajar ke Jawa Tengah\nSebanyak 20 kepala kampung di Kabupaten Mappi, Provinsi Papua Selatan melakukan studi tiru ke sejumlah desa di Provinsi Jawa Tengah.\n"Banyak yang bisa kami terapkan di kampung," ujar Kepala Kampung Yodom Petrus Kaize saat ditemui di Kantor Bupati Mappi, Kamis (20/6/2024).';
    const p = extractArticle({ text }, context);
    expect(p.event.guests).toEqual(['93.03']);
    expect(p.event.evidence['location']?.sure).not.toBe(true);
    const hosted = 'Mappi Belajar ke Boyolali\nPemerintah Kabupaten Mappi melakukan studi tiru ke Kabupaten Boyolali, Kamis (20/6/2024).\nRombongan diterima Bupati Boyolali di Kantor Bupati Boyolali.';
    const q = extractArticle({ text: hosted }, context);
    expect(q.event).toMatchObject({ host: '33.09', location: '33.09' });
    expect(q.event.evidence['location']?.sure).toBe(true);
  });
});

test('"benchmark ke X", short of "benchmarking", is a visit to X by its subject', () => {
  const text = 'Pejabat Sikka Belajar ke Kulon Progo\nKULON PROGO – Kabupaten Sikka, Provinsi Nusa Tenggara Timur membawa 30 peserta pelatihan kepemimpinannya untuk benchmark ke Kabupaten Kulon Progo, Selasa (14/5/2024).';
  expect(extractArticle({ text }, context).event).toMatchObject({ host: '34.01', guests: ['53.07'] });
});

test('a list of where the visitors come from may drop its subject and go on in the next sentence ("Berasal dari …. Ada dari …")', () => {
  const text = 'Peserta Pelatihan Belajar ke Balikpapan\nBALIKPAPAN – Wali Kota Balikpapan menyambut peserta studi lapangan pelatihan kepemimpinan di Balai Kota Balikpapan, Senin (2/9/2024).\nPeserta berjumlah 30 orang. Berasal dari tiga pemerintah daerah. Ada dari Kabupaten Bone dan Kota Parepare.';
  expect(extractArticle({ text }, context).event).toMatchObject({ host: '64.71', guests: ['73.08', '73.72'] });
});

test('a name after ", dan" shares the level word of the name before it ("Pemerintah Kota Bitung, dan Tomohon")', () => {
  const text = 'Dua Kota Belajar ke Gorontalo\nGORONTALO – Pemerintah Kota Gorontalo menerima kunjungan kerja Pemerintah Kota Bitung, dan Tomohon, Kamis (5/9/2024).';
  expect(extractArticle({ text }, context).event).toMatchObject({ host: '75.71', guests: ['71.72', '71.73'] });
});

test('a host named again after "yang menerima rombongan" is no guest, and so does not unsettle the visit', () => {
  const text = 'Pejabat Buru Belajar Festival ke Banyuwangi\nBANYUWANGI – Pemerintah Kabupaten Buru, Provinsi Maluku melakukan studi tiru ke Kabupaten Banyuwangi, Senin (9/9/2024).\nKepala Dinas Pariwisata Kabupaten Banyuwangi, Dwi Handoko, yang menerima rombongan, memaparkan cara Banyuwangi mengelola festival.';
  const p = extractArticle({ text }, context);
  expect(p.event).toMatchObject({ host: '35.10', guests: ['81.04'] });
  expect(p.event.evidence['host']?.sure).toBe(true);
});

test('a weekday alone dates the event from the publication day, to check; "dua minggu" counts weeks', () => {
  expect(findEventDate('Hal itu disampaikan Bupati di Ambon, Jumat.', '2024-10-10')).toMatchObject({ date: '2024-10-04', sure: false });
  expect(findEventDate('Hal itu disampaikan Bupati di Ambon, Kamis.', '2024-10-10')).toMatchObject({ date: '2024-10-10', sure: false });
  expect(findEventDate('Rombongan berada di sana selama dua minggu.', '2024-10-10')).toBeUndefined();
  expect(findEventDate('Hal itu disampaikan Bupati di Ambon, Jumat.')).toBeUndefined();
});

test('Yogyakarta as its people write it: "Pemkot Jogja", "Provinsi DI Yogjakarta"', () => {
  const city = 'Diklat Sulteng ke Jogja\nPeserta Diklatpim dari Provinsi Sulawesi Tengah melakukan studi tiru ke Pemkot Jogja, Senin (9/9/2024).';
  expect(extractArticle({ text: city }, context).event).toMatchObject({ host: '34.71', guests: ['72'] });
  const province = 'DPRD Tuba ke Yogyakarta\nDPRD Kabupaten Tulang Bawang melakukan kunjungan kerja ke Provinsi DI Yogjakarta, Senin (9/9/2024).';
  const p = extractArticle({ text: province }, context);
  expect(p.event.guests).toEqual(['18.05']);
  expect(p.event.location).toBe('34');
});
