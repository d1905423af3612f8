import { describe, expect, test } from 'vitest';
import { groupAdoptionHistory } from '../../../src/lib/catalog/adoption-history';
import type { AdoptionData } from '../../../src/schemas/program';

const record = (region: string, status: AdoptionData['status'], date: string): AdoptionData => ({
  region: { id: region, collection: 'regions' },
  status,
  date,
  sources: [{ id: 's', collection: 'sources' }],
});

describe('groupAdoptionHistory', () => {
  test('makes the latest record of each region its current status', () => {
    const groups = groupAdoptionHistory([
      record('kabupaten-jepara', 'diterapkan', '2024-05-01'),
      record('kabupaten-jepara', 'dipelajari', '2023-02-06'),
      record('kabupaten-jepara', 'direncanakan', '2023-03-01'),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.current.status).toBe('diterapkan');
    expect(groups[0]!.history.map((r) => r.status)).toEqual(['dipelajari', 'direncanakan', 'diterapkan']);
  });

  test('lets the later-written record win when two share a date', () => {
    const [group] = groupAdoptionHistory([record('a', 'dipelajari', '2023-02-06'), record('a', 'direncanakan', '2023-02-06')]);
    expect(group!.current.status).toBe('direncanakan');
  });

  test('orders regions by their latest record, newest first', () => {
    const groups = groupAdoptionHistory([record('lama', 'dipelajari', '2020-01-01'), record('baru', 'dipelajari', '2023-01-01')]);
    expect(groups.map((g) => g.regionId)).toEqual(['baru', 'lama']);
  });

  test('returns nothing for a program nobody adopted', () => {
    expect(groupAdoptionHistory([])).toEqual([]);
  });
});
