import { z } from 'astro/zod';
import { reference } from './reference';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a YYYY-MM-DD string naming a real calendar day. */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A calendar day, kept as a `YYYY-MM-DD` string so no time zone can shift it.
 * Unquoted YAML dates arrive as `Date` objects at UTC midnight and are converted back.
 */
export const IsoDateSchema = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value.trim()))
  .refine(isCalendarDate, { message: 'Tanggal harus berformat YYYY-MM-DD dan ada di kalender (expected a YYYY-MM-DD date)' })
  .meta({ fieldType: 'tanggal (YYYY-MM-DD)' });

/** References to the `sources` entries that back a statement. */
export const sourceRefs = z
  .array(reference('sources'))
  .min(1, 'Sebutkan minimal satu sumber (at least one source)')
  .describe('Sumber (slug di content/sources) yang mendukung pernyataan ini');

/** Short non-empty text. */
export const TextSchema = z.string().trim().min(1, 'Tidak boleh kosong (must not be empty)');
