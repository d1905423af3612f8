import type { CatalogInput } from '../../read/entries';
import { COLLECTIONS } from '../../../schemas/collections';
import type { ContentProblem } from '../../read/problems';
import { problemAt, sameText } from './problem-at';

type Item = Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' ? sameText(value) : JSON.stringify(value ?? ''));
/** Plain list items compare as written, spacing aside: "Home Care" and "home care" are two spellings a search may use. */
const asWritten = (value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : JSON.stringify(value ?? ''));
const refId = (value: unknown) => (value as { id?: string } | undefined)?.id ?? '';

/**
 * What makes two items of a list the same record, by the list's field name, and what makes two
 * records about one thing contradict each other. Lists not named here compare whole items.
 */
const RECORDS: Record<string, { what: string; same: (item: Item) => string | undefined; conflict?: (item: Item) => string; conflictWhat?: string }> = {
  adoptions: {
    what: 'catatan adopsi (wilayah, status dan tanggal sama)',
    same: (a) => `${refId(a['region'])}|${String(a['status'])}|${String(a['date'])}`,
    conflict: (a) => `${refId(a['region'])}|${String(a['date'])}`,
    conflictWhat: 'wilayah yang sama punya dua status berbeda pada tanggal yang sama',
  },
  // A person is named once per event; one person with two offices is one item with both.
  people: { what: 'orang (nama sama)', same: (p) => (p['name'] ? text(p['name']) : undefined) },
  leaders: { what: 'pejabat (nama, jabatan dan tanggal sama)', same: (l) => `${text(l['name'])}|${text(l['role'])}|${String(l['asOf'])}` },
  facts: {
    what: 'angka (label, tahun dan nilai sama)',
    same: (f) => `${text(f['label'])}|${String(f['year'] ?? '')}|${text(f['unit'])}|${text(f['value'])}`,
    conflict: (f) => `${text(f['label'])}|${String(f['year'] ?? '')}|${text(f['unit'])}`,
    conflictWhat: 'dua nilai berbeda untuk label dan tahun yang sama',
  },
  sites: { what: 'tempat (nama sama)', same: (s) => text(s['name']) },
};

/** Items of one list that repeat an earlier one, or contradict it, as problems at the later item. */
function listProblems(list: readonly unknown[], field: string, name: string, at: (field: string, message: string, hint: string) => ContentProblem): ContentProblem[] {
  const record = RECORDS[name];
  const problems: ContentProblem[] = [];
  const seen = new Map<string, number>();
  const conflicts = new Map<string, number>();
  list.forEach((item, index) => {
    const isRecord = record && typeof item === 'object' && item !== null && !('collection' in item);
    const key = isRecord ? record.same(item as Item) : asWritten(typeof item === 'object' && item !== null && 'id' in item ? refId(item) : item);
    if (key === undefined) return;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push(at(`${field}[${index}]`, `${isRecord ? record.what : 'butir'} sama dengan ${field}[${earlier}] (duplicate item)`, 'hapus salah satu'));
      return;
    }
    seen.set(key, index);
    if (!isRecord || !record.conflict) return;
    const conflictKey = record.conflict(item as Item);
    const clash = conflicts.get(conflictKey);
    if (clash !== undefined) problems.push(at(`${field}[${index}]`, `${record.conflictWhat} dengan ${field}[${clash}] (contradicting records)`, 'periksa sumbernya dan simpan satu catatan yang benar'));
    else conflicts.set(conflictKey, index);
  });
  return problems;
}

/** Walks an entry's data and checks every list in it, nested lists included. */
function walk(data: unknown, field: string, name: string, at: (field: string, message: string, hint: string) => ContentProblem, out: ContentProblem[]): void {
  if (Array.isArray(data)) {
    out.push(...listProblems(data, field, name, at));
    data.forEach((item, index) => walk(item, `${field}[${index}]`, name, at, out));
  } else if (typeof data === 'object' && data !== null && !('collection' in data)) {
    for (const [key, value] of Object.entries(data)) walk(value, field ? `${field}.${key}` : key, key, at, out);
  }
}

/**
 * Lists in one entry that name the same thing twice: a source, a guest, an alias, an adoption record
 * (same region, status and date), a person (same name), a leader, a figure, a place; and records
 * that contradict each other (one region with two statuses on one day, two values for one figure).
 */
export function repeatedItemProblems(entries: CatalogInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const collection of COLLECTIONS) {
    for (const entry of entries[collection]) {
      walk(entry.data, '', '', (field, message, hint) => problemAt(collection, entry, field, message, hint), problems);
    }
  }
  return problems;
}
