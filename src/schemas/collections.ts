import { SEARCH_TYPES } from './search-types';

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
    /** Whether the collection's list page is in the main navigation. */
    navigation: true,
    /** How an author starts an entry, shown in the guide. */
    command: 'npm run new -- program "Nama Program" --origin kota-banjarbaru',
    /** What the collection's open data file (/data/<name>.json) holds; collections without pages publish none. */
    openData: 'Program: ringkasan, wilayah asal, urusan, tahapan, profil bersumber (dasar hukum, anggaran, sasaran, pengampu, awal, cakupan, hasil, kontak, dokumen), alias, program terkait, riwayat adopsi, sumber.',
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
    navigation: true,
    command: 'npm run new -- region --code 33.20',
    openData: 'Wilayah: nama, jenjang, induk, kode Kemendagri, koordinat, fakta dan pejabat beserta sumber.',
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
    navigation: true,
    command: 'npm run new -- event "Studi tiru ke Kota X" --date 2023-02-06 --host kota-banjarbaru',
    openData: 'Kegiatan: studi tiru, rapat koordinasi dan peluncuran, dengan tempat, tuan rumah, tamu, program yang dibahas.',
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
    navigation: true,
    command: 'npm run new -- source "Judul artikel" --publisher klikkalsel.com --date 2023-02-06',
    openData: 'Sumber: laporan yang dikutip, dengan penerbit, tanggal peristiwa, alamat web, tanggal terbit dan tanggal dibaca.',
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
    navigation: true,
    command: 'buat berkas content/glossary/<singkatan>.yaml',
    openData: undefined,
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
    navigation: false,
    command: 'buat berkas content/kit/<urutan>-<langkah>.yaml',
    openData: undefined,
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
    navigation: false,
    command: 'buat berkas content/variants/<istilah>.yaml',
    openData: undefined,
  },
} as const;

/** The name of a collection, a key of the table. */
export type CollectionName = keyof typeof COLLECTION_TABLE;

/** Collections whose entries each have a page of their own: those with a search type (glossary terms share /glosarium/, visit steps print in every kit, variants only feed search). */
export type PageCollection = { [C in CollectionName]: (typeof COLLECTION_TABLE)[C]['searchType'] extends undefined ? never : C }[CollectionName];

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

/**
 * An object with one value per collection, in table order: how code loops over the table and keeps
 * a type per collection name. The caller states that type; TypeScript cannot follow a loop's key to
 * its value, so `make` is trusted to return the value of the name it is given (and of its place in
 * `COLLECTIONS`, for a list made in that order).
 */
export function perCollection<T extends { [C in CollectionName]: unknown }>(make: (name: CollectionName, index: number) => unknown): T {
  return Object.fromEntries(COLLECTIONS.map((name, index) => [name, make(name, index)])) as T;
}
