import { posix } from 'node:path';
import { describeFields, type FieldDoc } from '../author/field-docs';
import { DATA_FILES } from '../publish/open-data';
import { COLLECTION_SCHEMAS } from '../../schemas';
import type { Link } from './common';

/** One file's section on /data/: its link, what it holds, its schema, and the fields of an entry export. */
export interface DataFileSection {
  id: string;
  file: Link;
  description: string;
  schema?: Link | undefined;
  /** The page that summarises the file. */
  summary?: Link | undefined;
  fields?: FieldDoc[] | undefined;
}

/** The /data/ page: every published file, from the same list the data package is made of. */
export function buildOpenDataGuide(): DataFileSection[] {
  return DATA_FILES.map((file) => ({
    id: `data-${file.name}`,
    file: { href: file.path, label: posix.basename(file.path) },
    description: [file.description, file.columns && `Kolom: ${file.columns.join(', ')}.`, file.columnNotes, file.columns && 'Sumber dipisahkan titik koma.'].filter(Boolean).join(' '),
    schema: file.schema ? { href: file.schema, label: posix.basename(file.schema) } : undefined,
    summary: file.summary,
    fields: file.collection && [{ name: 'slug', type: 'teks', required: true, description: 'Slug entri, juga bagian alamat halamannya' }, ...describeFields(COLLECTION_SCHEMAS[file.collection])],
  }));
}
