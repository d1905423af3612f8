/**
 * The kind of page in search results and the `jenis` filter, for each collection with pages. The
 * collection table takes its `searchType` from here; the browser's search code imports this module
 * alone, so it carries these four words and not the whole table.
 */
export const SEARCH_TYPES = {
  programs: 'Program',
  regions: 'Wilayah',
  events: 'Kegiatan',
  sources: 'Sumber',
} as const;
