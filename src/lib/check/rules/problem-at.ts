import type { CollectionName } from '../../../schemas/collections';
import type { Entry } from '../../read/entries';
import type { ContentProblem } from '../../read/problems';

/** An entry's file as messages show it. */
export const fileOf = (collection: CollectionName, entry: Entry<unknown>) => entry.filePath ?? `${collection}/${entry.id}`;

/** An error (or, when told, a warning) at a field of an entry; the checker finds the field's line. */
export function problemAt(collection: CollectionName, entry: Entry<unknown>, field: string, message: string, hint?: string, severity?: 'warning'): ContentProblem {
  return { file: fileOf(collection, entry), field, message, hint, ...(severity ? { severity } : {}) };
}

/** Text compared the way a reader would: case, spacing and surrounding space ignored. */
export const sameText = (text: string) => text.toLocaleLowerCase('id-ID').replace(/\s+/g, ' ').trim();
