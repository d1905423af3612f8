import { getCollection, type CollectionEntry } from 'astro:content';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildCatalog, type Catalog } from './catalog';
import { CONTENT_DIR } from '../read/content-dir';
import { lastCommitDates } from './git-dates';
import { ContentError } from '../check/report';
import { crossEntryProblems } from '../check/cross-entry';
import { loadRegistry } from '../check/registry';

/** The catalog of the build, whose entries Astro can render. */
export type AstroCatalog = Catalog<AstroEntryTypes>;

interface AstroEntryTypes {
  regions: CollectionEntry<'regions'>;
  programs: CollectionEntry<'programs'>;
  events: CollectionEntry<'events'>;
  sources: CollectionEntry<'sources'>;
  glossary: CollectionEntry<'glossary'>;
  visitSteps: CollectionEntry<'visitSteps'>;
  variants: CollectionEntry<'variants'>;
}

async function loadCatalog(): Promise<AstroCatalog> {
  const [regions, programs, events, sources, glossary, visitSteps, variants] = await Promise.all([
    getCollection('regions'),
    getCollection('programs'),
    getCollection('events'),
    getCollection('sources'),
    getCollection('glossary'),
    getCollection('visitSteps'),
    getCollection('variants'),
  ]);
  const entries = { regions, programs, events, sources, glossary, visitSteps, variants };
  const problems = crossEntryProblems(entries, {
    registry: await loadRegistry(),
    articleExists: (file) => existsSync(join(CONTENT_DIR, 'sources', 'articles', file)),
    contentLabel: relative(process.cwd(), CONTENT_DIR),
  });
  // The content check at the start of the build has already reported these with lines; this guards
  // `astro dev`, where the check only warns.
  if (problems.some((problem) => problem.severity !== 'warning')) throw new ContentError(problems);
  return buildCatalog<AstroEntryTypes>(entries, { commitDates: lastCommitDates(CONTENT_DIR) });
}

let catalog: Promise<AstroCatalog> | undefined;

/** Loads and validates all content once per build; every later call shares the result. */
export function getCatalog(): Promise<AstroCatalog> {
  catalog ??= loadCatalog();
  return catalog;
}
