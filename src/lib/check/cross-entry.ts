import { PAGE_COLLECTIONS, type CollectionName } from '../../schemas/collections';
import type { CatalogInput, Entry } from '../read/entries';
import type { ContentProblem } from '../read/problems';
import { reservedSlugProblem } from '../urls';
import { findBrokenReferences } from './references';
import { checkRegionsAgainstRegistry, type Registry } from './registry';
import { checkRegionTree } from './rules/region-tree';

/** What the rules across entries need from outside the entries themselves. */
export interface CrossEntryDeps {
  /** The official Kemendagri registry. */
  registry: Registry;
  /** Whether a source's article text exists, by its file name under sources/articles/. */
  articleExists: (file: string) => boolean;
  /** The content folder as messages show it, for problems of a collection as a whole. */
  contentLabel: string;
  /** Entries whose file exists but failed validation: references to them are not reported as unknown. */
  invalid?: readonly { collection: CollectionName; id: string }[] | undefined;
}

const fileOf = (collection: CollectionName, entry: Entry<unknown>) => entry.filePath ?? `${collection}/${entry.id}`;

/** Rules that need more than one entry, in the order their problems are reported. */
export function crossEntryProblems(entries: CatalogInput, deps: CrossEntryDeps): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const invalid = deps.invalid ?? [];
  for (const name of PAGE_COLLECTIONS) {
    if (entries[name].length === 0 && !invalid.some((entry) => entry.collection === name)) {
      problems.push({ file: deps.contentLabel, field: name, message: `koleksi ${name} kosong (empty collection)`, hint: `periksa folder ${name}/ di folder konten` });
    }
  }
  problems.push(...findBrokenReferences(entries, invalid));
  for (const collection of PAGE_COLLECTIONS) {
    for (const entry of entries[collection]) {
      const message = reservedSlugProblem(collection, entry.id);
      if (message) problems.push({ file: fileOf(collection, entry), field: '(slug)', line: 1, message, hint: 'beri nama berkas yang memuat huruf' });
    }
  }
  const tree = checkRegionTree(entries.regions);
  problems.push(...tree.problems, ...checkRegionsAgainstRegistry(entries.regions, deps.registry, tree.misplaced));
  for (const source of entries.sources) {
    if (source.data.file && !deps.articleExists(source.data.file)) {
      problems.push({ file: fileOf('sources', source), field: 'file', message: `berkas artikel ${source.data.file} tidak ada di sources/articles/ (article file missing)` });
    }
  }
  for (const program of entries.programs) {
    program.data.related.forEach((ref, index) => {
      if (ref.id === program.id) {
        problems.push({ file: fileOf('programs', program), field: `related[${index}]`, message: 'program tidak bisa terkait dengan dirinya sendiri (program related to itself)', hint: `hapus ${program.id} dari related` });
      }
    });
    if (program.data.partOf?.id === program.id) {
      problems.push({ file: fileOf('programs', program), field: 'partOf', message: 'program tidak bisa menjadi bagian dari dirinya sendiri (program part of itself)', hint: 'hapus partOf atau isi dengan program induknya' });
    }
  }
  return problems;
}

