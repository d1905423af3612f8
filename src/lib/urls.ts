import { COLLECTION_TABLE, type CollectionName } from '../schemas/collections';

/** "/program/rt-mandiri/" and the like; entries without a page of their own live as fragments of their section's page. */
export function entryUrl(collection: CollectionName, id: string): string {
  const { section, searchType } = COLLECTION_TABLE[collection];
  return searchType === undefined ? `/${section}/#${id}` : `/${section}/${id}/`;
}

/** A program's or an event's printable visit kit: "/program/rt-mandiri/kit/". */
export const kitUrl = (collection: 'programs' | 'events', id: string): string => `${entryUrl(collection, id)}kit/`;

/** An open-data file: dataUrl('programs', 'json') → "/data/programs.json", dataUrl('programs', 'schema.json') → "/data/programs.schema.json". */
export const dataUrl = (name: string, extension: 'json' | 'schema.json' | 'csv'): string => `/data/${name}.${extension}`;

/** Why an entry's slug cannot be used, or undefined: a slug of digits alone would take a list page's address. */
export function reservedSlugProblem(collection: CollectionName, id: string): string | undefined {
  if (!COLLECTION_TABLE[collection].paginated || !/^\d+$/.test(id)) return undefined;
  return `slug "${id}" hanya angka dan bertabrakan dengan halaman daftar /${COLLECTION_TABLE[collection].section}/${id}/ (a digits-only slug collides with a list page)`;
}

/** The full address of a site path, for links that leave the site: QR codes, structured data. */
export const absoluteUrl = (path: string, site: string | URL): string => new URL(path, site).href;
