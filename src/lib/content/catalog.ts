import type { EventData } from '../../schemas/event';
import type { GlossaryData } from '../../schemas/glossary';
import type { ProgramData } from '../../schemas/program';
import type { RegionData } from '../../schemas/region';
import type { SourceData } from '../../schemas/source';
import type { VariantData } from '../../schemas/variant';
import type { VisitStepData } from '../../schemas/visit-step';
import { checkRegionTree } from '../check/rules/region-tree';
import { buildCrossLinks, type CrossLinks } from '../cross-links';
import { buildGlossaryUsage } from '../glossary-usage';
import { reservedSlugProblem } from '../urls';
import { PAGE_COLLECTIONS, type CollectionName } from './collections';
import { byId, type Entry, type Ref } from './entries';
import type { ContentProblem } from './problems';
import { findBrokenReferences } from './references';
import { checkRegionsAgainstRegistry, type Registry } from './registry';

/** The entry type of each collection; Astro's collection entries and the checker's entries both fit. */
export interface CatalogEntryTypes {
  regions: Entry<RegionData>;
  programs: Entry<ProgramData>;
  events: Entry<EventData>;
  sources: Entry<SourceData>;
  glossary: Entry<GlossaryData>;
  visitSteps: Entry<VisitStepData>;
  variants: Entry<VariantData>;
}

/** Every entry of the site, by collection, as it comes in. */
export type CatalogInput<T extends CatalogEntryTypes = CatalogEntryTypes> = { [C in CollectionName]: readonly T[C][] };

/** All entries by id plus the cross-links between them: the single input of every page. */
export type Catalog<T extends CatalogEntryTypes = CatalogEntryTypes> = { [C in CollectionName]: Map<string, T[C]> } & {
  links: CrossLinks;
  /** glossary entry → program and event entries using the term */
  glossaryUsage: Map<string, Ref[]>;
  /** entry file → date of its last commit */
  commitDates: Map<string, string>;
};

/** What the rules across entries need from outside the entries themselves. */
export interface CatalogDeps {
  /** The official Kemendagri registry. */
  registry: Registry;
  /** Whether a source's article text exists, by its file name under sources/articles/. */
  articleExists: (file: string) => boolean;
  /** The content folder as messages show it, for problems of a collection as a whole. */
  contentLabel: string;
  /** Entry file → date of its last commit; empty when unknown. */
  commitDates?: Map<string, string> | undefined;
  /** Entries whose file exists but failed validation: references to them are not reported as unknown. */
  invalid?: readonly { collection: CollectionName; id: string }[] | undefined;
}

const fileOf = (collection: CollectionName, entry: Entry<unknown>) => entry.filePath ?? `${collection}/${entry.id}`;

/** Rules that need more than one entry, in the order their problems are reported. */
function crossEntryProblems(entries: CatalogInput, deps: CatalogDeps): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const invalid = deps.invalid ?? [];
  for (const name of PAGE_COLLECTIONS) {
    if (entries[name].length === 0 && !invalid.some((entry) => entry.collection === name)) {
      problems.push({ file: deps.contentLabel, field: name, message: `koleksi ${name} kosong (empty collection)`, hint: `periksa folder ${name}/ di folder konten` });
    }
  }
  problems.push(...findBrokenReferences(entries, invalid));
  for (const collection of PAGE_COLLECTIONS) {
    for (const entry of entries[collection]) {
      const message = reservedSlugProblem(collection, entry.id);
      if (message) problems.push({ file: fileOf(collection, entry), field: '(slug)', line: 1, message, hint: 'beri nama berkas yang memuat huruf' });
    }
  }
  const tree = checkRegionTree(entries.regions);
  problems.push(...tree.problems, ...checkRegionsAgainstRegistry(entries.regions, deps.registry, tree.misplaced));
  for (const source of entries.sources) {
    if (source.data.file && !deps.articleExists(source.data.file)) {
      problems.push({ file: fileOf('sources', source), field: 'file', message: `berkas artikel ${source.data.file} tidak ada di sources/articles/ (article file missing)` });
    }
  }
  for (const program of entries.programs) {
    program.data.related.forEach((ref, index) => {
      if (ref.id === program.id) {
        problems.push({ file: fileOf('programs', program), field: `related[${index}]`, message: 'program tidak bisa terkait dengan dirinya sendiri (program related to itself)', hint: `hapus ${program.id} dari related` });
      }
    });
    if (program.data.partOf?.id === program.id) {
      problems.push({ file: fileOf('programs', program), field: 'partOf', message: 'program tidak bisa menjadi bagian dari dirinya sendiri (program part of itself)', hint: 'hapus partOf atau isi dengan program induknya' });
    }
  }
  return problems;
}

/**
 * Checks the rules across entries (references, registry, article files, slugs) and builds the
 * catalog every page reads. Pure: the build, the checker and the tests all call this one function,
 * so they report the same problems in the same words.
 */
export function buildCatalog<T extends CatalogEntryTypes>(entries: CatalogInput<T>, deps: CatalogDeps): { catalog: Catalog<T>; problems: ContentProblem[] } {
  const problems = crossEntryProblems(entries, deps);
  const catalog = {
    regions: byId(entries.regions),
    programs: byId(entries.programs),
    events: byId(entries.events),
    sources: byId(entries.sources),
    glossary: byId(entries.glossary),
    visitSteps: byId(entries.visitSteps),
    variants: byId(entries.variants),
    links: buildCrossLinks(entries),
    glossaryUsage: buildGlossaryUsage(entries.glossary, [
      { collection: 'programs', entries: entries.programs },
      { collection: 'events', entries: entries.events },
    ]),
    commitDates: deps.commitDates ?? new Map(),
  } as Catalog<T>;
  return { catalog, problems };
}
