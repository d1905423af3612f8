import { z } from 'astro/zod';
import { IsoDateSchema, TextSchema } from './common';

/** A cited article; its full text is kept beside the entry for staff to verify facts. */
export const sourceSchema = z.object({
  title: TextSchema.describe('Judul artikel'),
  publisher: TextSchema.describe('Penerbit seperti tertulis, mis. "klikkalsel.com"'),
  date: IsoDateSchema.describe('Tanggal peristiwa yang diberitakan'),
  yearInferred: z
    .boolean()
    .optional()
    .describe('true bila artikel tidak menyebut tahun peristiwa (mis. "Kamis (20/7)") dan tahunnya disimpulkan dari tanggal terbit'),
  url: z.url().optional().describe('Alamat web, bila diketahui'),
  file: z
    .string()
    .regex(/^[\w.-]+\.txt$/, 'Nama berkas .txt di content/sources/articles/')
    .describe('Nama berkas teks artikel di content/sources/articles/'),
  updated: IsoDateSchema.optional().describe('Tanggal terakhir diperbarui; bila kosong, diambil dari riwayat git'),
});

export type SourceData = z.output<typeof sourceSchema>;
