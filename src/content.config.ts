import { defineCollection, reference } from 'astro:content';
import { join } from 'node:path';
import { CONTENT_DIR } from './lib/content-dir';
import { globWithPlainDates } from './loaders/glob-with-plain-dates';
import { eventSchema } from './schemas/event';
import { glossarySchema } from './schemas/glossary';
import { programSchema } from './schemas/program';
import type { ReferenceFn } from './schemas/reference';
import { regionSchema } from './schemas/region';
import { sourceSchema } from './schemas/source';

const from = (folder: string, pattern: string) => globWithPlainDates({ base: join(CONTENT_DIR, folder), pattern });

// Astro's reference() produces the same { id, collection } as the schemas' ReferenceFn expects.
const astroReference = reference as unknown as ReferenceFn;

export const collections = {
  regions: defineCollection({ loader: from('regions', '*.{yaml,yml}'), schema: regionSchema(astroReference) }),
  programs: defineCollection({ loader: from('programs', '*.{md,mdx}'), schema: programSchema(astroReference) }),
  events: defineCollection({ loader: from('events', '*.{md,mdx}'), schema: eventSchema(astroReference) }),
  sources: defineCollection({ loader: from('sources', '*.{yaml,yml}'), schema: sourceSchema }),
  glossary: defineCollection({ loader: from('glossary', '*.{yaml,yml}'), schema: glossarySchema(astroReference) }),
};
