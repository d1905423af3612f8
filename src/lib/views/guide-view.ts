import { describeFields, type FieldDoc } from '../author/field-docs';
import { collectionSchemas } from '../../schemas';
import { plainReference } from '../../schemas/reference';
import { COLLECTION_TABLE, type CollectionName } from '../../schemas/collections';

/** One collection's section of the authoring guide. */
export interface CollectionGuide {
  id: CollectionName;
  title: string;
  folder: string;
  command: string;
  fields: FieldDoc[];
}

/** How to start an entry of each collection. */
const COMMANDS: Record<CollectionName, string> = {
  programs: 'npm run new -- program "Nama Program" --origin kota-banjarbaru',
  regions: 'npm run new -- region --code 33.20',
  events: 'npm run new -- event "Studi tiru ke Kota X" --date 2023-02-06 --host kota-banjarbaru',
  sources: 'npm run new -- source "Judul artikel" --publisher klikkalsel.com --date 2023-02-06',
  glossary: 'buat berkas content/glossary/<singkatan>.yaml',
  visitSteps: 'buat berkas content/kit/<urutan>-<langkah>.yaml',
  variants: 'buat berkas content/variants/<istilah>.yaml',
};

/** The authoring guide's field tables, generated from the schemas so they never drift from them. */
export function buildAuthoringGuide(): CollectionGuide[] {
  const schemas = collectionSchemas(plainReference);
  return (Object.keys(COMMANDS) as CollectionName[]).map((id) => ({
    id,
    title: COLLECTION_TABLE[id].label,
    folder: `content/${COLLECTION_TABLE[id].folder}/ (${COLLECTION_TABLE[id].extensions.join(', ')})`,
    command: COMMANDS[id],
    fields: describeFields(schemas[id]),
  }));
}
