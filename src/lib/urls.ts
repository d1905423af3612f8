import type { CollectionName } from './entries';

/** The Indonesian path segment of each collection's pages. */
export const SECTION_PATHS: Record<CollectionName, string> = {
  programs: 'program',
  regions: 'wilayah',
  events: 'kegiatan',
  sources: 'sumber',
  glossary: 'glosarium',
};

/** "/program/rt-mandiri/" and the like; glossary terms live as fragments of one page. */
export function entryUrl(collection: CollectionName, id: string): string {
  return collection === 'glossary' ? `/glosarium/#${id}` : `/${SECTION_PATHS[collection]}/${id}/`;
}

/** Collections whose list pages continue at `/<section>/2/`, `/3/`…, so their entries cannot take such a path. */
const PAGINATED: readonly CollectionName[] = ['programs', 'events'];

/** Why an entry's slug cannot be used, or undefined: a slug of digits alone would take a list page's address. */
export function reservedSlugProblem(collection: CollectionName, id: string): string | undefined {
  if (!PAGINATED.includes(collection) || !/^\d+$/.test(id)) return undefined;
  return `slug "${id}" hanya angka dan bertabrakan dengan halaman daftar /${SECTION_PATHS[collection]}/${id}/ (a digits-only slug collides with a list page)`;
}
