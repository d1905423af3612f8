import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { linkTargetsOf } from '../../markdown/content-index';
import { buildCatalog } from './catalog';
import { findLikelyMistakes } from './likely-mistakes';
import type { ContentProblem } from './problems';
import { readEntries, type ReadResult } from './read-entries';
import { loadRegistry, type Registry } from './registry';
import { validateEntries } from './validate-entries';
import { lineOfField } from './yaml-lines';

export interface CheckOptions {
  /** The official registry; loaded from idn-area-data when not given. */
  registry?: Registry;
  /** "Today" for the future-date warning, as YYYY-MM-DD. */
  today?: string;
  /** The files as already read (the build reads them once for the Markdown pipeline too). */
  read?: ReadResult;
}

/**
 * Validates all content in one pass and returns every problem found, errors and warnings alike:
 * file, line, field, what is wrong and a hint. Nothing stops at the first error. `npm run check`
 * and `npm run build` both call this, so they agree on every problem and its wording.
 */
export async function checkContent(contentDir: string, options: CheckOptions = {}): Promise<ContentProblem[]> {
  const read = options.read ?? readEntries(contentDir);
  const validation = validateEntries(read.entries, linkTargetsOf(read.entries, read.unreadable));
  const { problems: crossProblems } = buildCatalog(validation.entries, {
    registry: options.registry ?? (await loadRegistry()),
    articleExists: (file) => existsSync(join(contentDir, 'sources', 'articles', file)),
    contentLabel: relative(process.cwd(), contentDir) || '.',
    invalid: [...read.unreadable, ...validation.invalid],
  });
  // Rules across entries know fields, not lines: find each field's line in the file it came from.
  const rawByFile = new Map(read.entries.map((entry) => [entry.file, entry]));
  const located = crossProblems.map((problem) => {
    const raw = rawByFile.get(problem.file);
    return raw && problem.line === undefined ? { ...problem, line: lineOfField(raw.lines, problem.field.replace(/\[(\d+)\]/g, '.$1')) } : problem;
  });
  return [...read.problems, ...validation.problems, ...located, ...findLikelyMistakes(validation.entries, options.today ?? new Date().toISOString().slice(0, 10))];
}
