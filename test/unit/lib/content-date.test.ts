import { describe, expect, test } from 'vitest';
import { contentDateOf } from '../../../src/lib/catalog/content-date';
import type { CatalogInput } from '../../../src/lib/read/entries';

const entries = {
  programs: [{ id: 'p', data: { adoptions: [{ date: '2024-03-01' }, { date: '2022-01-01' }] } }],
  events: [{ id: 'e', data: { date: '2024-05-09' } }],
} as unknown as Pick<CatalogInput, 'programs' | 'events'>;

describe('contentDateOf', () => {
  test('is the newest commit date when git knows the files', () => {
    expect(contentDateOf(entries, new Map([['a.md', '2025-01-02'], ['b.md', '2026-02-03']]))).toBe('2026-02-03');
  });

  test('without commit dates, is the newest adoption or event date, never today', () => {
    expect(contentDateOf(entries, new Map())).toBe('2024-05-09');
    expect(contentDateOf({ programs: [], events: [] }, new Map())).toBe('1970-01-01');
  });
});
