import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { findKinds } from '../../../src/lib/import/kinds';
import { followUps, presents, statusIn } from '../../../src/lib/import/adoptions';
import { abbreviates, findPrograms } from '../../../src/lib/import/programs';
import { loadRegistryCached } from '../../../src/lib/import/registry-cache';
import { splitSentences } from '../../../src/lib/import/text';

const run = promisify(execFile);
/** Runs the importer as a user does, without npm; resolves with exit code and output, never throws. */
async function importer(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/import.ts', ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run import on the command line', () => {
  test('--help prints a usage text in Indonesian and exits 0', async () => {
    const { code, stdout, stderr } = await importer('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Pemakaian: npm run import/u);
    expect(stdout).toContain('--published YYYY-MM-DD');
    expect(stderr).toBe('');
  }, 30_000);

  test('an unknown option or a missing value is one Indonesian line and exit 2, no stack trace', async () => {
    const unknown = await importer('--frob', 'a.txt');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim()).toBe('Gagal (failed): opsi tidak dikenal: --frob; lihat npm run import -- --help');
    const missing = await importer('a.txt', '--published');
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('opsi --published perlu nilai');
  }, 30_000);
});

describe('the registry for the importer', () => {
  test('is the same read from the cached copy as parsed from the package', async () => {
    const { loadRegistry } = await import('../../../src/lib/check/registry');
    const parsed = await loadRegistry();
    const cached = await loadRegistryCached();
    expect(cached.size).toBe(parsed.size);
    for (const code of ['63.72', '35.10.01', '33.11.10.2013', '11']) expect(cached.get(code)).toEqual(parsed.get(code));
    expect(existsSync('node_modules/.cache/tiru')).toBe(true);
  }, 60_000);
});

describe('kinds', () => {
  const kinds = (lead: string) => findKinds(lead).map((k) => k.kind);
  test('misspellings, openings and signings', () => {
    expect(kinds('TP PKK Kabupaten Sleman melakukan study tiru ke Kabupaten Lombok Barat')).toEqual(['studi-tiru']);
    expect(kinds('Bupati Purbalingga meresmikan Mal Pelayanan Publik')).toEqual(['peluncuran']);
    expect(kinds('Peresmian gedung layanan terpadu')).toEqual(['peluncuran']);
    expect(kinds('Penandatanganan naskah kerja sama antara Pemkab A dan Pemkab B')).toEqual(['kerja-sama']);
    expect(kinds('Pemkab Ketapang melauching aplikasi baru')).toEqual(['peluncuran']);
    expect(kinds('Sekda melaunchingkan 80 inovasi')).toEqual(['peluncuran']);
    expect(kinds('Acara Penandatanganan Komitmen Replikasi Inovasi Bidang Pertanian')).toEqual(['kerja-sama']);
    expect(kinds('Kerja sama replikasi itu ditandai penandatanganan di pendopo')).toEqual(['kerja-sama']);
    expect(kinds('Dua kabupaten menandatangani kesepakatan kerja sama dengan Pemkot Banjarbaru')).toEqual(['kerja-sama']);
    expect(kinds('Kota Probolinggo dan Situbondo Teken Kerjasama Replikasi')).toEqual(['kerja-sama']);
  });
  test('an occasion prepared, a past one whose results are discussed, or a roundup of many visits is not the event', () => {
    expect(kinds('Pemkot Kediri Siapkan Peluncuran Kartu Sehat')).toEqual([]);
    expect(kinds('Bupati meminta hasil kaji banding DPRD diterapkan')).toEqual([]);
    expect(kinds('Sebanyak 25 instansi melakukan studi banding ke Disdukcapil sepanjang Januari hingga Juli 2019')).toEqual([]);
    expect(kinds('Rapat koordinasi persiapan peluncuran Kartu Sehat digelar Senin')).toEqual(['rakor']);
    expect(kinds('Rombongan dari 3 daerah melakukan studi tiru ke Banyuwangi selama dua hari')).toEqual(['studi-tiru']);
    expect(kinds('MPP ini mengacu pada Perbup Nomor 11 Tahun 2018 dan MoU antara Bupati dengan instansi vertikal')).toEqual([]);
    // A visit the text looks back on: "studi tiru itu", "… ke Kota Batam bulan lalu".
    expect(kinds('Rapat paripurna membahas laporan kaji banding Komisi I ke Kota Batam bulan lalu. Menurut Ketua, studi tiru itu memberi masukan.')).toEqual([]);
    expect(kinds('Komisi I melakukan kaji banding ke Kota Batam, Senin (18/11/2024).')).toEqual(['studi-tiru']);
    // An agreement signed before, which made today's launch possible: "MoU … yang telah ditandatangani".
    expect(kinds('Bupati Sleman meresmikan Mal Pelayanan Publik, buah MoU dengan Kota Magelang yang telah ditandatangani tahun 2023.')).toEqual(['peluncuran']);
    expect(kinds('Bupati Sleman dan Wali Kota Magelang menandatangani MoU replikasi inovasi, Senin (3/6/2024).')).toEqual(['kerja-sama']);
  });
  test('guests at a ceremony or a thanksgiving who share experience are not on a study visit', () => {
    expect(kinds('Upacara HUT RI di Lapangan Murjani diikuti delegasi Banyuasin yang sedang berkunjung dan berbagi pengalaman soal inovasi.')).toEqual([]);
    expect(kinds('Delegasi Banyuasin berkunjung ke Banjarbaru dan berbagi pengalaman soal inovasi.')).toEqual(['studi-tiru']);
  });
  test('a working visit is a studi tiru only when it is made to learn', () => {
    expect(kinds('Pemkot Metro melakukan kunjungan kerja ke Surabaya untuk belajar pelayanan publik')).toEqual(['studi-tiru']);
    expect(kinds('Rombongan DPRD melakukan kunjungan kerja untuk mempelajari inovasi layanan')).toEqual(['studi-tiru']);
    expect(kinds('Bupati melakukan kunjungan kerja ke Kecamatan Kertek untuk meninjau perbaikan jalan')).toEqual([]);
  });
});

