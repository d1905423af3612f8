import { distance } from 'fastest-levenshtein';
import { loadLinkTargets } from '../../markdown/content-index';
import { collectionSchemas } from '../../schemas';
import type { EventData } from '../../schemas/event';
import type { ProgramData } from '../../schemas/program';
import { plainReference } from '../../schemas/reference';
import type { RegionData } from '../../schemas/region';
import type { SourceData } from '../../schemas/source';
import { findMissingArticles } from '../articles';
import { COLLECTIONS, forEachRef, type CollectionName, type Entry } from '../entries';
import type { ContentProblem } from '../problems';
import { findBrokenReferences } from '../references';
import { checkRegionsAgainstRegistry, loadRegistry, type Registry } from '../registry';
import { reservedSlugProblem } from '../urls';
import { checkBody } from './body-problems';
import { readEntries, type RawEntry } from './read-entries';
import { displayPath, issueToProblem } from './schema-problems';
import { lineOfField } from './yaml-lines';

export interface CheckOptions {
  /** The official registry; loaded from idn-area-data when not given. */
  registry?: Registry;
  /** "Today" for the future-date warning, as YYYY-MM-DD. */
  today?: string;
}

const schemas = collectionSchemas(plainReference);

/** Fields holding a title shown as page text; markup in them is almost certainly a mistake or an attack. */
const TITLE_FIELDS: Partial<Record<CollectionName, string>> = { programs: 'title', events: 'title', sources: 'title', regions: 'name', glossary: 'term' };
const MARKUP = /<\/?[a-z!][^>]*>?/i;

/** Up to three slugs closest to a misspelt one: "maksud Anda: kota-banjarbaru?". */
export function closestSlugs(slug: string, candidates: Iterable<string>): string[] {
  return [...candidates]
    // A slug cut short or run long ("2023-02-06-studi-tiru") counts as close as a typo.
    .map((candidate) => ({ candidate, edits: candidate.startsWith(slug) || slug.startsWith(candidate) ? 1 : distance(slug, candidate) }))
    .filter(({ edits }) => edits <= Math.max(3, Math.floor(slug.length / 3)))
    .sort((a, b) => a.edits - b.edits || a.candidate.localeCompare(b.candidate))
    .slice(0, 3)
    .map(({ candidate }) => candidate);
}

interface ValidEntry extends Entry<unknown> {
  raw: RawEntry;
}

/**
 * Validates all content in one pass and returns every problem found, errors and warnings alike:
 * file, line, field, what is wrong and a hint. Nothing stops at the first error.
 */
