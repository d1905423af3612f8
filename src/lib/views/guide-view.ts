import { describeFields, type FieldDoc } from '../author/field-docs';
import { COLLECTION_SCHEMAS } from '../../schemas';
import { COLLECTION_TABLE, COLLECTIONS, type CollectionName } from '../../schemas/collections';

/** One collection's section of the authoring guide. */
export interface CollectionGuide {
  id: CollectionName;
  title: string;
  folder: string;
  command: string;
  fields: FieldDoc[];
}

/** The authoring guide's field tables, generated from the schemas so they never drift from them. */
export function buildAuthoringGuide(): CollectionGuide[] {
  return COLLECTIONS.map((id) => ({
    id,
    title: COLLECTION_TABLE[id].label,
    folder: `content/${COLLECTION_TABLE[id].folder}/ (${COLLECTION_TABLE[id].extensions.join(', ')})`,
    command: COLLECTION_TABLE[id].command,
    fields: describeFields(COLLECTION_SCHEMAS[id]),
  }));
}