describe('programs named with their abbreviation', () => {
  test('the letters must fit the words', () => {
    expect(abbreviates('MPP', 'Mal Pelayanan Publik')).toBe(true);
    expect(abbreviates('PPID', 'Pusat Pelayanan Informasi dan Dokumentasi')).toBe(true);
    expect(abbreviates('P3M', 'Pusat Pengaduan Pelayanan Masyarakat')).toBe(true);
    expect(abbreviates('SiPeDe', 'Sistem Pelayanan Desa')).toBe(true);
    expect(abbreviates('BKD', 'Badan Kepegawaian')).toBe(false);
    expect(abbreviates('MPP', 'Pelayanan Publik')).toBe(false);
  });
  const titles = (body: string) => findPrograms(body, 0, [], new Set()).map((p) => `${p.title}${p.aliases.length ? ` (${p.aliases.join(', ')})` : ''}`);
  test('either order, and "akronim dari"', () => {
    expect(titles('Warga kini dilayani di Mal Pelayanan Publik (MPP) setiap hari.')).toEqual(['Mal Pelayanan Publik (MPP)']);
    expect(titles('Dinas itu menjalankan SAKTI (Sistem Aduan Kampung Tanggap Instan) sejak 2022.')).toEqual(['Sistem Aduan Kampung Tanggap Instan (SAKTI)']);
    expect(titles("Salah satunya 'Lentera' yang merupakan akronim dari Layanan Edukasi Terpadu Remaja.")).toEqual(['Layanan Edukasi Terpadu Remaja (Lentera)']);
    expect(titles('Litbang hadir melalui Layanan Klinik Inovasi Daerah (LAKI IDA) untuk daerah tetangga.')).toEqual(['Layanan Klinik Inovasi Daerah (LAKI IDA)']);
  });
  test('an institution every region has, qualified, is one program: the whole name, its short form an alias', () => {
    expect(titles('Perwali tentang Penyelenggaraan Rukun Tetangga (RT) Berkelas terbit.')).toEqual(['Rukun Tetangga Berkelas (RT Berkelas)']);
    expect(titles('Kedua daerah menandatangani Perjanjian Kerja Sama (PKS) Nomor 12/PKS/2024.')).toEqual([]);
  });
  test('a name in brackets after a lower-case description, and "yang dinamai"', () => {
    expect(titles('Dinas memaparkan inovasi bernama Kelas literasi desa (Kalides) yang baru.')).toEqual(['Kalides (Kelas literasi desa)']);
    expect(titles('Wonogiri punya program pelayanan online yang dinamai “Telunjuk Sakti”.')).toEqual(['Telunjuk Sakti']);
  });
  test('offices, ministries and generic terms are not programs', () => {
    expect(titles('Pendapatan Asli Daerah (PAD) naik; Organisasi Perangkat Daerah (OPD) dan Badan Usaha Milik Desa (BUMDes) hadir.')).toEqual([]);
    expect(titles('Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (PAN-RB) hadir bersama Palang Merah Indonesia (PMI).')).toEqual([]);
    // A council's bodies and drafts, an award, fuel and a working visit are every government's business.
    expect(titles('Alat Kelengkapan Dewan (AKD) membahas Rancangan Peraturan Daerah (Raperda) usai Kunjungan Kerja (Kunker).')).toEqual([]);
    expect(titles('Kota itu meraih Innovative Government Award (IGA) dan menghemat Bahan Bakar Minyak (BBM).')).toEqual([]);
  });
  test('an innovation listed with its owner in the brackets, whether or not the letters fit', () => {
    expect(titles('Yang akan direplikasi: a) SIPATU (Sistem Informasi Pangan Terpadu, milik Pemkab Banyuasin); b) LAPAKITA (Layanan Pasar Keliling untuk Warga, milik Pemkot Banjarbaru).'))
      .toEqual(['Sistem Informasi Pangan Terpadu (SIPATU)', 'LAPAKITA (Layanan Pasar Keliling untuk Warga)']);
  });
  test('a name and its abbreviation are one program, however often the abbreviation recurs', () => {
    expect(titles('Rombongan mempelajari program Pembangunan Sarana dan Prasarana Kelurahan (PSPK). Menurut dia, program PSPK diusulkan warga.')).toEqual(['Pembangunan Sarana dan Prasarana Kelurahan (PSPK)']);
  });
  test('a catalog title found without its origin named is not sure: it may be another region’s', () => {
    const known = [{ slug: 'kota-sehat-payakumbuh', title: 'Kota Sehat', aliases: [], originNames: ['Kota Payakumbuh', 'Payakumbuh'] }];
    expect(findPrograms('Kota Batu juga dinobatkan sebagai Kota Sehat.', 0, known, new Set(['Batu']))).toEqual([expect.objectContaining({ slug: 'kota-sehat-payakumbuh', sure: false })]);
    expect(findPrograms('Payakumbuh menjalankan Kota Sehat sejak 2019.', 0, known, new Set(['Payakumbuh']))).toEqual([expect.objectContaining({ sure: true })]);
  });
  test('a catalog name inside a longer catalog name at the same place is the longer program only', () => {
    const known = [
      { slug: 'e-sakip-lamongan', title: 'e-SAKIP', aliases: [], originNames: ['Kabupaten Lamongan', 'Lamongan'] },
      { slug: 'e-sakip-desa-pacitan', title: 'E-Sakip Desa', aliases: [], originNames: ['Kabupaten Pacitan', 'Pacitan'] },
    ];
    expect(findPrograms('Rombongan melihat E-Sakip Desa di Pacitan.', 0, known, new Set(['Pacitan'])).map((p) => p.slug)).toEqual(['e-sakip-desa-pacitan']);
    expect(findPrograms('Lamongan memakai e-SAKIP; Pacitan memakai E-Sakip Desa.', 0, known, new Set(['Pacitan', 'Lamongan'])).map((p) => p.slug)).toEqual(['e-sakip-lamongan', 'e-sakip-desa-pacitan']);
  });
  test('a short form used as a word, capitalised twice mid-sentence and never in lower case, is a name', () => {
    expect(titles('Rombongan mempelajari program Simantap di kelurahan. Menurut dia, program Simantap dijalankan warga.')).toEqual(['Simantap']);
    expect(titles('Rombongan mempelajari program Kesehatan di kelurahan. Menurut dia, program Kesehatan untuk kesehatan warga.')).toEqual([]);
  });
  test('a three-letter short form is not another with a doubled letter', () => {
    const known = [{ slug: 'data-desa-presisi-lamongan', title: 'Data Desa Presisi', aliases: ['DDP'], originNames: ['Kabupaten Lamongan', 'Lamongan'] }];
    expect(findPrograms('Rombongan didampingi pengurus DPP sebuah perkumpulan.', 0, known, new Set())).toEqual([]);
  });
  test('a catalog name is found without its e-, spelt out as "elektronik", or with "dan" between its words', () => {
    const known = [
      { slug: 'e-sakip-desa-pacitan', title: 'e-SAKIP Desa', aliases: [], originNames: ['Kabupaten Pacitan', 'Pacitan'] },
      { slug: 'bela-beli-lamongan', title: 'Bela Beli Lamongan', aliases: [], originNames: ['Kabupaten Lamongan', 'Lamongan'] },
    ];
    const slugs = (text: string) => findPrograms(text, 0, known, new Set(['Pacitan', 'Lamongan'])).map((p) => p.slug);
    expect(slugs('Rombongan mempelajari penerapan SAKIP Desa di Pacitan.')).toEqual(['e-sakip-desa-pacitan']);
    expect(slugs('Di Pacitan bahkan ada elektronik SAKIP Desa.')).toEqual(['e-sakip-desa-pacitan']);
    expect(slugs('Lamongan dikenal lewat gerakan "Bela dan Beli Lamongan".')).toEqual(['bela-beli-lamongan']);
  });
  test('an association is no program', () => {
    expect(titles('Hadir pula Sekjen Perkumpulan Petani Desa Se-Indonesia (Pepadesi) dalam kunjungan itu.')).toEqual([]);
  });
  test('a known program misspelt with a doubled letter is still that program', () => {
    const known = [{ slug: 'e-village-budgeting-banyuwangi', title: 'E-Village Budgeting', aliases: [], originNames: ['Kabupaten Banyuwangi', 'Banyuwangi'] }];
    const found = findPrograms('Kerja sama meliputi e-village budgetting (evb) di Banyuwangi.', 0, known, new Set(['Banyuwangi']));
    expect(found.map((p) => p.slug)).toEqual(['e-village-budgeting-banyuwangi']);
  });
});

