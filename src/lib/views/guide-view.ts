import { describeFields, type FieldDoc } from '../field-docs';
import { collectionSchemas } from '../../schemas';
import { plainReference } from '../../schemas/reference';
import { COLLECTION_FILES } from '../../schemas';

/** One collection's section of the authoring guide. */
export interface CollectionGuide {
  id: keyof typeof COLLECTION_FILES;
  title: string;
  folder: string;
  command: string;
  fields: FieldDoc[];
}

const GUIDES: { id: keyof typeof COLLECTION_FILES; title: string; command: string }[] = [
  { id: 'programs', title: 'Program', command: 'npm run new -- program "Nama Program" --origin kota-banjarbaru' },
  { id: 'regions', title: 'Wilayah', command: 'npm run new -- region --code 33.20' },
  { id: 'events', title: 'Kegiatan', command: 'npm run new -- event "Studi tiru ke Kota X" --date 2023-02-06 --host kota-banjarbaru' },
  { id: 'sources', title: 'Sumber', command: 'npm run new -- source "Judul artikel" --publisher klikkalsel.com --date 2023-02-06' },
  { id: 'glossary', title: 'Glosarium', command: 'buat berkas content/glossary/<singkatan>.yaml' },
];

/** The authoring guide's field tables, generated from the schemas so they never drift from them. */
export function buildAuthoringGuide(): CollectionGuide[] {
  const schemas = collectionSchemas(plainReference);
  return GUIDES.map((guide) => ({
    ...guide,
    folder: `content/${COLLECTION_FILES[guide.id].folder}/ (${COLLECTION_FILES[guide.id].extensions.join(', ')})`,
    fields: describeFields(schemas[guide.id]),
  }));
}
