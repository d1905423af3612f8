import { z } from 'astro/zod';
import type { CollectionName } from './collections';

/**
 * Makes a reference field to a collection. Astro's `reference()` is one; `plainReference` is another
 * for code that runs outside Astro (the content checker, the scaffolder, unit tests). Both parse a
 * slug to `{ id, collection }`, so the schemas are written once for all of them.
 */
export type ReferenceFn = <C extends CollectionName>(collection: C) => z.ZodType<ParsedReference, string>;

/**
 * A parsed reference. The collection is typed as text because Astro's generated entry types say so;
 * the schemas guarantee it names the collection the field refers to.
 */
export interface ParsedReference {
  id: string;
  collection: string;
}

/** A reference that only checks the slug's form; whether the entry exists is checked elsewhere. */
export const plainReference: ReferenceFn = <C extends CollectionName>(collection: C) =>
  z
    .string()
    .min(1)
    .transform((id) => ({ id, collection }))
    .meta({ fieldType: `slug entri ${collection}`, reference: collection }) as unknown as z.ZodType<ParsedReference, string>;
