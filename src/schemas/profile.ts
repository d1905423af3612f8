import { z } from 'astro/zod';
import { isCalendarDate, sourceRefs, TextSchema } from './common';

/** Kinds of regulation a program can rest on, with the labels the guide prints. */
export const LEGAL_BASIS_KINDS = {
  perda: 'Peraturan Daerah',
  perbup: 'Peraturan Bupati',
  perwali: 'Peraturan Wali Kota',
  pergub: 'Peraturan Gubernur',
  keputusan: 'Keputusan',
  'surat-edaran': 'Surat Edaran',
  instruksi: 'Instruksi',
  'peraturan-menteri': 'Peraturan Menteri',
  lainnya: 'Dasar hukum lain',
} as const;

/** Whether a target item names who the program serves or who qualifies for it. */
export const TARGET_KINDS = {
  sasaran: 'Sasaran',
  kriteria: 'Kriteria',
} as const;

/** Milestones of a program's start. */
export const START_KINDS = {
  'uji-coba': 'Uji coba',
  peluncuran: 'Peluncuran',
  mulai: 'Mulai berjalan',
} as const;

/** The parts of a profile, in the order a guide shows them, with their headings. */
export const PROFILE_PARTS = {
  legalBasis: 'Dasar hukum',
  budget: 'Anggaran',
  target: 'Sasaran dan kriteria',
  agency: 'Perangkat daerah pengampu',
  start: 'Mulai berjalan',
  scale: 'Cakupan dari waktu ke waktu',
  results: 'Hasil',
  contact: 'Kontak',
  documents: 'Dokumen',
} as const;

/** A part of a program profile. */
export type ProfilePart = keyof typeof PROFILE_PARTS;

const keysOf = <T extends Record<string, string>>(labels: T) => Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];

const PERIOD = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** True for "2022", "2022-03" and real calendar days "2022-03-14". */
export function isPeriod(value: string): boolean {
  if (!PERIOD.test(value)) return false;
  if (value.length === 4) return true;
  if (value.length === 7) return isCalendarDate(`${value}-01`);
  return isCalendarDate(value);
}

/**
 * A date as precise as the report gives it: a year, a month or a day. A bare YAML year arrives as a
 * number and an unquoted day as a `Date`; both are turned back into text.
 */
