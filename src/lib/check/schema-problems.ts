import type { z } from 'astro/zod';
import type { ContentProblem } from '../read/problems';
import type { RawEntry } from '../read/read-entries';
import { lineOfField } from '../read/yaml-lines';

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

const RANGE_UNITS: Record<string, string> = { string: ' karakter', array: ' butir', set: ' butir' };

/** "paling banyak 7" / "paling sedikit 1 karakter", in Indonesian, with what was found. */
function rangeMessage(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall, found: unknown): { message: string; hint?: string } {
  const big = issue.code === 'too_big';
  const limit = big ? (issue as z.core.$ZodIssueTooBig).maximum : (issue as z.core.$ZodIssueTooSmall).minimum;
  const inclusive = issue.inclusive !== false;
  const unit = RANGE_UNITS[issue.origin] ?? '';
  const bound = big ? (inclusive ? 'paling banyak' : 'kurang dari') : inclusive ? 'paling sedikit' : 'lebih dari';
  const size = typeof found === 'string' ? `${found.length} karakter` : Array.isArray(found) ? `${found.length} butir` : describeValue(found);
  if (!big && issue.origin === 'string' && Number(limit) === 1) return { message: 'tidak boleh kosong (must not be empty)' };
  // Schemas give their own Indonesian reason for some limits ("Ringkasan maksimal 320 karakter").
  const reason = /^(Too (big|small)|Number must|String must|Array must)/.test(issue.message) ? '' : `; ${issue.message}`;
  return { message: `${big ? 'terlalu besar' : 'terlalu kecil'}: ${bound} ${String(limit)}${unit}, ditemukan ${size}${reason} (${big ? 'too big' : 'too small'})` };
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
    case 'too_big':
    case 'too_small':
      return { ...base, ...rangeMessage(issue, found) };
    default:
      return { ...base, message: `${issue.message}; ditemukan ${describeValue(found)}` };
  }
}
