import { z } from 'astro/zod';
import { stringify } from 'csv-stringify/sync';
import { COLLECTION_SCHEMAS } from '../../schemas';
import { COLLECTION_TABLE, PAGE_COLLECTIONS, type PageCollection } from '../../schemas/collections';
import { IsoDateSchema } from '../../schemas/common';
import { ADOPTION_STATUSES, type AdoptionStatus } from '../../schemas/program';
import { PROFILE_PARTS } from '../../schemas/profile';
import { adoptionPairs } from '../adoption/follow-through';
import type { Catalog } from '../catalog/catalog';
import { isRef, must } from '../read/entries';
import { profileFacts } from '../profile/profile-facts';
import { absoluteUrl, dataUrl } from '../urls';

/** The collections published as JSON under /data/, with their Indonesian descriptions. */
export const OPEN_DATA = Object.fromEntries(PAGE_COLLECTIONS.map((name) => [name, COLLECTION_TABLE[name].openData])) as {
  [C in PageCollection]: (typeof COLLECTION_TABLE)[C]['openData'];
};

/** A collection published under /data/. */
export type OpenDataName = keyof typeof OPEN_DATA;

/** The data's licence: Tiru's entries are open data; the article texts they cite are not published. */
export const DATA_LICENSE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** Turns parsed entry data back into the form authors write it in: references become slugs again. */
function asAuthored(value: unknown): unknown {
  if (isRef(value)) return value.id;
  if (Array.isArray(value)) return value.map(asAuthored);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, asAuthored(v)]));
  return value;
}

