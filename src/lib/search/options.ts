
/** Search filters, in the order the search page shows them; keys double as URL parameters. */
export const SEARCH_FILTERS = {
  jenis: 'Jenis',
  wilayah: 'Wilayah',
  provinsi: 'Provinsi',
  urusan: 'Urusan',
  tahapan: 'Tahapan',
  status: 'Status adopsi',
  tahun: 'Tahun',
} as const;

/** A filter of the search page. */
export type SearchFilter = keyof typeof SEARCH_FILTERS;

/** Sort orders offered besides relevance; keys are Pagefind sort names and URL values. */
export const SEARCH_SORTS = {
  tanggal: { label: 'Tanggal terbaru', direction: 'desc' },
  judul: { label: 'Judul A–Z', direction: 'asc' },
} as const;

/** A sort order of the search page. */
export type SearchSort = keyof typeof SEARCH_SORTS;

/** Where the built vocabulary for "did you mean" suggestions is published. */
export const VOCABULARY_PATH = '/cari/kosakata.json';

/**
 * Pagefind options shared by the search page and the tests, so both rank alike.
 * Aliases count like titles; hidden terms (roots, variants) count less than the text they stand for.
 */
export const PAGEFIND_OPTIONS = {
  excerptLength: 24,
  ranking: { pageLength: 0.3, metaWeights: { title: 5, alias: 5, terms: 0.5 } },
} as const;
