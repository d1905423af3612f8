import { getCollection, type CollectionEntry } from 'astro:content';
import { relative } from 'node:path';
import { CONTENT_DIR } from './content-dir';
import { buildCrossLinks, type CrossLinks } from './cross-links';
import { findMissingArticles } from './articles';
import { lastCommitDates } from './git-dates';
import { buildGlossaryUsage } from './glossary-usage';
import { byId, PAGE_COLLECTIONS, type PageCollection, type Ref } from './entries';
import { ContentError, type ContentProblem } from './problems';
import { findBrokenReferences } from './references';
import { checkRegionsAgainstRegistry, loadRegistry } from './registry';
import { reservedSlugProblem } from './urls';

/** All entries by id plus the cross-links between them: the single input of every page. */
export interface Catalog {
  regions: Map<string, CollectionEntry<'regions'>>;
  programs: Map<string, CollectionEntry<'programs'>>;
  events: Map<string, CollectionEntry<'events'>>;
  sources: Map<string, CollectionEntry<'sources'>>;
  glossary: Map<string, CollectionEntry<'glossary'>>;
  links: CrossLinks;
  /** glossary entry → program and event entries using the term */
  glossaryUsage: Map<string, Ref[]>;
  /** entry file → date of its last commit */
  commitDates: Map<string, string>;
}

/** Entries whose slug would take the address of a list page, which Astro would silently let one of them win. */
function findReservedSlugs(entries: Record<'programs' | 'events', readonly { id: string; filePath?: string | undefined }[]>): ContentProblem[] {
  return Object.entries(entries).flatMap(([collection, list]) =>
    list.flatMap(({ id, filePath }) => {
      const message = reservedSlugProblem(collection as 'programs' | 'events', id);
      return message ? [{ file: filePath ?? `${collection}/${id}`, field: '(slug)', message }] : [];
    }),
  );
}

function findEmptyCollections(counts: Record<PageCollection, number>): ContentProblem[] {
  return PAGE_COLLECTIONS.filter((name) => counts[name] === 0).map((name) => ({
    file: relative(process.cwd(), CONTENT_DIR),
    field: name,
    message: `koleksi ${name} kosong; periksa folder konten (empty collection)`,
  }));
}

async function loadCatalog(): Promise<Catalog> {
  const [regions, programs, events, sources, glossary] = await Promise.all([
    getCollection('regions'),
    getCollection('programs'),
    getCollection('events'),
    getCollection('sources'),
    getCollection('glossary'),
  ]);
  const entries = { regions, programs, events, sources };
  const problems = [
    ...findEmptyCollections({ regions: regions.length, programs: programs.length, events: events.length, sources: sources.length }),
    ...findBrokenReferences({ ...entries, glossary }),
    ...findReservedSlugs({ programs, events }),
    ...checkRegionsAgainstRegistry(regions, await loadRegistry()),
    ...findMissingArticles(CONTENT_DIR, sources),
  ];
  if (problems.length > 0) throw new ContentError(problems);
  return {
    regions: byId(regions),
    programs: byId(programs),
    events: byId(events),
    sources: byId(sources),
    glossary: byId(glossary),
    links: buildCrossLinks(entries),
    glossaryUsage: buildGlossaryUsage(glossary, [
      { collection: 'programs', entries: programs },
      { collection: 'events', entries: events },
    ]),
    commitDates: lastCommitDates(CONTENT_DIR),
  };
}

let catalog: Promise<Catalog> | undefined;

/** Loads and validates all content once per build; every later call shares the result. */
export function getCatalog(): Promise<Catalog> {
  catalog ??= loadCatalog();
  return catalog;
}
