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
