import { z } from 'astro/zod';
import { IsoDateSchema, sourceRefs, TextSchema } from './common';
import { reference } from './reference';
import { profileSchema } from './profile';
import { UrusanSchema } from './urusan';

/** Innovation stages of Kemendagri's regional innovation index, plus `dihentikan`. */
export const PROGRAM_STAGES = {
  inisiatif: 'Inisiatif',
  'uji-coba': 'Uji coba',
  penerapan: 'Penerapan',
  dihentikan: 'Dihentikan',
} as const;

/** Who initiated an innovation, as the regional innovation index classifies it. */
export const INITIATORS = {
  'kepala-daerah': 'Kepala daerah',
  'anggota-dprd': 'Anggota DPRD',
  opd: 'OPD',
  asn: 'ASN',
  masyarakat: 'Masyarakat',
} as const;

/** Where a region stands with a program it learned from another region. */
export const ADOPTION_STATUSES = {
  dipelajari: 'Dipelajari',
  direncanakan: 'Direncanakan',
  'uji-coba': 'Uji coba',
  diterapkan: 'Diterapkan',
  dimodifikasi: 'Dimodifikasi',
  dihentikan: 'Dihentikan',
} as const;

/** A program's innovation stage. */
export type ProgramStage = keyof typeof PROGRAM_STAGES;
/** Who initiated an innovation. */
export type Initiator = keyof typeof INITIATORS;
/** A region's status with a program it learned. */
export type AdoptionStatus = keyof typeof ADOPTION_STATUSES;

const keysOf = <T extends Record<string, string>>(labels: T) => Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];

/** One step in a region's adoption of a program; several records for a region form its history. */
export const adoptionSchema = z.object({
  region: reference('regions').describe('Wilayah yang mempelajari atau meniru program'),
  status: z.enum(keysOf(ADOPTION_STATUSES)).describe('Status adopsi pada tanggal ini'),
  date: IsoDateSchema.describe('Tanggal status ini tercatat'),
  via: reference('events').optional().describe('Kegiatan (mis. studi tiru) tempat status ini muncul'),
  evidence: TextSchema.optional().describe('Bukti, mis. nomor MoU/PKS'),
  note: TextSchema.optional().describe('Catatan singkat'),
  sources: sourceRefs,
});

/** A place where visitors can see the program at work, as a source names it. */
export const siteSchema = z.object({
  name: TextSchema.describe('Nama tempat seperti disebut sumber, mis. "Pasar Bauntung"'),
  note: TextSchema.optional().describe('Apa yang disebut sumber tentang tempat ini'),
  sources: sourceRefs,
});

/** A regional program (innovation) and its adoption by other regions. */
export const programSchema = z.object({
  title: TextSchema.describe('Nama program'),
  summary: TextSchema.max(320, 'Ringkasan maksimal 320 karakter, satu atau dua kalimat').describe('Ringkasan satu atau dua kalimat'),
  origin: reference('regions').describe('Wilayah asal program'),
  urusan: z.array(UrusanSchema).default([]).describe('Urusan pemerintahan (UU 23/2014); kosongkan bila tak dapat ditentukan dari sumber'),
  stage: z.enum(keysOf(PROGRAM_STAGES)).optional().describe('Tahapan inovasi (indeks inovasi daerah Kemendagri)'),
  initiator: z.enum(keysOf(INITIATORS)).optional().describe('Inisiator inovasi'),
  digital: z.boolean().optional().describe('Apakah inovasi berbasis digital'),
  profile: profileSchema
    .prefault({})
    .describe('Profil program untuk delegasi: dasar hukum, anggaran, sasaran, pengampu, awal, cakupan, hasil, kontak, dokumen; setiap butir dengan sumbernya'),
  aliases: z.array(TextSchema).default([]).describe('Nama lain dan singkatan, mis. "home care", "DMD"'),
  partOf: reference('programs').optional().describe('Program induk'),
  related: z.array(reference('programs')).default([]).describe('Program terkait'),
  adoptions: z.array(adoptionSchema).default([]).describe('Riwayat adopsi oleh wilayah lain'),
  sites: z.array(siteSchema).default([]).describe('Tempat yang bisa ditinjau saat kunjungan, bila sumber menyebutkannya'),
  updated: IsoDateSchema.optional().describe('Tanggal terakhir diperbarui; bila kosong, diambil dari riwayat git'),
  sources: sourceRefs,
});

/** A program as its schema returns it. */
export type ProgramData = z.output<typeof programSchema>;
/** One adoption record as its schema returns it. */
export type AdoptionData = z.output<typeof adoptionSchema>;
/** A program as authors and tools (the importer, the scaffolder) write it: slugs for references, defaults left out. */
export type ProgramInput = z.input<typeof programSchema>;
/** One adoption record as authors and tools write it. */
export type AdoptionInput = z.input<typeof adoptionSchema>;
