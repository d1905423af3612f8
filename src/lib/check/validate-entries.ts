import { COLLECTION_SCHEMAS, type CollectionData } from '../../schemas/index';
import type { LinkTargets } from '../../markdown/wiki-links';
import { HTML_BUDGET_BYTES } from '../../consts';
import { mdxInMarkdownProblem } from './rules/mdx-in-markdown';
import { bodyFacts, checkBody, type BodyFacts } from './body-problems';
import { COLLECTION_TABLE, perCollection, type CollectionName } from '../../schemas/collections';
import type { Entry } from '../read/entries';
import type { ContentProblem } from '../read/problems';
import type { RawEntry, UnreadableEntry } from '../read/read-entries';
import { displayPath, issueToProblem } from './schema-problems';
import { lineOfField } from '../read/yaml-lines';

/** An entry that passed its schema, with the file it came from (for lines in later messages). */
export interface ValidEntry<T = unknown> extends Entry<T> {
  raw: RawEntry;
}

/** Entries that passed their schema, by collection. */
export type ValidEntries = { [C in CollectionName]: ValidEntry<CollectionData[C]>[] };

/** What validating each entry on its own found. */
export interface EntryValidation {
  entries: ValidEntries;
  /** Entries whose file exists but whose data failed: other entries may still refer to them. */
  invalid: UnreadableEntry[];
  problems: ContentProblem[];
}

const MARKUP = /<\/?[a-z!][^>]*>?/i;

/** How YAML reads a grouped number: 837.062 is a fraction, 1.234.567 is text. */
const readAs = (written: string) =>
  /^-?\d+\.\d+$/.test(written) ? `sebagai pecahan ${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 6 }).format(Number(written))}` : 'sebagai teks, bukan angka';

/** How the facts of a body are found: by parsing it, or from a cache of earlier parses. */
export type BodyFactsOf = (text: string, isMdx: boolean) => BodyFacts;

/** Problems of one entry on its own: its schema, its title, its numbers, its body. */
function entryProblems(entry: RawEntry, targets: LinkTargets, factsOf: BodyFactsOf): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const titleField = COLLECTION_TABLE[entry.collection].titleField;
  const title = (entry.data as Record<string, unknown>)[titleField];
  if (typeof title === 'string' && MARKUP.test(title)) {
    problems.push({
      file: entry.file,
      field: titleField,
      line: entry.lines.get(titleField),
      message: `berisi markup HTML ${JSON.stringify(title.match(MARKUP)![0])}; judul harus teks biasa (title contains HTML)`,
      hint: 'hapus tag HTML dari judul',
    });
  }
  for (const [path, written] of entry.groupedNumbers) {
    // Coordinates are decimal degrees, where three decimals (-3.442) are ordinary.
    if (path.startsWith('coordinates.')) continue;
    problems.push({
      file: entry.file,
      field: displayPath(path.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key))),
      line: lineOfField(entry.lines, path),
      message: `angka ${written} memakai pemisah ribuan, sehingga terbaca ${readAs(written)} (number with thousands separators)`,
      hint: `tulis ${written.replace(/[.,]/g, '')} tanpa pemisah; pecahan desimal memakai titik, mis. 12387.28`,
    });
  }
  if (entry.body) {
    problems.push(...checkBody(entry, targets, factsOf(entry.body.text, entry.body.mdx)));
    const mdxInMarkdown = mdxInMarkdownProblem(entry);
    if (mdxInMarkdown) problems.push(mdxInMarkdown);
    const bytes = Buffer.byteLength(entry.body.text);
    // A body past the page's HTML budget makes a page slow on a phone, which the build would otherwise produce without a word.
    if (bytes > HTML_BUDGET_BYTES) {
      problems.push({
        file: entry.file,
        field: '(isi)',
        line: entry.body.line,
        severity: 'warning',
        message: `isi ${Math.round(bytes / 1000)} kB melebihi anggaran halaman ${HTML_BUDGET_BYTES / 1000} kB (body over the page-weight budget)`,
        hint: 'ringkas panduan, atau pecah menjadi beberapa program yang saling terkait (related)',
      });
    }
  }
  return problems;
}

/**
 * Validates each entry on its own: one slug per entry, its schema, plain-text titles, numbers
 * without separators, and its body. Cross-entry rules live in `buildCatalog`.
 */
export function validateEntries(raw: readonly RawEntry[], targets: LinkTargets, factsOf: BodyFactsOf = bodyFacts): EntryValidation {
  const entries = perCollection<ValidEntries>(() => []);
  const invalid: UnreadableEntry[] = [];
  const problems: ContentProblem[] = [];
  // Two files with one slug (rt-mandiri.md and rt-mandiri.mdx) would silently replace each other.
  const seen = new Map<string, RawEntry>();
  for (const entry of raw) {
    const key = `${entry.collection}:${entry.id}`;
    const first = seen.get(key);
    if (first) {
      problems.push({ file: entry.file, field: '(slug)', line: 1, message: `slug "${entry.id}" sudah dipakai oleh ${first.file} (duplicate slug)`, hint: 'ganti nama salah satu berkas' });
      continue;
    }
    seen.set(key, entry);
    const own = entryProblems(entry, targets, factsOf);
    problems.push(...own);
    const result = COLLECTION_SCHEMAS[entry.collection].safeParse(entry.data);
    if (!result.success) problems.push(...result.error.issues.map((issue) => issueToProblem(entry, issue)));
    if (result.success && !own.some((p) => p.severity !== 'warning')) {
      (entries[entry.collection] as ValidEntry[]).push({ id: entry.id, filePath: entry.file, data: result.data, body: entry.body?.text, raw: entry });
    } else {
      invalid.push({ collection: entry.collection, id: entry.id });
    }
  }
  return { entries, invalid, problems };
}