describe('adoption status no stronger than the words', () => {
  test.each([
    ['Rombongan mempelajari Sekolah Sungai.', 'dipelajari'],
    ['Kami ingin mengadopsi Sekolah Sungai.', 'direncanakan'],
    ['Kedua bupati menandatangani PKS Nomor 5/PKS/2025 tentang replikasi inovasi Sekolah Sungai.', 'direncanakan'],
    ['Sekolah Sungai sudah kami duplikasi di dua kecamatan.', 'diterapkan'],
    ['Kedua bupati menandatangani PKS tentang pengelolaan sampah.', undefined],
    // The object pronoun refers back to a program named before: a plan.
    ['Oleh karena itu, Wali Kota berencana membukanya tahun depan.', 'direncanakan'],
    ['Bupati membukanya secara resmi.', undefined],
    ['Festival itu akan dibuka Sabtu; Bupati akan membukanya secara resmi.', undefined],
    ['Insyaallah Sekolah Sungai bisa kami terapkan di daerah kami.', 'direncanakan'],
    ['Sekolah Sungai dapat diterapkan daerah mana pun.', undefined],
    ['Program yang akan dikerjasamakan antara lain Sekolah Sungai.', 'direncanakan'],
    ['Kabupaten itu kini menerapkan Sekolah Sungai di tiga kecamatan.', 'diterapkan'],
    ['Ketiga inovasi yang diusulkan untuk direplikasi yakni Sekolah Sungai.', 'direncanakan'],
    ['Wali kota mengutarakan niatnya untuk mengadopsi Sekolah Sungai.', 'direncanakan'],
    ['Kedua daerah meneken MoU hibah aplikasi Sekolah Sungai.', 'direncanakan'],
    // A grant without an agreement, or an intention to visit, is no plan to adopt.
    ['Pemkab menerima hibah buku untuk Sekolah Sungai.', undefined],
    ['Ia berniat untuk berkunjung ke Sekolah Sungai.', undefined],
    // A plan said as use at a place; the owner's own "akan dikembangkan" names no place and is no adoption.
    ['Sekolah Sungai akan kami kembangkan di daerah kami.', 'direncanakan'],
    ['Mereka ingin melihat Sekolah Sungai untuk diadopsi di Pemkot Pariaman.', 'direncanakan'],
    ['Apa yang kami lihat di sini akan kami jadikan contoh.', 'direncanakan'],
    ['Sekolah Sungai akan dikembangkan tahun depan.', undefined],
  ])('%s → %s', (sentence, status) => {
    expect(statusIn(sentence)).toBe(status);
  });
});

describe('presents', () => {
  test.each([
    ['Asisten I memaparkan program unggulan seperti Sekolah Sungai.', true],
    ['Sekolah Sungai dijelaskan langsung oleh kepala dinas.', true],
    ['Sekolah Sungai berjalan di tiga kecamatan.', false],
  ])('%s → %s', (sentence, shown) => {
    expect(presents(sentence)).toBe(shown);
  });
});

describe('followUps', () => {
  const read = (text: string) => {
    const sentences = splitSentences(text);
    return followUps(sentences, text).map((f) => f.text);
  };
  test('joins a verbless sentence naming the programs to the sentence with the status before it', () => {
    expect(read('Para lurah mempelajari pengelolaan kampung. Dalam hal ini Program Kampung Wisata.')).toEqual(['Para lurah mempelajari pengelolaan kampung. Dalam hal ini Program Kampung Wisata.']);
  });
  test('joins nothing when the sentence before states no status, or the sentence has its own', () => {
    expect(read('Para lurah berkumpul di balai kota. Dalam hal ini Program Kampung Wisata.')).toEqual([]);
    expect(read('Para lurah mempelajari pengelolaan kampung. Di antaranya mereka ingin menerapkan Kampung Wisata.')).toEqual([]);
  });
});
