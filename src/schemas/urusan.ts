import { z } from 'astro/zod';

/** The three groups of concurrent government affairs in UU 23/2014 (Pasal 11–12). */
export const URUSAN_GROUPS = {
  'wajib-pelayanan-dasar': 'Wajib, pelayanan dasar',
  'wajib-non-pelayanan-dasar': 'Wajib, non-pelayanan dasar',
  pilihan: 'Pilihan',
} as const;

/** A group of urusan pemerintahan. */
export type UrusanGroup = keyof typeof URUSAN_GROUPS;

/** The closed list of 32 urusan pemerintahan of UU 23/2014, slug → label and group. */
export const URUSAN = {
  pendidikan: { label: 'Pendidikan', group: 'wajib-pelayanan-dasar' },
  kesehatan: { label: 'Kesehatan', group: 'wajib-pelayanan-dasar' },
  'pekerjaan-umum-dan-penataan-ruang': { label: 'Pekerjaan umum dan penataan ruang', group: 'wajib-pelayanan-dasar' },
  'perumahan-rakyat-dan-kawasan-permukiman': { label: 'Perumahan rakyat dan kawasan permukiman', group: 'wajib-pelayanan-dasar' },
  'ketenteraman-ketertiban-umum-dan-pelindungan-masyarakat': {
    label: 'Ketenteraman, ketertiban umum, dan pelindungan masyarakat',
    group: 'wajib-pelayanan-dasar',
  },
  sosial: { label: 'Sosial', group: 'wajib-pelayanan-dasar' },
  'tenaga-kerja': { label: 'Tenaga kerja', group: 'wajib-non-pelayanan-dasar' },
  'pemberdayaan-perempuan-dan-pelindungan-anak': { label: 'Pemberdayaan perempuan dan pelindungan anak', group: 'wajib-non-pelayanan-dasar' },
  pangan: { label: 'Pangan', group: 'wajib-non-pelayanan-dasar' },
  pertanahan: { label: 'Pertanahan', group: 'wajib-non-pelayanan-dasar' },
  'lingkungan-hidup': { label: 'Lingkungan hidup', group: 'wajib-non-pelayanan-dasar' },
  'administrasi-kependudukan-dan-pencatatan-sipil': { label: 'Administrasi kependudukan dan pencatatan sipil', group: 'wajib-non-pelayanan-dasar' },
  'pemberdayaan-masyarakat-dan-desa': { label: 'Pemberdayaan masyarakat dan desa', group: 'wajib-non-pelayanan-dasar' },
  'pengendalian-penduduk-dan-keluarga-berencana': { label: 'Pengendalian penduduk dan keluarga berencana', group: 'wajib-non-pelayanan-dasar' },
  perhubungan: { label: 'Perhubungan', group: 'wajib-non-pelayanan-dasar' },
  'komunikasi-dan-informatika': { label: 'Komunikasi dan informatika', group: 'wajib-non-pelayanan-dasar' },
  'koperasi-usaha-kecil-dan-menengah': { label: 'Koperasi, usaha kecil, dan menengah', group: 'wajib-non-pelayanan-dasar' },
  'penanaman-modal': { label: 'Penanaman modal', group: 'wajib-non-pelayanan-dasar' },
  'kepemudaan-dan-olahraga': { label: 'Kepemudaan dan olahraga', group: 'wajib-non-pelayanan-dasar' },
  statistik: { label: 'Statistik', group: 'wajib-non-pelayanan-dasar' },
  persandian: { label: 'Persandian', group: 'wajib-non-pelayanan-dasar' },
  kebudayaan: { label: 'Kebudayaan', group: 'wajib-non-pelayanan-dasar' },
  perpustakaan: { label: 'Perpustakaan', group: 'wajib-non-pelayanan-dasar' },
  kearsipan: { label: 'Kearsipan', group: 'wajib-non-pelayanan-dasar' },
  'kelautan-dan-perikanan': { label: 'Kelautan dan perikanan', group: 'pilihan' },
  pariwisata: { label: 'Pariwisata', group: 'pilihan' },
  pertanian: { label: 'Pertanian', group: 'pilihan' },
  kehutanan: { label: 'Kehutanan', group: 'pilihan' },
  'energi-dan-sumber-daya-mineral': { label: 'Energi dan sumber daya mineral', group: 'pilihan' },
  perdagangan: { label: 'Perdagangan', group: 'pilihan' },
  perindustrian: { label: 'Perindustrian', group: 'pilihan' },
  transmigrasi: { label: 'Transmigrasi', group: 'pilihan' },
} as const satisfies Record<string, { label: string; group: UrusanGroup }>;

/** One urusan pemerintahan (UU 23/2014). */
export type Urusan = keyof typeof URUSAN;

/** One urusan pemerintahan, by slug. */
export const UrusanSchema = z
  .enum(Object.keys(URUSAN) as [Urusan, ...Urusan[]])
  .describe('Urusan pemerintahan menurut UU 23/2014 (salah satu dari 32)');