export const PeriodSchema = z
  .union([z.string(), z.number().int(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim()))
  .refine(isPeriod, { message: 'Tanggal harus YYYY, YYYY-MM atau YYYY-MM-DD dan ada di kalender (expected a year, month or date)' })
  .meta({ fieldType: 'tahun, bulan atau tanggal (YYYY, YYYY-MM, YYYY-MM-DD)' });

const NUMBER_ERROR = 'tulis angka tanpa pemisah ribuan dan tanpa satuan, mis. 75000000 (number expected)';

/** A measured value: a plain number; its unit is a field of its own. */
const ValueSchema = z.number({ error: NUMBER_ERROR }).nonnegative('Nilai tidak boleh negatif (must not be negative)');

/** An amount of money in whole rupiah. */
export const RupiahSchema = z
  .number({ error: NUMBER_ERROR })
  .int('Rupiah ditulis sebagai bilangan bulat, mis. 75000000 untuk Rp 75 juta (integer expected)')
  .nonnegative('Nilai tidak boleh negatif (must not be negative)')
  .meta({ fieldType: 'rupiah (bilangan bulat)' });

const YearSchema = z.number({ error: 'tulis tahun sebagai angka, mis. 2021 (year expected)' }).int().min(1945).max(2100);

/** The profile a delegation reads before a visit; every item cites the reports that state it. */
export const profileSchema = z
  .object({
    legalBasis: z
      .array(
        z
          .object({
            kind: z.enum(keysOf(LEGAL_BASIS_KINDS)).describe('Jenis peraturan'),
            number: z.union([z.string(), z.number()]).transform(String).pipe(TextSchema).optional().describe('Nomor seperti tertulis'),
            year: YearSchema.optional().describe('Tahun terbit'),
            title: TextSchema.optional().describe('Judul peraturan seperti tertulis, mis. "tentang …"'),
            sources: sourceRefs,
          })
          .strict(),
      )
      .default([])
      .describe('Dasar hukum program'),
    budget: z
      .array(
        z
          .object({
            amount: RupiahSchema.describe('Jumlah dalam rupiah, bilangan bulat tanpa pemisah'),
            unit: TextSchema.describe('Untuk apa jumlah itu, mis. "per RT", "per tahun", "total"'),
            year: YearSchema.optional().describe('Tahun anggaran'),
            fundingSource: TextSchema.optional().describe('Sumber dana seperti tertulis, mis. "APBD"'),
            note: TextSchema.optional().describe('Catatan singkat, mis. bentuk bantuan'),
            sources: sourceRefs,
          })
          .strict(),
      )
      .default([])
      .describe('Anggaran program'),
    target: z
      .array(
        z
          .object({
            kind: z.enum(keysOf(TARGET_KINDS)).describe('Sasaran (siapa yang dilayani) atau kriteria (siapa yang memenuhi syarat)'),
            text: TextSchema.describe('Sasaran atau kriteria dengan kata-kata sendiri'),
            sources: sourceRefs,
          })
          .strict(),
      )
      .default([])
      .describe('Sasaran dan kriteria penerima'),
    agency: z
      .object({
        name: TextSchema.describe('Nama perangkat daerah seperti tertulis'),
        note: TextSchema.optional().describe('Perannya menurut sumber, mis. "pendamping pokmas"'),
        sources: sourceRefs,
      })
      .strict()
      .optional()
      .describe('Perangkat daerah pengampu'),
    start: z
      .array(
        z
          .object({
            kind: z.enum(keysOf(START_KINDS)).describe('Uji coba, peluncuran, atau mulai berjalan'),
            date: PeriodSchema.describe('Kapan'),
            note: TextSchema.optional().describe('Catatan singkat, mis. cakupan uji coba'),
            sources: sourceRefs,
          })
          .strict(),
      )
      .default([])
      .describe('Awal program: uji coba dan peluncuran'),
    scale: z
      .array(
        z
          .object({
            indicator: TextSchema.describe('Apa yang dihitung, mis. "RT Mandiri"'),
            unit: TextSchema.describe('Satuan, mis. "RT"'),
            points: z
              .array(
                z
                  .object({
                    date: PeriodSchema.describe('Kapan nilai ini berlaku'),
                    value: ValueSchema.describe('Nilai'),
                    sources: sourceRefs,
                  })
                  .strict(),
              )
              .min(1, 'Tulis minimal satu nilai (at least one point)')
              .describe('Nilai menurut waktu, urut dari yang terlama'),
          })
          .strict(),
      )
      .default([])
      .describe('Cakupan program dari waktu ke waktu'),
    results: z
      .array(
        z
          .object({
            indicator: TextSchema.describe('Hasil yang diukur'),
            value: ValueSchema.describe('Nilai'),
            unit: TextSchema.describe('Satuan, mis. "rupiah", "persen", "orang"'),
            date: PeriodSchema.optional().describe('Kapan nilai ini berlaku'),
            note: TextSchema.optional().describe('Catatan singkat, mis. siapa yang menyebut angka ini'),
            sources: sourceRefs,
          })
          .strict(),
      )
      .default([])
      .describe('Hasil program'),
    contact: z
      .array(
        z
          .object({
            office: TextSchema.describe('Kantor yang dapat dihubungi; jangan nomor telepon pribadi'),
            channel: TextSchema.optional().describe('Alamat kantor, situs, atau surel resmi seperti tertulis'),
            sources: sourceRefs,
          })
          .strict(),
      )
      .default([])
      .describe('Kontak resmi untuk daerah yang ingin belajar'),
    documents: z
      .array(
        z
          .object({
            title: TextSchema.describe('Judul dokumen'),
            url: z.url().describe('Alamat dokumen'),
            sources: sourceRefs,
          })
          .strict(),
      )
      .default([])
      .describe('Dokumen publik: peraturan, SOP, petunjuk teknis'),
  })
  .strict();

/** A program's profile as its schema returns it. */
export type ProfileData = z.output<typeof profileSchema>;
