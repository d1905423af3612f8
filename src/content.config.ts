import { defineCollection, reference } from 'astro:content';
import { join } from 'node:path';
import { COLLECTION_TABLE, type CollectionName } from './schemas/collections';
import { CONTENT_DIR } from './lib/read/content-dir';
import { globWithPlainDates } from './loaders/glob-with-plain-dates';
import { collectionSchemas } from './schemas';
import type { ReferenceFn } from './schemas/reference';

// Astro's reference() produces the same { id, collection } as the schemas' ReferenceFn expects.
const schemas = collectionSchemas(reference as unknown as ReferenceFn);

/** The files of one collection under the content folder. */
function loader(name: CollectionName) {
  const { folder, extensions } = COLLECTION_TABLE[name];
  return globWithPlainDates({ base: join(CONTENT_DIR, folder), pattern: `*.{${extensions.map((ext) => ext.slice(1)).join(',')}}` });
}

// Spelled out per collection so Astro infers each entry type from its schema.
export const collections = {
  regions: defineCollection({ loader: loader('regions'), schema: schemas.regions }),
  programs: defineCollection({ loader: loader('programs'), schema: schemas.programs }),
  events: defineCollection({ loader: loader('events'), schema: schemas.events }),
  sources: defineCollection({ loader: loader('sources'), schema: schemas.sources }),
  glossary: defineCollection({ loader: loader('glossary'), schema: schemas.glossary }),
  visitSteps: defineCollection({ loader: loader('visitSteps'), schema: schemas.visitSteps }),
  variants: defineCollection({ loader: loader('variants'), schema: schemas.variants }),
};
