import { defineCollection } from 'astro:content';
import { join } from 'node:path';
import { CONTENT_DIR } from './lib/content-dir';
import { globWithPlainDates } from './loaders/glob-with-plain-dates';
import { EventSchema } from './schemas/event';
import { ProgramSchema } from './schemas/program';
import { RegionSchema } from './schemas/region';
import { SourceSchema } from './schemas/source';

const from = (folder: string, pattern: string) => globWithPlainDates({ base: join(CONTENT_DIR, folder), pattern });

export const collections = {
  regions: defineCollection({ loader: from('regions', '*.{yaml,yml}'), schema: RegionSchema }),
  programs: defineCollection({ loader: from('programs', '*.{md,mdx}'), schema: ProgramSchema }),
  events: defineCollection({ loader: from('events', '*.{md,mdx}'), schema: EventSchema }),
  sources: defineCollection({ loader: from('sources', '*.{yaml,yml}'), schema: SourceSchema }),
};
