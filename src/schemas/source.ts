import { z } from 'astro/zod';
import { IsoDateSchema, TextSchema } from './common';

/**
 * A cited report. Either its text is kept beside the entry (`file`, for reports without an address, such
 * as the seed articles) or it is cited by address with the dates it was published and read (`url` and
 * `accessed`), so an online report is cited without copying it into the repository.
 */
export const sourceSchema = z
  .object({
  title: TextSchema.describe('Judul artikel'),
  publisher: TextSchema.describe('Penerbit seperti tertulis, mis. "klikkalsel.com"'),
  date: IsoDateSchema.describe('Tanggal peristiwa yang diberitakan'),
  yearInferred: z
    .boolean()
    .optional()
    .describe('true bila artikel tidak menyebut tahun peristiwa (mis. "Kamis (20/7)") dan tahunnya disimpulkan dari tanggal terbit'),
  url: z.url().optional().describe('Alamat web laporan; wajib bila tidak ada berkas teks'),
  published: IsoDateSchema.optional().describe('Tanggal laporan terbit, seperti tertera di halamannya; kosongkan bila halaman tidak menyebutnya'),
  accessed: IsoDateSchema.optional().describe('Tanggal laporan dibaca di alamatnya; wajib bila sumber dikutip lewat url tanpa berkas teks'),
  file: z
    .string()
    .regex(/^[\w.-]+\.txt$/, 'Nama berkas .txt di content/sources/articles/')
    .optional()
    .describe('Nama berkas teks artikel di content/sources/articles/; untuk sumber tanpa alamat web'),
  updated: IsoDateSchema.optional().describe('Tanggal terakhir diperbarui; bila kosong, diambil dari riwayat git'),
})
  .superRefine((source, context) => {
    if (source.file) return;
    if (!source.url) context.addIssue({ code: 'custom', path: ['url'], message: 'sumber tanpa berkas teks perlu alamat web (url) (url required without file)' });
    if (!source.accessed) context.addIssue({ code: 'custom', path: ['accessed'], message: 'sumber yang dikutip lewat alamat web perlu tanggal dibaca (accessed required without file)' });
  });

/** A source as its schema returns it. */
export type SourceData = z.output<typeof sourceSchema>;
/** A source as authors and tools write it. */
export type SourceInput = z.input<typeof sourceSchema>;
