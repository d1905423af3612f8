import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTIONS, perCollection, type CollectionName } from '../../schemas/collections';
import { CONTENT_DIR } from '../read/content-dir';
import { buildCatalog, type Catalog, type CatalogInput } from './catalog';
import { lastCommitDates } from './git-dates';

/** Each collection's entries as Astro gives them, which Astro can render. */
type AstroEntryTypes = { [C in CollectionName]: CollectionEntry<C> };

/** The catalog of the build, whose entries Astro can render. */
export type AstroCatalog = Catalog<AstroEntryTypes>;

/**
 * Assembles the catalog from Astro's entries. It checks nothing: the content check at the start of
 * the build has already refused content with errors, so the registry is not loaded again here. In
 * `astro dev` that check only reports, and a page that follows a broken reference fails with
 * `MissingEntryError` naming the entry.
 */
async function loadCatalog(): Promise<AstroCatalog> {
  const lists = await Promise.all(COLLECTIONS.map((name) => getCollection(name)));
  const entries = perCollection<CatalogInput<AstroEntryTypes>>((_name, index) => lists[index]);
  return buildCatalog(entries, { commitDates: lastCommitDates(CONTENT_DIR) });
}

let catalog: Promise<AstroCatalog> | undefined;

/** The build's catalog, assembled on the first call; every later call of the build shares it. */
export function getCatalog(): Promise<AstroCatalog> {
  catalog ??= loadCatalog();
  return catalog;
}
