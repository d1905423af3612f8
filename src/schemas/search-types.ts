/**
 * Result badge and `jenis` filter value of each page collection. Kept apart from the collection table
 * (collections.ts), which takes its `searchType` values from here, so that the browser's search code can
 * use them without shipping the whole table (1.3 kB of /cari/'s 10 kB script budget).
 */
export const SEARCH_TYPES = { programs: 'Program', regions: 'Wilayah', events: 'Kegiatan', sources: 'Sumber' } as const;
