import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { join } from 'node:path';
import { COLLECTION_TABLE, perCollection, type CollectionName } from './schemas/collections';
import { COLLECTION_SCHEMAS } from './schemas';
import { CONTENT_DIR } from './lib/read/content-dir';
import { globWithPlainDates } from './loaders/glob-with-plain-dates';

/** One collection of the table: its files under the content folder, parsed by its schema. */
function defineFromTable<C extends CollectionName>(name: C) {
  const { folder, extensions } = COLLECTION_TABLE[name];
  const loader = globWithPlainDates({ base: join(CONTENT_DIR, folder), pattern: `*.{${extensions.map((ext) => ext.slice(1)).join(',')}}` });
  return defineCollection({ loader, schema: COLLECTION_SCHEMAS[name] });
}

// Astro infers each collection's entry type from this object's type, so the loop keeps it per name.
/** Astro's content collections, one per row of the collection table. */
export const collections = perCollection<{ [C in CollectionName]: { loader: Loader; schema: (typeof COLLECTION_SCHEMAS)[C] } }>(defineFromTable);