/** Every entry of a collection as `{ slug, …fields }`, sorted by slug so exports are stable. */
export function exportCollection(catalog: Catalog, name: OpenDataName): { slug: string }[] {
  return [...catalog[name].values()]
    .map((entry) => ({ slug: entry.id, ...(asAuthored(entry.data) as object) }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/**
 * JSON Schema of an export, generated from the same zod schema the content is validated with
 * (input form: references are slugs, dates are YYYY-MM-DD strings).
 */
export function exportSchema(name: OpenDataName): object {
  const entry = z.intersection(z.object({ slug: z.string().describe('Slug entri, juga bagian alamat halamannya') }), COLLECTION_SCHEMAS[name]);
  const description = `${OPEN_DATA[name]} Lisensi data: ${DATA_LICENSE.title} (${DATA_LICENSE.name}), ${DATA_LICENSE.path}.`;
  return z.toJSONSchema(z.array(entry).describe(description), {
    io: 'input',
    unrepresentable: 'any',
    // Tiru's own field metadata (types for the authoring guide) is not JSON Schema vocabulary.
    override: ({ jsonSchema }) => {
      delete (jsonSchema as Record<string, unknown>)['fieldType'];
      delete (jsonSchema as Record<string, unknown>)['reference'];
    },
  });
}

/** Columns of adoptions.csv: each record, then its region–program pair's first and latest dates and current status. */
export const ADOPTION_COLUMNS = ['program', 'origin', 'region', 'status', 'date', 'event', 'evidence', 'note', 'sources', 'pair_first', 'pair_latest', 'pair_status'] as const;

/** One row per adoption record, oldest first within each program and region. */
export function adoptionsCsv(catalog: Catalog): string {
  const rows = adoptionPairs([...catalog.links.adoptionsOf].sort(([a], [b]) => a.localeCompare(b)))
    .toSorted((a, b) => a.programId.localeCompare(b.programId) || a.regionId.localeCompare(b.regionId))
    .flatMap((pair) =>
      pair.history.map((record) => [
        pair.programId,
        must(catalog.programs, pair.programId).data.origin.id,
        pair.regionId,
        record.status,
        record.date,
        record.via?.id ?? '',
        record.evidence ?? '',
        record.note ?? '',
        record.sources.map((s) => s.id).join(';'),
        pair.first.date,
        pair.current.date,
        pair.current.status,
      ]),
    );
  return stringify([[...ADOPTION_COLUMNS], ...rows]);
}

/** Columns of profil.csv: one cited profile statement per row. */
export const PROFILE_COLUMNS = ['program', 'part', 'label', 'value', 'amount', 'unit', 'date', 'note', 'url', 'sources'] as const;

/** One row per profile statement, programs by slug, statements in the guide's order. */
export function profileCsv(catalog: Catalog): string {
  const rows = [...catalog.programs.values()]
    .toSorted((a, b) => a.id.localeCompare(b.id))
    .flatMap(({ id, data }) =>
      profileFacts(data.profile).map((fact) => [id, fact.part, fact.label, fact.value, fact.amount?.value ?? '', fact.amount?.unit ?? '', fact.date ?? '', fact.note ?? '', fact.url ?? '', fact.sourceIds.join(';')]),
    );
  return stringify([[...PROFILE_COLUMNS], ...rows]);
}

/** One region–program pair in /data/adopsi.json. */
const AdoptionPairExport = z.object({
  program: z.string().describe('Slug program'),
  origin: z.string().describe('Slug wilayah asal program'),
  region: z.string().describe('Slug wilayah yang mempelajari atau meniru'),
  status: z.enum(Object.keys(ADOPTION_STATUSES) as [AdoptionStatus, ...AdoptionStatus[]]).describe('Status terkini'),
  first: IsoDateSchema.describe('Tanggal catatan pertama'),
  latest: IsoDateSchema.describe('Tanggal catatan terakhir'),
  via: z.string().optional().describe('Slug kegiatan tempat adopsi ini bermula'),
  evidence: z.string().optional().describe('Bukti terbaru, mis. nomor MoU/PKS'),
  records: z.number().int().min(1).describe('Jumlah catatan dalam riwayatnya'),
});

/** Every region–program pair with its current status, by program and region. */
export function exportAdoptionPairs(catalog: Catalog): z.input<typeof AdoptionPairExport>[] {
  return adoptionPairs(catalog.links.adoptionsOf)
    .map((pair) => ({
      program: pair.programId,
      origin: must(catalog.programs, pair.programId).data.origin.id,
      region: pair.regionId,
      status: pair.current.status,
      first: pair.first.date,
      latest: pair.current.date,
      ...(pair.via ? { via: pair.via } : {}),
      ...(pair.evidence ? { evidence: pair.evidence } : {}),
      records: pair.history.length,
    }))
    .sort((a, b) => a.program.localeCompare(b.program) || a.region.localeCompare(b.region));
}

/** Description of /data/adopsi.json, shared by its schema, the data package and /data/. */
export const ADOPTION_PAIRS_DESCRIPTION = 'Adopsi: setiap pasangan wilayah dan program dengan status terkini, catatan pertama dan terakhir, kegiatan asal dan bukti.';

/** JSON Schema of /data/adopsi.json. */
export function adoptionPairsSchema(): object {
  const description = `${ADOPTION_PAIRS_DESCRIPTION} Lisensi data: ${DATA_LICENSE.title} (${DATA_LICENSE.name}), ${DATA_LICENSE.path}.`;
  return z.toJSONSchema(z.array(AdoptionPairExport).describe(description), { io: 'input', unrepresentable: 'any' });
}

/** One published file, as the data package and the /data/ page describe it. */
export interface DataFile {
  name: string;
  /** Address under the site, e.g. "/data/programs.json". */
  path: string;
  format: 'json' | 'csv';
  description: string;
  /** The JSON Schema's address, for JSON files. */
  schema?: string | undefined;
  /** The columns of a CSV file, and which of them hold numbers. */
  columns?: readonly string[] | undefined;
  numericColumns?: readonly string[] | undefined;
  /** What some columns hold, for the /data/ page. */
  columnNotes?: string | undefined;
  /** The page that summarises the file. */
  summary?: { href: string; label: string } | undefined;
  /** The collection a file exports entry by entry, whose fields the /data/ page tabulates. */
  collection?: PageCollection | undefined;
}

/** Every file under /data/: one per collection with pages, then the adoption pairs and the two CSV tables. */
export const DATA_FILES: readonly DataFile[] = [
  ...PAGE_COLLECTIONS.map((name): DataFile => ({ name, path: dataUrl(name, 'json'), format: 'json', description: OPEN_DATA[name], schema: dataUrl(name, 'schema.json'), collection: name })),
  {
    name: 'adopsi',
    path: dataUrl('adopsi', 'json'),
    format: 'json',
    description: ADOPTION_PAIRS_DESCRIPTION,
    schema: dataUrl('adopsi', 'schema.json'),
    summary: { href: '/adopsi/', label: 'Dari kunjungan ke penerapan' },
  },
  {
    name: 'adoptions',
    path: dataUrl('adoptions', 'csv'),
    format: 'csv',
    description: 'Satu baris per catatan adopsi, dengan tanggal catatan pertama dan terakhir serta status terkini pasangannya (kolom pair_*).',
    columns: ADOPTION_COLUMNS,
  },
  {
    name: 'profil',
    path: dataUrl('profil', 'csv'),
    format: 'csv',
    description: 'Satu baris per butir profil program (dasar hukum, anggaran, sasaran, pengampu, awal, cakupan, hasil, kontak, dokumen), dengan sumbernya.',
    columns: PROFILE_COLUMNS,
    numericColumns: ['amount'],
    columnNotes: `Kolom part berisi bagian profil (${Object.keys(PROFILE_PARTS).join(', ')}); amount berisi angka tanpa pemisah dan unit satuannya (rupiah untuk anggaran); date ditulis setepat sumbernya (YYYY, YYYY-MM atau YYYY-MM-DD).`,
  },
];

/**
 * A Frictionless Data Package describing every export with its licence and schema, so the licence
 * travels with each file, the CSV included, which has no metadata of its own.
 */
export function dataPackage(siteUrl: URL): object {
  const url = (path: string) => absoluteUrl(path, siteUrl);
  return {
    name: 'tiru',
    title: 'Tiru: data terbuka program pemerintah daerah untuk studi tiru',
    homepage: url('/data/'),
    licenses: [DATA_LICENSE],
    resources: DATA_FILES.map((file) => ({
      name: file.name,
      path: url(file.path),
      format: file.format,
      mediatype: file.format === 'json' ? 'application/json' : 'text/csv',
      description: file.description,
      schema: file.schema ? url(file.schema) : { fields: (file.columns ?? []).map((column) => ({ name: column, type: file.numericColumns?.includes(column) ? 'number' : 'string' })) },
      licenses: [DATA_LICENSE],
    })),
  };
}
