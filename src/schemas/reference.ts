import { z } from 'astro/zod';
import type { CollectionName } from './collections';

/** A parsed reference: the slug of an entry and the collection it belongs to, as Astro's `reference()` gives it. */
export interface ParsedReference<C extends CollectionName = CollectionName> {
  id: string;
  collection: C;
}

/**
 * A field that refers to an entry of `collection` by its slug, parsed to `{ id, collection }` as
 * Astro's own `reference()` does. One function serves the build, the checker, the importer and the
 * tests, so every schema is a plain value; whether the entry exists is checked across entries.
 */
export const reference = <C extends CollectionName>(collection: C) =>
  z
    .string()
    .min(1)
    .transform((id): ParsedReference<C> => ({ id, collection }))
    .meta({ fieldType: `slug entri ${collection}`, reference: collection });
