import { perCollection, type CollectionName } from '../../schemas/collections';
import { buildCrossLinks, type CrossLinks } from './cross-links';
import { contentDateOf } from './content-date';
import { buildGlossaryUsage } from './glossary-usage';
import { byId, type CatalogEntryTypes, type CatalogInput, type Ref } from '../read/entries';

/** The catalog's input types, re-exported for its readers. */
export type { CatalogEntryTypes, CatalogInput } from '../read/entries';

/** All entries by id plus the cross-links between them: the single input of every page. */
export type Catalog<T extends CatalogEntryTypes = CatalogEntryTypes> = { [C in CollectionName]: Map<string, T[C]> } & {
  links: CrossLinks;
  /** glossary entry → program and event entries using the term */
  glossaryUsage: Map<string, Ref[]>;
  /** entry file → date of its last commit */
  commitDates: Map<string, string>;
  /** The date follow-up and timelines are measured from (see `contentDateOf`). */
  contentDate: string;
};

/**
 * Assembles the catalog every page reads from entries that passed the check: entries by id, the
 * cross-links between them and the glossary's use. Checks nothing; `checkEntries` does that first.
 */
export function buildCatalog<T extends CatalogEntryTypes>(entries: CatalogInput<T>, { commitDates }: { commitDates?: Map<string, string> | undefined } = {}): Catalog<T> {
  return {
    ...perCollection<{ [C in CollectionName]: Map<string, T[C]> }>((name) => byId<{ id: string }>(entries[name])),
    links: buildCrossLinks(entries),
    glossaryUsage: buildGlossaryUsage(entries.glossary, [
      { collection: 'programs', entries: entries.programs },
      { collection: 'events', entries: entries.events },
    ]),
    commitDates: commitDates ?? new Map(),
    contentDate: contentDateOf(entries, commitDates ?? new Map()),
  };
}
