import type { z } from 'astro/zod';
import type { ContentProblem } from '../problems';
import type { RawEntry } from './read-entries';
import { lineOfField } from './yaml-lines';

/** `adoptions.0.date` → `adoptions[0].date`, the way messages show field paths. */
export const displayPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');

const TYPE_NAMES: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  boolean: 'true/false',
  array: 'daftar',
  object: 'kumpulan kunci: nilai',
  date: 'tanggal',
};

const describeValue = (value: unknown) => (value === undefined ? 'tidak ada' : JSON.stringify(value));

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/**
 * The most telling issue inside a union that matched no branch: an unknown enum value says more
 * than "expected string" from the branch that wanted something else altogether.
 */
function unionCause(issue: z.core.$ZodIssueInvalidUnion): z.core.$ZodIssue | undefined {
  const inner = issue.errors.flat().map((sub) => ({ ...sub, path: [...issue.path, ...sub.path] }) as z.core.$ZodIssue);
  return inner.find((sub) => sub.code === 'invalid_value') ?? inner.find((sub) => sub.code !== 'invalid_type') ?? inner[0];
}

/** Turns one zod issue into a message that says what was expected, what was found, and how to fix it. */
export function issueToProblem(entry: RawEntry, issue: z.core.$ZodIssue): ContentProblem {
  if (issue.code === 'invalid_union') {
    const cause = unionCause(issue);
    if (cause) return issueToProblem(entry, cause);
  }
  const found = valueAt(entry.data, issue.path);
  const field = displayPath(issue.path) || '(entri)';
  const line = lineOfField(entry.lines, issue.path.map(String).join('.')) ?? 1;
  const base = { file: entry.file, field, line };
  switch (issue.code) {
    case 'invalid_type':
      if (found === undefined) return { ...base, message: 'wajib diisi (required field is missing)' };
      return { ...base, message: `harus berupa ${TYPE_NAMES[issue.expected] ?? issue.expected}, ditemukan ${describeValue(found)} (expected ${issue.expected})` };
    case 'invalid_value':
      return {
        ...base,
        message: `nilai ${describeValue(found)} tidak dikenal (invalid value)`,
        hint: `pilihan yang sah: ${issue.values.map(String).join(', ')}`,
      };
    case 'unrecognized_keys':
      return { ...base, message: `kunci tidak dikenal: ${issue.keys.join(', ')} (unknown keys)` };
    default:
      return { ...base, message: `${issue.message}; ditemukan ${describeValue(found)}` };
  }
}
