import { describe, expect, test } from 'vitest';
import type { RegistryArea } from '../../../src/lib/check/registry';
import type { Party } from '../../../src/lib/import/parties';
import { guestsFromOfficials } from '../../../src/lib/import/visiting-officials';

const areas: RegistryArea[] = [
  { code: '18', name: 'Lampung', level: 'provinsi' },
  { code: '18.01', name: 'Lampung Selatan', level: 'kabupaten', parentCode: '18' },
  { code: '18.10', name: 'Pringsewu', level: 'kabupaten', parentCode: '18' },
  { code: '18.71', name: 'Bandar Lampung', level: 'kota', parentCode: '18' },
  { code: '12', name: 'Sumatera Utara', level: 'provinsi' },
  { code: '12.71', name: 'Medan', level: 'kota', parentCode: '12' },
  { code: '12.71.01', name: 'Medan Kota', level: 'kecamatan', parentCode: '12.71' },
  { code: '13.75', name: 'Bukittinggi', level: 'kota', parentCode: '13' },
  { code: '63', name: 'Kalimantan Selatan', level: 'provinsi' },
  { code: '63.06', name: 'Hulu Sungai Selatan', level: 'kabupaten', parentCode: '63' },
];
const registry = new Map(areas.map((a) => [a.code, a]));
const party = (code: string): Party => ({ index: 0, text: code, area: registry.get(code) });
const medan = party('12.71');
const official = (role: string, region?: string) => ({ role, region, index: 0 });
const codes = (found: Party[] | undefined) => found?.map((p) => p.area?.code);

describe('guests from the officials a visit names', () => {
  test('with no guests framed, the other governments whose heads and officers came are the guests, in order', () => {
    const officials = [official('Wali Kota Bukittinggi', '13.75'), official('Plt. Bupati Hulu Sungai Selatan', '63.06'), official('Wali Kota Bukittinggi', '13.75')];
    expect(codes(guestsFromOfficials(medan, [], officials, registry))).toEqual(['13.75', '63.06']);
  });

  test("the host's own officials, its province's and its districts' are not guests", () => {
    const officials = [official('Wakil Wali Kota Medan', '12.71'), official('Gubernur Sumatera Utara', '12'), official('Camat Medan Kota', '12.71.01'), official('Kepala Dinas Kota Medan', '12.71')];
    expect(guestsFromOfficials(medan, [], officials, registry)).toBeUndefined();
  });

  test('an office that governs no region (a minister, a village head) or a person with no region adds no guest', () => {
    expect(guestsFromOfficials(medan, [], [official('Menteri Dalam Negeri'), official('Kepala Desa Suka Maju', '13.75'), official('Camat', '63.06')], registry)).toBeUndefined();
  });

  test('a province framed as the guest gives way to two or more of its regencies whose officials came', () => {
    const officials = [official('Wakil Bupati Pringsewu', '18.10'), official('Sekretaris Daerah Kabupaten Lampung Selatan', '18.01'), official('Sekretaris Daerah Kota Bandar Lampung', '18.71')];
    expect(codes(guestsFromOfficials(medan, [party('18')], officials, registry))).toEqual(['18.10', '18.01', '18.71']);
    // One regency may have come along with the province's own people.
    expect(guestsFromOfficials(medan, [party('18')], officials.slice(0, 1), registry)).toBeUndefined();
  });

  test('regencies the frames named beside the province stay; a regency outside it is no stand-in', () => {
    const officials = [official('Wakil Bupati Pringsewu', '18.10'), official('Sekretaris Daerah Kota Bandar Lampung', '18.71'), official('Wali Kota Bukittinggi', '13.75')];
    expect(codes(guestsFromOfficials(medan, [party('18'), party('18.01')], officials, registry))).toEqual(['18.01', '18.10', '18.71']);
  });

  test('guests framed other than a province, or no host, are left alone', () => {
    const officials = [official('Wali Kota Bukittinggi', '13.75')];
    expect(guestsFromOfficials(medan, [party('63.06')], officials, registry)).toBeUndefined();
    expect(guestsFromOfficials(undefined, [], officials, registry)).toBeUndefined();
  });
});
