import { z } from 'astro/zod';
import { IsoDateSchema, TextSchema } from './common';
import { reference } from './reference';

/** Administrative levels, from province down to village, with their Indonesian labels. */
export const REGION_LEVELS = {
  provinsi: 'Provinsi',
  kabupaten: 'Kabupaten',
  kota: 'Kota',
  kecamatan: 'Kecamatan',
  kelurahan: 'Kelurahan',
  desa: 'Desa',
} as const;

/** A level of the Kemendagri region tree. */
export type RegionLevel = keyof typeof REGION_LEVELS;

/** How many dot-separated segments a Kemendagri code has at each level (63 / 63.72 / 63.72.03 / 63.72.03.1001). */
export const CODE_SEGMENTS: Record<RegionLevel, number> = {
  provinsi: 1,
  kabupaten: 2,
  kota: 2,
  kecamatan: 3,
  kelurahan: 4,
  desa: 4,
};

const CODE_PATTERN = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

/** A figure about a region, as a source reported it. */
const regionFact = z.object({
  label: TextSchema.describe('Apa yang diukur, mis. "Jumlah penduduk"'),
  value: z.union([z.number(), TextSchema]).describe('Nilai angka (tanpa pemisah ribuan) atau teks'),
  unit: TextSchema.optional().describe('Satuan, mis. "jiwa" atau "km²"'),
  year: z.number().int().min(1945).max(2100).optional().describe('Tahun yang disebut sumber untuk angka ini'),
  source: reference('sources').describe('Sumber angka ini'),
});

/** Who held an office in the region on a given date, per a source. */
const regionLeader = z.object({
  role: TextSchema.describe('Jabatan, mis. "Wali Kota"'),
  name: TextSchema.describe('Nama seperti tertulis di sumber'),
  asOf: IsoDateSchema.describe('Tanggal ketika sumber menyebut orang ini menjabat'),
  source: reference('sources').describe('Sumber'),
});

/** A province, kota/kabupaten, kecamatan or kelurahan/desa, checked against the Kemendagri registry. */
export const regionSchema = z
  .object({
    name: TextSchema.describe('Nama resmi tanpa jenjang, mis. "Banjarbaru" atau "Air Salek"'),
    level: z.enum(Object.keys(REGION_LEVELS) as [RegionLevel, ...RegionLevel[]]).describe('Jenjang wilayah'),
    parent: reference('regions').optional().describe('Wilayah induk (wajib di bawah provinsi)'),
    code: z
      .string()
      .regex(CODE_PATTERN, 'Kode Kemendagri seperti 63, 63.72, 63.72.03 atau 63.72.03.1001')
      .describe('Kode wilayah Kemendagri'),
    coordinates: z
      .object({
        lat: z.number().min(-12).max(7).describe('Lintang dalam derajat desimal (negatif di selatan khatulistiwa)'),
        lon: z.number().min(94).max(142).describe('Bujur dalam derajat desimal'),
        source: reference('sources').describe('Sumber koordinat'),
      })
      .optional()
      .describe('Koordinat, hanya bila sumber menyebutkannya'),
    aliases: z.array(TextSchema).default([]).describe('Nama lain yang dipakai orang untuk wilayah ini'),
    facts: z.array(regionFact).default([]).describe('Angka penting beserta sumbernya'),
    leaders: z.array(regionLeader).default([]).describe('Pejabat yang disebut sumber, per tanggal'),
    updated: IsoDateSchema.optional().describe('Tanggal terakhir diperbarui; bila kosong, diambil dari riwayat git'),
  })
  .superRefine((region, ctx) => {
    if (region.level !== 'provinsi' && !region.parent) {
      ctx.addIssue({ code: 'custom', path: ['parent'], message: `Wilayah jenjang ${region.level} wajib punya parent (parent is required below provinsi)` });
    }
    if (region.level === 'provinsi' && region.parent) {
      ctx.addIssue({ code: 'custom', path: ['parent'], message: 'Provinsi tidak punya parent (a province has no parent)' });
    }
    const segments = region.code.split('.').length;
    if (CODE_PATTERN.test(region.code) && segments !== CODE_SEGMENTS[region.level]) {
      ctx.addIssue({
        code: 'custom',
        path: ['code'],
        message: `Kode ${region.code} tidak cocok dengan jenjang ${region.level} (expected ${CODE_SEGMENTS[region.level]} segments)`,
      });
    }
  });

/** A region as its schema returns it. */
export type RegionData = z.output<typeof regionSchema>;
/** A region as authors and tools write it: slugs for references, defaults left out. */
export type RegionInput = z.input<typeof regionSchema>;
/** A leader of a region as written in its entry. */
export type RegionLeaderInput = z.input<typeof regionLeader>;
/** A figure about a region as written in its entry. */
export type RegionFactInput = z.input<typeof regionFact>;
