import type { z } from 'astro/zod';
import type { CollectionName } from './collections';
import { eventSchema } from './event';
import { glossarySchema } from './glossary';
import { programSchema } from './program';
import { regionSchema } from './region';
import { sourceSchema } from './source';
import { variantSchema } from './variant';
import { visitStepSchema } from './visit-step';

/**
 * The schema of each collection, keyed like `COLLECTION_TABLE` and checked complete against it. The
 * schemas sit beside that table rather than in its rows because the browser's search code reads the
 * table and must not carry zod. The build, the checker, the importer and the guide all read these.
 */
export const COLLECTION_SCHEMAS = {
  programs: programSchema,
  regions: regionSchema,
  events: eventSchema,
  sources: sourceSchema,
  glossary: glossarySchema,
  visitSteps: visitStepSchema,
  variants: variantSchema,
} satisfies { [C in CollectionName]: z.ZodType };

/** The data of each collection's entries once its schema has parsed them. */
export type CollectionData = { [C in CollectionName]: z.output<(typeof COLLECTION_SCHEMAS)[C]> };

/** The data of each collection's entries as an author or a tool writes it, before parsing (defaults still empty). */
export type CollectionInput = { [C in CollectionName]: z.input<(typeof COLLECTION_SCHEMAS)[C]> };

/** An entry as a tool drafts it for review (the importer): field names and types checked, any field still missing. */
export type Draft<T> = { [K in keyof T]?: T[K] | undefined };
