import type { CollectionName } from './entries';

/** The Indonesian path segment of each collection's pages. */
export const SECTION_PATHS: Record<CollectionName, string> = {
  programs: 'program',
  regions: 'wilayah',
  events: 'kegiatan',
  sources: 'sumber',
};

/** "/program/rt-mandiri/" and the like. */
export function entryUrl(collection: CollectionName, id: string): string {
  return `/${SECTION_PATHS[collection]}/${id}/`;
}

/** "/program/" and the like. */
export function sectionUrl(collection: CollectionName): string {
  return `/${SECTION_PATHS[collection]}/`;
}
