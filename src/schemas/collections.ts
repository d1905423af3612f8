import { SEARCH_TYPES } from './search-types';

/** Result badge and `jenis` filter value of each page collection (defined apart, see search-types.ts). */
export { SEARCH_TYPES };

/**
 * Everything Tiru knows about each collection, in one table: where its files live, where its pages
 * go, how authors link to it, how search labels it. Every other list of collections derives from it.
 */
export const COLLECTION_TABLE = {
  programs: {
    folder: 'programs',
    extensions: ['.md', '.mdx'],
    /** URL section: /program/<slug>/ */
    section: 'program',
    /** Prefixes authors may write in wiki-links, Indonesian first: [[program:rt-mandiri]] */
    wikiPrefixes: ['program'],
    /** The kind of page in search results and the `jenis` filter; glossary terms are not indexed. */
    searchType: SEARCH_TYPES.programs,
    /** Heading of the collection in lists and guides. */
    label: 'Program',
    /** Field shown as the entry's title. */
    titleField: 'title',
    /** List pages continue at /<section>/2/, so slugs of digits alone are taken. */
    paginated: true,
  },
  regions: {
    folder: 'regions',
    extensions: ['.yaml', '.yml'],
    section: 'wilayah',
    wikiPrefixes: ['wilayah', 'region'],
    searchType: SEARCH_TYPES.regions,
    label: 'Wilayah',
    titleField: 'name',
    paginated: false,
  },
  events: {
    folder: 'events',
    extensions: ['.md', '.mdx'],
    section: 'kegiatan',
    wikiPrefixes: ['kegiatan', 'event'],
    searchType: SEARCH_TYPES.events,
    label: 'Kegiatan',
    titleField: 'title',
    paginated: true,
  },
  sources: {
    folder: 'sources',
    extensions: ['.yaml', '.yml'],
    section: 'sumber',
    wikiPrefixes: ['sumber', 'source'],
    searchType: SEARCH_TYPES.sources,
    label: 'Sumber',
    titleField: 'title',
    paginated: true,
  },
  glossary: {
    folder: 'glossary',
    extensions: ['.yaml', '.yml'],
    section: 'glosarium',
    wikiPrefixes: [],
    searchType: undefined,
    label: 'Glosarium',
    titleField: 'term',
    paginated: false,
  },
  /** The standard steps and questions every visit kit prints. */
  visitSteps: {
    folder: 'kit',
    extensions: ['.yaml', '.yml'],
    section: 'panduan',
    wikiPrefixes: [],
    searchType: undefined,
    label: 'Langkah kit kunjungan',
    titleField: 'title',
    paginated: false,
  },
  /** Equivalent words that search treats as one ("Kalsel" = "Kalimantan Selatan"). */
  variants: {
    folder: 'variants',
    extensions: ['.yaml', '.yml'],
    section: 'panduan',
    wikiPrefixes: [],
    searchType: undefined,
    label: 'Varian kata pencarian',
    titleField: 'term',
    paginated: false,
  },
} as const;

export type CollectionName = keyof typeof COLLECTION_TABLE;

/** Collections whose entries each have a page of their own (glossary terms share /glosarium/, visit steps print in every kit, variants only feed search). */
export type PageCollection = Exclude<CollectionName, 'glossary' | 'visitSteps' | 'variants'>;

/** The collections of Tiru, in the order pages list them. */
export const COLLECTIONS = Object.keys(COLLECTION_TABLE) as CollectionName[];

/** Whether entries of a collection have pages of their own, which wiki-links and search can point to. */
export const isPageCollection = (name: CollectionName): name is PageCollection => COLLECTION_TABLE[name].searchType !== undefined;

/** Page collections, in the order pages list them. */
export const PAGE_COLLECTIONS = COLLECTIONS.filter(isPageCollection);

/** Wiki-link prefix → collection, for every prefix authors may write. */
export const WIKI_PREFIXES: ReadonlyMap<string, PageCollection> = new Map(
  PAGE_COLLECTIONS.flatMap((name) => COLLECTION_TABLE[name].wikiPrefixes.map((prefix) => [prefix, name] as const)),
);
