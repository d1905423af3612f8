import { z } from 'astro/zod';
import { IsoDateSchema, sourceRefs, TextSchema } from './common';
import { reference } from './reference';

/** Kinds of events where programs are shown, studied or launched. */
export const EVENT_KINDS = {
  'studi-tiru': 'Studi tiru',
  rakor: 'Rapat koordinasi',
  peluncuran: 'Peluncuran',
  'kerja-sama': 'Penandatanganan kerja sama (MoU/PKS)',
} as const;

/** A kind of event. */
export type EventKind = keyof typeof EVENT_KINDS;

const EventKindSchema = z.enum(Object.keys(EVENT_KINDS) as [EventKind, ...EventKind[]]);

/** A person named by a source as present at an event. */
const person = z.object({
  role: TextSchema.describe('Jabatan seperti tertulis di sumber'),
  name: TextSchema.optional().describe('Nama, bila sumber menyebutkannya'),
  region: reference('regions').optional().describe('Wilayah yang diwakili'),
});

/** A study visit, coordination meeting or launch. */
export const eventSchema = z.object({
  title: TextSchema.describe('Judul kegiatan'),
  kind: z
    .union([EventKindSchema, z.array(EventKindSchema).min(1)])
    .transform((kind) => (Array.isArray(kind) ? kind : [kind]))
    .describe('Jenis kegiatan (satu atau beberapa)'),
  date: IsoDateSchema.describe('Tanggal kegiatan'),
  yearInferred: z
    .boolean()
    .optional()
    .describe('true bila sumber tidak menyebut tahun kegiatan dan tahunnya disimpulkan; ditampilkan di samping tanggal'),
  venue: TextSchema.optional().describe('Tempat, mis. "Aula Gawi Sabarataan, Balai Kota Banjarbaru"'),
  location: reference('regions').describe('Wilayah tempat kegiatan berlangsung (sekecil yang disebut sumber)'),
  host: reference('regions').describe('Pemerintah daerah tuan rumah'),
  guests: z.array(reference('regions')).default([]).describe('Pemerintah daerah tamu'),
  people: z.array(person).default([]).describe('Orang yang hadir menurut sumber'),
  programs: z.array(reference('programs')).default([]).describe('Program yang dibahas'),
  keyPoints: z.array(TextSchema).default([]).describe('Pokok bahasan'),
  updated: IsoDateSchema.optional().describe('Tanggal terakhir diperbarui; bila kosong, diambil dari riwayat git'),
  sources: sourceRefs,
});

/** An event as its schema returns it. */
export type EventData = z.output<typeof eventSchema>;
/** An event as authors and tools write it: slugs for references, defaults left out. */
export type EventInput = z.input<typeof eventSchema>;
