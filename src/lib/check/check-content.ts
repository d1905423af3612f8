import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { linkTargetsOf } from '../read/content-index';
import { buildCache, cacheInputs } from '../cache/build-cache';
import { editorialProblems } from './editorial-rules';
import { bodyFacts, type BodyFacts } from './body-problems';
import type { CatalogInput } from '../read/entries';
import { crossEntryProblems } from './cross-entry';
import { findLikelyMistakes } from './likely-mistakes';
import type { ContentProblem } from '../read/problems';
import { readEntries, type ReadResult } from '../read/read-entries';
import { loadRegistry, type Registry } from './registry';
import { validateEntries } from './validate-entries';
import { lineOfField } from '../read/yaml-lines';

/** How to check a content folder. */
export interface CheckOptions {
  /** The official registry; loaded from idn-area-data when not given. */
  registry?: Registry;
  /** "Today" for the future-date warning, as YYYY-MM-DD. */
  today?: string;
  /** The files as already read (the build reads them once for the Markdown pipeline too). */
  read?: ReadResult;
  /** Where the build keeps what parsing each entry body found, so an unchanged body is not parsed again. */
  bodyCacheFile?: string;
}

/** The modules whose code shapes a body's facts: a change to any of them empties the cache. */
const BODY_CODE = ['./body-problems.ts', '../../markdown/wiki-links.ts'].map((path) => new URL(path, import.meta.url));

/**
 * Reads and validates a content folder: every problem found, errors and warnings alike, with file,
 * line, field and hint, and the entries that passed their schemas. The checker, the build (through
 * its first step) and the importer all go through here.
 */
export async function checkEntries(contentDir: string, options: CheckOptions = {}): Promise<{ entries: CatalogInput; problems: ContentProblem[] }> {
  const read = options.read ?? readEntries(contentDir);
  const cache = options.bodyCacheFile ? buildCache<BodyFacts>(options.bodyCacheFile, cacheInputs({}, BODY_CODE)) : undefined;
  const validation = validateEntries(read.entries, linkTargetsOf(read.entries, read.unreadable), cache && ((text, isMdx) => cache.get(`${isMdx}:${text}`, () => bodyFacts(text, isMdx)).value));
  cache?.save();
  const crossProblems = crossEntryProblems(validation.entries, {
    registry: options.registry ?? (await loadRegistry()),
    articleExists: (file) => existsSync(join(contentDir, 'sources', 'articles', file)),
    contentLabel: relative(process.cwd(), contentDir) || '.',
    invalid: [...read.unreadable, ...validation.invalid],
  });
  // Rules across entries know fields, not lines: find each field's line in the file it came from.
  const rawByFile = new Map(read.entries.map((entry) => [entry.file, entry]));
  const located = [...crossProblems, ...editorialProblems(validation.entries, contentDir)].map((problem) => {
    const raw = rawByFile.get(problem.file);
    return raw && problem.line === undefined ? { ...problem, line: lineOfField(raw.lines, problem.field) } : problem;
  });
  const warnings = findLikelyMistakes(validation.entries, options.today ?? new Date().toISOString().slice(0, 10));
  return { entries: validation.entries, problems: [...read.problems, ...validation.problems, ...located, ...warnings] };
}

/** Every problem of a content folder; `npm run check` and `npm run build` both report exactly these. */
export async function checkContent(contentDir: string, options: CheckOptions = {}): Promise<ContentProblem[]> {
  return (await checkEntries(contentDir, options)).problems;
}
