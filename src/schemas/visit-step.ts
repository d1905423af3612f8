import { z } from 'astro/zod';
import { TextSchema } from './common';
import { PROFILE_PARTS, type ProfilePart } from './profile';

/**
 * One step of replicating a regional innovation, with the questions a delegation asks about it and
 * the documents it asks for. Every visit kit prints these after the program's own questions.
 */
export const visitStepSchema = z
  .object({
    title: TextSchema.describe('Langkah, mis. "Dasar hukum"'),
    order: z.number().int().min(1).describe('Urutan langkah di kit kunjungan (1 = pertama)'),
    questions: z
      .array(
        z.union([
          TextSchema.transform((text): { text: string; answeredBy?: ProfilePart } => ({ text })),
          z
            .object({
              text: TextSchema.describe('Pertanyaan'),
              answeredBy: z
                .enum(Object.keys(PROFILE_PARTS) as [ProfilePart, ...ProfilePart[]])
                .describe('Bagian profil program yang menjawabnya; bila profil sudah mengisinya, kit tidak menanyakannya lagi'),
            })
            .strict(),
        ]),
      )
      .min(1, 'Tulis minimal satu pertanyaan (at least one question)')
      .describe('Pertanyaan untuk tuan rumah: teks, atau { text, answeredBy } bila profil program dapat menjawabnya'),
    documents: z.array(TextSchema).default([]).describe('Dokumen yang diminta, mis. "Salinan Perbup/Perwali"'),
  })
  .strict();

/** A visit-kit step as its schema returns it. */
export type VisitStepData = z.output<typeof visitStepSchema>;
