import { z } from 'astro/zod';
import { TextSchema } from './common';

/** Why words are equivalent, so staff can keep the list tidy. */
export const VARIANT_KINDS = {
  provinsi: 'Singkatan provinsi',
  administrasi: 'Singkatan administrasi',
  sinonim: 'Sinonim',
  ejaan: 'Ejaan lain',
} as const;

/** How the words of a variant group relate. */
export type VariantKind = keyof typeof VARIANT_KINDS;

/**
 * Words a searcher may type for one another ("Kalsel" for "Kalimantan Selatan", "ambulance" for "ambulans").
 * A page that contains any of them is indexed under all of them, so a search for one finds the others at no extra cost.
 */
export const variantSchema = z
  .object({
    term: TextSchema.describe('Bentuk baku, mis. "Kalimantan Selatan"'),
    variants: z.array(TextSchema).min(1, 'Tulis minimal satu varian (at least one variant)').describe('Bentuk lain yang dianggap sama, mis. ["Kalsel"]'),
    kind: z.enum(Object.keys(VARIANT_KINDS) as [VariantKind, ...VariantKind[]]).describe('Jenis kesetaraan'),
  })
  .strict();

/** A group of search variants as its schema returns it. */
export type VariantData = z.output<typeof variantSchema>;
