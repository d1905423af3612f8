import type { CatalogInput } from '../read/entries';
import type { ContentProblem } from '../read/problems';
import { articleFileProblems } from './rules/article-files';
import { dateProblems } from './rules/dates';
import { duplicateRecordProblems } from './rules/duplicate-records';
import { repeatedItemProblems } from './rules/repeated-items';
import { roleProblems } from './rules/roles';
import { uniqueTermProblems } from './rules/unique-terms';

/**
 * The rules a careful editor applies across entries, over entries that passed their schemas:
 * contradicting roles, repeated and duplicated records, dates that contradict what they cite,
 * terms that must be unique, and article texts that are links or empty. Problems come without
 * lines; the checker finds each field's line in its file.
 */
export function editorialProblems(entries: CatalogInput, contentDir: string): ContentProblem[] {
  return [
    ...roleProblems(entries),
    ...repeatedItemProblems(entries),
    ...duplicateRecordProblems(entries),
    ...uniqueTermProblems(entries),
    ...dateProblems(entries),
    ...articleFileProblems(contentDir, entries.sources),
  ];
}
