import type { CollectionEntry } from 'astro:content';
import { getCatalog, type AstroCatalog } from '../catalog/astro-catalog';
import type { PageCollection } from '../../schemas/collections';

/** An entry's incremental-build key, from the catalog, the entry and the site's address. */
type PageKeyOf<C extends PageCollection> = (catalog: AstroCatalog, entry: CollectionEntry<C>, site: string | URL) => string | Promise<string>;

/**
 * The static paths of every entry of a collection with pages: its slug, the entry as the page's
 * prop, and the key that lets an unchanged page be taken from the cache. Views are built again when
 * each page renders and only digested here, so memory stays flat as content grows.
 */
export async function entryPaths<C extends PageCollection>(collection: C, keyOf: PageKeyOf<C>, site: string | URL) {
  const catalog = await getCatalog();
  const entries = [...(catalog[collection] as Map<string, CollectionEntry<C>>).values()];
  return Promise.all(entries.map(async (entry) => ({ params: { slug: entry.id }, props: { entry }, cacheKey: await keyOf(catalog, entry, site) })));
}
