import { describe, expect, test } from 'vitest';
import { truncateList } from '../../../src/lib/format/lists';
import { reservedSlugProblem } from '../../../src/lib/urls';

describe('truncateList', () => {
  test('keeps the first items and counts the rest', () => {
    expect(truncateList(['a', 'b', 'c', 'd'], 3)).toEqual({ shown: ['a', 'b', 'c'], more: 1 });
  });

  test('keeps a short list whole', () => {
    expect(truncateList(['a'], 3)).toEqual({ shown: ['a'], more: 0 });
  });
});

describe('reservedSlugProblem', () => {
  test('refuses digits-only slugs where list pages are numbered', () => {
    expect(reservedSlugProblem('programs', '2')).toContain('/program/2/');
    expect(reservedSlugProblem('events', '15')).toContain('/kegiatan/15/');
  });

  test('accepts slugs with letters, and digits where lists are not numbered', () => {
    expect(reservedSlugProblem('programs', '7-program-prioritas')).toBeUndefined();
    expect(reservedSlugProblem('regions', '2')).toBeUndefined();
  });
});
