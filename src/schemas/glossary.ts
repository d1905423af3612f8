import { z } from 'astro/zod';
import { TextSchema } from './common';
import type { ReferenceFn } from './reference';

/** An acronym or term the sources use, explained once for every entry that uses it. */
export const glossarySchema = (reference: ReferenceFn) =>
  z.object({
    term: TextSchema.describe('Istilah atau singkatan seperti tertulis, mis. "SKPD"'),
    expansion: TextSchema.describe('Kepanjangan, mis. "Satuan Kerja Perangkat Daerah"'),
    explanation: TextSchema.describe('Penjelasan singkat dalam satu atau dua kalimat'),
    source: reference('sources').optional().describe('Sumber, bila kepanjangan atau penjelasannya berasal dari artikel'),
  });

export type GlossaryData = z.output<ReturnType<typeof glossarySchema>>;
