import { z } from 'astro/zod';
import { stringify } from 'csv-stringify/sync';
import { collectionSchemas } from '../../schemas';
import { plainReference } from '../../schemas/reference';
import type { Catalog } from '../content/catalog';
import { isRef } from '../content/entries';

/** The collections published as JSON under /data/, with their Indonesian descriptions. */
export const OPEN_DATA = {
  programs: 'Program: ringkasan, wilayah asal, urusan, tahapan, alias, program terkait, riwayat adopsi, sumber.',
  regions: 'Wilayah: nama, jenjang, induk, kode Kemendagri, koordinat, fakta dan pejabat beserta sumber.',
  events: 'Kegiatan: studi tiru, rapat koordinasi dan peluncuran, dengan tempat, tuan rumah, tamu, program yang dibahas.',
  sources: 'Sumber: artikel yang dikutip, dengan penerbit dan tanggal peristiwa.',
} as const;

export type OpenDataName = keyof typeof OPEN_DATA;

/** The data's licence: Tiru's entries are open data; the article texts they cite are not published. */
export const DATA_LICENSE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/**
 * A Frictionless Data Package describing every export with its licence and schema, so the licence
 * travels with each file, the CSV included, which has no metadata of its own.
 */
export function dataPackage(siteUrl: URL): object {
  const url = (path: string) => new URL(path, siteUrl).href;
  return {
    name: 'tiru',
    title: 'Tiru: data terbuka program pemerintah daerah untuk studi tiru',
    homepage: url('/data/'),
    licenses: [DATA_LICENSE],
    resources: [
      ...(Object.keys(OPEN_DATA) as OpenDataName[]).map((name) => ({
        name,
        path: url(`/data/${name}.json`),
        format: 'json',
        mediatype: 'application/json',
        description: OPEN_DATA[name],
        schema: url(`/data/${name}.schema.json`),
        licenses: [DATA_LICENSE],
      })),
      {
        name: 'adoptions',
        path: url('/data/adoptions.csv'),
        format: 'csv',
        mediatype: 'text/csv',
        description: 'Satu baris per catatan adopsi.',
        schema: { fields: ADOPTION_COLUMNS.map((column) => ({ name: column, type: 'string' })) },
        licenses: [DATA_LICENSE],
      },
    ],
  };
}

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
  const entry = z.intersection(z.object({ slug: z.string().describe('Slug entri, juga bagian alamat halamannya') }), collectionSchemas(plainReference)[name]);
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

/** Columns of adoptions.csv. */
export const ADOPTION_COLUMNS = ['program', 'origin', 'region', 'status', 'date', 'event', 'evidence', 'note', 'sources'] as const;

/** One row per adoption record, oldest first within each program. */
export function adoptionsCsv(catalog: Catalog): string {
  const rows = [...catalog.programs.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .flatMap(({ id, data }) =>
      data.adoptions
        .toSorted((a, b) => a.date.localeCompare(b.date))
        .map((record) => [id, data.origin.id, record.region.id, record.status, record.date, record.via?.id ?? '', record.evidence ?? '', record.note ?? '', record.sources.map((s) => s.id).join(';')]),
    );
  return stringify([[...ADOPTION_COLUMNS], ...rows]);
}
