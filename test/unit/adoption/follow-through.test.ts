import { describe, expect, test } from 'vitest';
import { groupAdoptionHistory } from '../../../src/lib/catalog/adoption-history';
import {
  adoptionFunnel,
  adoptionPairs,
  awaitingFollowUp,
  medianDaysToApplied,
  monthsBefore,
  stagesReached,
} from '../../../src/lib/adoption/follow-through';
import type { AdoptionData, AdoptionStatus } from '../../../src/schemas/program';

const record = (region: string, status: AdoptionStatus, date: string, extra: Partial<AdoptionData> = {}): AdoptionData => ({
  region: { id: region, collection: 'regions' },
  status,
  date,
  sources: [{ id: 's', collection: 'sources' }],
  ...extra,
});

/** A program whose adoption by `kudus` went the whole way, and two pairs that are still early. */
const pairs = adoptionPairs([
  [
    'bank-sampah',
    groupAdoptionHistory([
      record('kudus', 'dipelajari', '2022-03-01', { via: { id: 'studi-tiru-2022', collection: 'events' } }),
      record('kudus', 'direncanakan', '2022-06-01', { evidence: 'Surat minat 12/2022' }),
      record('kudus', 'uji-coba', '2022-10-01'),
      record('kudus', 'diterapkan', '2023-03-01', { evidence: 'PKS 7/2023' }),
      record('demak', 'dipelajari', '2023-01-10'),
    ]),
  ],
  ['homecare', groupAdoptionHistory([record('demak', 'direncanakan', '2024-05-01'), record('pati', 'diterapkan', '2024-01-01')])],
]);
const pair = (program: string, region: string) => pairs.find((p) => p.programId === program && p.regionId === region)!;

describe('adoptionPairs', () => {
  test('summarise each region–program pair: first and current record, the event it came through, the newest evidence', () => {
    const kudus = pair('bank-sampah', 'kudus');
    expect(kudus.first.date).toBe('2022-03-01');
    expect(kudus.current.status).toBe('diterapkan');
    expect(kudus.via).toBe('studi-tiru-2022');
    expect(kudus.evidence).toBe('PKS 7/2023');
    expect(pairs).toHaveLength(4);
  });
});

describe('adoptionFunnel', () => {
  test('counts pairs by current status, every status listed in order', () => {
    expect(adoptionFunnel(pairs)).toEqual([
      { status: 'dipelajari', count: 1 },
      { status: 'direncanakan', count: 1 },
      { status: 'uji-coba', count: 0 },
      { status: 'diterapkan', count: 2 },
      { status: 'dimodifikasi', count: 0 },
      { status: 'dihentikan', count: 0 },
    ]);
  });
});

describe('medianDaysToApplied', () => {
  test('measures from the first record to the first diterapkan, only for pairs that got there', () => {
    // kudus: 2022-03-01 → 2023-03-01 = 365 days; pati: applied at its first record = 0 days.
    expect(medianDaysToApplied(pairs)).toEqual({ days: 183, pairs: 2 });
  });

  test('is undefined when no pair was applied', () => {
    expect(medianDaysToApplied([pair('bank-sampah', 'demak')])).toBeUndefined();
  });
});

describe('monthsBefore', () => {
  test.each([
    ['2026-11-23', 12, '2025-11-23'],
    ['2024-02-29', 12, '2023-02-28'],
    ['2024-03-31', 1, '2024-02-29'],
  ])('%s minus %i months is %s', (date, months, expected) => {
    expect(monthsBefore(date, months)).toBe(expected);
  });
});

describe('awaitingFollowUp', () => {
  test('lists pending pairs whose newest record is more than 12 months old, oldest first', () => {
    expect(awaitingFollowUp(pairs, '2025-06-01').map((p) => `${p.programId}/${p.regionId}`)).toEqual(['bank-sampah/demak', 'homecare/demak']);
  });

  test('does not list a pair recorded exactly 12 months before, only one a day older', () => {
    expect(awaitingFollowUp(pairs, '2025-05-01').map((p) => p.regionId)).toEqual(['demak']);
    expect(awaitingFollowUp(pairs, '2025-05-02').map((p) => `${p.programId}/${p.regionId}`)).toEqual(['bank-sampah/demak', 'homecare/demak']);
  });

  test('never lists applied pairs, however old', () => {
    expect(awaitingFollowUp(pairs, '2030-01-01').map((p) => p.regionId)).not.toContain('kudus');
  });
});

describe('stagesReached', () => {
  test('counts a pair as planned and applied once its history reached those statuses', () => {
    expect(stagesReached(pair('bank-sampah', 'kudus'))).toEqual({ studied: true, planned: true, applied: true });
    expect(stagesReached(pair('bank-sampah', 'demak'))).toEqual({ studied: true, planned: false, applied: false });
    expect(stagesReached(pair('homecare', 'demak'))).toEqual({ studied: true, planned: true, applied: false });
  });
});
