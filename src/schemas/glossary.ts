import { z } from 'astro/zod';
import { TextSchema } from './common';
import { reference } from './reference';

/** An acronym or term the sources use, explained once for every entry that uses it. */
export const glossarySchema = z.object({
  term: TextSchema.describe('Istilah atau singkatan seperti tertulis, mis. "SKPD"'),
  expansion: TextSchema.describe('Kepanjangan, mis. "Satuan Kerja Perangkat Daerah"'),
  explanation: TextSchema.describe('Penjelasan singkat dalam satu atau dua kalimat'),
  // Articles spell terms out ("Rapat Koordinasi (Rakor)") but rarely explain them: the explanation is the editors'.
  source: reference('sources').optional().describe('Artikel yang menuliskan kepanjangan istilah ini (hanya kepanjangannya; penjelasan ditulis redaksi)'),
});

/** A glossary term as its schema returns it. */
export type GlossaryData = z.output<typeof glossarySchema>;