export async function checkContent(contentDir: string, options: CheckOptions = {}): Promise<ContentProblem[]> {
  const { entries, problems } = readEntries(contentDir);
  const valid = new Map<CollectionName, ValidEntry[]>(COLLECTIONS.map((c) => [c, []]));

  // Two files with one slug (rt-mandiri.md and rt-mandiri.mdx) would silently replace each other.
  const seen = new Map<string, RawEntry>();
  for (const entry of entries) {
    const key = `${entry.collection}:${entry.id}`;
    const first = seen.get(key);
    if (first) {
      problems.push({ file: entry.file, field: '(slug)', line: 1, message: `slug "${entry.id}" sudah dipakai oleh ${first.file} (duplicate slug)`, hint: 'ganti nama salah satu berkas' });
      continue;
    }
    seen.set(key, entry);
    const reserved = reservedSlugProblem(entry.collection, entry.id);
    if (reserved) problems.push({ file: entry.file, field: '(slug)', line: 1, message: reserved, hint: 'beri nama berkas yang memuat huruf' });
    const result = schemas[entry.collection].safeParse(entry.data);
    if (result.success) valid.get(entry.collection)!.push({ id: entry.id, filePath: entry.file, data: result.data, raw: entry });
    else problems.push(...result.error.issues.map((issue) => issueToProblem(entry, issue)));

    const titleField = TITLE_FIELDS[entry.collection]!;
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
  }

  const ids = (collection: CollectionName) => [...seen.keys()].filter((key) => key.startsWith(`${collection}:`)).map((key) => key.slice(collection.length + 1));
  const rawByFile = new Map(entries.map((entry) => [entry.file, entry]));
  const byCollection = Object.fromEntries(COLLECTIONS.map((c) => [c, valid.get(c)!])) as Record<CollectionName, ValidEntry[]>;
  // Entries that failed their schema still exist: references to them are not reported as unknown too.
  const existing = Object.fromEntries(
    COLLECTIONS.map((c) => [c, [...byCollection[c], ...ids(c).filter((id) => !byCollection[c].some((e) => e.id === id)).map((id) => ({ id, data: {} }))]]),
  ) as Record<CollectionName, Entry<unknown>[]>;
  for (const problem of findBrokenReferences(existing)) {
    const slug = /"([^"]+)"/.exec(problem.message)?.[1] ?? '';
    const collection = /entri (\w+) bernama/.exec(problem.message)?.[1] as CollectionName;
    const suggestions = closestSlugs(slug, ids(collection));
    problems.push({
      ...problem,
      line: lineOfField(rawByFile.get(problem.file)!.lines, problem.field.replace(/\[(\d+)\]/g, '.$1')),
      hint: suggestions.length ? `maksud Anda: ${suggestions.join(', ')}?` : `belum ada entri ${collection} dengan slug itu; buat dengan npm run new`,
    });
  }

  const regions = byCollection.regions as unknown as (Entry<RegionData> & ValidEntry)[];
  for (const problem of checkRegionsAgainstRegistry(regions, options.registry ?? (await loadRegistry()))) {
    problems.push({ ...problem, line: rawByFile.get(problem.file)!.lines.get(problem.field) });
  }

  for (const problem of findMissingArticles(contentDir, byCollection.sources as unknown as Entry<SourceData>[])) {
    problems.push({ ...problem, line: rawByFile.get(problem.file)!.lines.get('file') });
  }

  const targets = loadLinkTargets(contentDir);
  for (const entry of entries) problems.push(...checkBody(entry, targets));
  problems.push(...findLikelyMistakes(byCollection, options.today ?? new Date().toISOString().slice(0, 10)));
  return problems;
}

/** Warnings: things that build fine but are probably not what the author meant. */
function findLikelyMistakes(entries: Record<CollectionName, ValidEntry[]>, today: string): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  const warn = (entry: ValidEntry, field: string, message: string, hint?: string) =>
    warnings.push({ file: entry.raw.file, field, line: lineOfField(entry.raw.lines, field.replace(/\[(\d+)\]/g, '.$1')) ?? 1, message, hint, severity: 'warning' });

  const cited = new Set<string>();
  for (const collection of COLLECTIONS) for (const entry of entries[collection]) forEachRef(entry.data, (ref) => ref.collection === 'sources' && cited.add(ref.id));
  for (const source of entries.sources) if (!cited.has(source.id)) warn(source, 'title', 'sumber ini belum dikutip entri mana pun (source never cited)');

  for (const program of entries.programs) {
    const data = program.data as ProgramData;
    data.adoptions.forEach((adoption, index) => {
      if (adoption.region.id === data.origin.id) {
        warn(program, displayPath(['adoptions', index, 'region']), `wilayah yang mengadopsi sama dengan wilayah asal "${data.origin.id}" (adoption by the origin region)`);
      }
    });
  }

  for (const region of entries.regions) {
    if (!(region.data as RegionData).coordinates) warn(region, 'coordinates', 'wilayah belum punya koordinat; isi bila sumber menyebutkannya (no coordinates)');
  }

  const aliasOwners = new Map<string, ValidEntry>();
  for (const collection of ['programs', 'regions'] as const) {
    for (const entry of entries[collection]) {
      ((entry.data as { aliases: string[] }).aliases ?? []).forEach((alias, index) => {
        const key = alias.toLocaleLowerCase('id');
        const owner = aliasOwners.get(key);
        if (owner && owner !== entry) warn(entry, displayPath(['aliases', index]), `alias "${alias}" juga dipakai ${owner.raw.file} (duplicate alias)`);
        else aliasOwners.set(key, entry);
      });
    }
  }

  for (const event of entries.events) {
    const { date } = event.data as EventData;
    if (date > today) warn(event, 'date', `tanggal ${date} ada di masa depan (event date in the future)`, 'periksa tahunnya; kegiatan yang akan datang belum bisa dikutip dari berita');
  }
  return warnings;
}
