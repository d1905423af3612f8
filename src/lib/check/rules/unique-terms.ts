import type { CatalogInput } from '../../read/entries';
import type { CollectionName } from '../../../schemas/collections';
import type { Entry } from '../../read/entries';
import type { ContentProblem } from '../../read/problems';
import { fileOf, problemAt, sameText } from './problem-at';

/** One use of a term: the entry and field it is written in. */
interface TermUse {
  collection: CollectionName;
  entry: Entry<unknown>;
  field: string;
  term: string;
}

/** Reports every use of a term after its first, naming where it was first used. */
function firstUseOnly(uses: readonly TermUse[], what: string, english: string, hint: string, key: (term: string) => string = sameText): ContentProblem[] {
  const first = new Map<string, TermUse>();
  const problems: ContentProblem[] = [];
  for (const use of uses) {
    const earlier = first.get(key(use.term));
    if (!earlier) {
      first.set(key(use.term), use);
      continue;
    }
    // Within one entry, a repeated item is the repeated-items rule's.
    if (earlier.entry === use.entry) continue;
    problems.push(problemAt(use.collection, use.entry, use.field, `${what} "${use.term}" sudah dipakai di ${fileOf(earlier.collection, earlier.entry)} (${earlier.field}) (${english})`, hint));
  }
  return problems;
}

/**
 * Terms that must name one entry only: a glossary term, a program's title or alias across programs
 * (search and the importer match programs by them), a region's Kemendagri code, a search variant's
 * term, a visit step's order.
 */
export function uniqueTermProblems(entries: Pick<CatalogInput, 'glossary' | 'programs' | 'regions' | 'variants' | 'visitSteps'>): ContentProblem[] {
  return [
    ...firstUseOnly(
      entries.glossary.map((entry) => ({ collection: 'glossary', entry, field: 'term', term: entry.data.term })),
      'istilah',
      'duplicate glossary term',
      'satu istilah cukup dijelaskan sekali; hapus salah satu entri',
    ),
    ...firstUseOnly(
      entries.programs.flatMap((entry) => [
        { collection: 'programs' as const, entry, field: 'title', term: entry.data.title },
        ...entry.data.aliases.map((alias, index) => ({ collection: 'programs' as const, entry, field: `aliases[${index}]`, term: alias })),
      ]),
      'nama',
      'program name or alias used by another program',
      'judul dan alias program harus unik agar pencarian dan impor menemukan program yang tepat; ganti atau hapus salah satunya',
    ),
    ...firstUseOnly(
      entries.regions.map((entry) => ({ collection: 'regions', entry, field: 'code', term: entry.data.code })),
      'kode wilayah',
      'duplicate region code',
      'satu kode Kemendagri untuk satu wilayah; hapus entri ganda dan arahkan rujukannya ke entri yang tersisa',
    ),
    ...firstUseOnly(
      entries.variants.map((entry) => ({ collection: 'variants', entry, field: 'term', term: entry.data.term })),
      'istilah varian',
      'duplicate variant term',
      'gabungkan variannya ke satu entri',
    ),
    ...firstUseOnly(
      entries.visitSteps.map((entry) => ({ collection: 'visitSteps', entry, field: 'order', term: String(entry.data.order) })),
      'urutan',
      'duplicate visit-step order',
      'beri setiap langkah kit urutan sendiri',
    ),
  ];
}
