import { describe, expect, test } from 'vitest';
import { regionLineage } from '../../../src/lib/catalog/region-names';
import { formatRegionName } from '../../../src/lib/format/region-name';

const region = (parent?: string) => ({ data: { parent: parent ? { id: parent, collection: 'regions' as const } : undefined } });

describe('formatRegionName', () => {
  test.each([
    [{ level: 'kota', name: 'Banjarbaru' }, 'Kota Banjarbaru'],
    [{ level: 'kecamatan', name: 'Air Salek' }, 'Kecamatan Air Salek'],
    [{ level: 'desa', name: 'Sri Mulyo' }, 'Desa Sri Mulyo'],
    [{ level: 'provinsi', name: 'Kalimantan Selatan' }, 'Provinsi Kalimantan Selatan'],
  ] as const)('names %o as %s', (data, expected) => {
    expect(formatRegionName(data)).toBe(expected);
  });
});

describe('regionLineage', () => {
  const regions = new Map([
    ['provinsi', region()],
    ['kabupaten', region('provinsi')],
    ['kecamatan', region('kabupaten')],
    ['desa', region('kecamatan')],
    ['loop-a', region('loop-b')],
    ['loop-b', region('loop-a')],
  ]);

  test('walks from the province down to the region', () => {
    expect(regionLineage('desa', regions)).toEqual(['provinsi', 'kabupaten', 'kecamatan', 'desa']);
  });

  test('is just the region itself for a province', () => {
    expect(regionLineage('provinsi', regions)).toEqual(['provinsi']);
  });

  test('stops instead of looping forever on a parent cycle', () => {
    expect(regionLineage('loop-a', regions)).toEqual(['loop-b', 'loop-a']);
  });
});
