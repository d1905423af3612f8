import { COLLECTION_TABLE, type CollectionName } from './content/collections';

/** "/program/rt-mandiri/" and the like; glossary terms live as fragments of one page. */
export function entryUrl(collection: CollectionName, id: string): string {
  return collection === 'glossary' ? `/glosarium/#${id}` : `/${COLLECTION_TABLE[collection].section}/${id}/`;
}

/** Why an entry's slug cannot be used, or undefined: a slug of digits alone would take a list page's address. */
export function reservedSlugProblem(collection: CollectionName, id: string): string | undefined {
  if (!COLLECTION_TABLE[collection].paginated || !/^\d+$/.test(id)) return undefined;
  return `slug "${id}" hanya angka dan bertabrakan dengan halaman daftar /${COLLECTION_TABLE[collection].section}/${id}/ (a digits-only slug collides with a list page)`;
}
