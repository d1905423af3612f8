import { beforeAll, describe, expect, test } from 'vitest';
import { checkRegionsAgainstRegistry, loadRegistry, type Registry } from '../../../src/lib/check/registry';
import type { RegionData } from '../../../src/schemas/region';

let registry: Registry;
beforeAll(async () => {
  registry = await loadRegistry();
});

const region = (id: string, data: Partial<RegionData> & Pick<RegionData, 'name' | 'level' | 'code'>, parent?: string) => ({
  id,
  filePath: `content/regions/${id}.yaml`,
  data: { aliases: [], facts: [], leaders: [], ...data, parent: parent ? { id: parent, collection: 'regions' as const } : undefined },
});

const valid = [
  region('provinsi-kalimantan-selatan', { name: 'Kalimantan Selatan', level: 'provinsi', code: '63' }),
  region('kota-banjarbaru', { name: 'Banjarbaru', level: 'kota', code: '63.72' }, 'provinsi-kalimantan-selatan'),
  region('provinsi-sumatera-selatan', { name: 'Sumatera Selatan', level: 'provinsi', code: '16' }),
  region('kabupaten-banyuasin', { name: 'Banyuasin', level: 'kabupaten', code: '16.07' }, 'provinsi-sumatera-selatan'),
  region('kecamatan-air-salek', { name: 'Air Salek', level: 'kecamatan', code: '16.07.14' }, 'kabupaten-banyuasin'),
  region('desa-sri-mulyo', { name: 'Sri Mulyo', level: 'desa', code: '16.07.14.2002' }, 'kecamatan-air-salek'),
  region('kecamatan-cempaka', { name: 'Cempaka', level: 'kecamatan', code: '63.72.03' }, 'kota-banjarbaru'),
  region('kelurahan-palam', { name: 'Palam', level: 'kelurahan', code: '63.72.03.1001' }, 'kecamatan-cempaka'),
];

describe('loadRegistry', () => {
  test.each([
    ['63.72', 'Banjarbaru', 'kota', '63'],
    ['33.20', 'Jepara', 'kabupaten', '33'],
    ['16.07.14', 'Air Salek', 'kecamatan', '16.07'],
    ['16.07.14.2002', 'Sri Mulyo', 'desa', '16.07.14'],
    ['63.72.03.1001', 'Palam', 'kelurahan', '63.72.03'],
  ])('knows %s as %s (%s) under %s', (code, name, level, parentCode) => {
    expect(registry.get(code)).toEqual({ code, name, level, parentCode });
  });
});

describe('checkRegionsAgainstRegistry', () => {
  test('accepts regions that match the registry, ignoring case', () => {
    const shouting = [...valid, region('kabupaten-jepara', { name: 'JEPARA', level: 'kabupaten', code: '33.20' })];
    expect(checkRegionsAgainstRegistry(shouting, registry)).toEqual([]);
  });

  test('names the file and what the registry says for a wrong name', () => {
    const wrong = valid.map((r) => (r.id === 'kota-banjarbaru' ? { ...r, data: { ...r.data, name: 'Banjarmasin' } } : r));
    expect(checkRegionsAgainstRegistry(wrong, registry)).toEqual([
      { file: 'content/regions/kota-banjarbaru.yaml', field: 'name', message: expect.stringContaining('63.72 KOTA BANJARBARU') },
    ]);
  });

  test('reports a wrong level', () => {
    const wrong = valid.map((r) => (r.id === 'desa-sri-mulyo' ? { ...r, data: { ...r.data, level: 'kelurahan' as const } } : r));
    expect(checkRegionsAgainstRegistry(wrong, registry)).toEqual([
      { file: 'content/regions/desa-sri-mulyo.yaml', field: 'level', message: expect.stringContaining('(desa)') },
    ]);
  });

  test('reports a parent that is not the official one', () => {
    const wrong = valid.map((r) => (r.id === 'kecamatan-air-salek' ? region(r.id, r.data, 'kota-banjarbaru') : r));
    expect(checkRegionsAgainstRegistry(wrong, registry)).toEqual([
      { file: 'content/regions/kecamatan-air-salek.yaml', field: 'parent', message: expect.stringContaining('16.07 KABUPATEN BANYUASIN') },
    ]);
  });

  test('reports a code the registry does not know', () => {
    const unknown = [region('x', { name: 'X', level: 'kota', code: '63.99' })];
    expect(checkRegionsAgainstRegistry(unknown, registry)).toEqual([
      { file: 'content/regions/x.yaml', field: 'code', message: expect.stringContaining('63.99') },
    ]);
  });
});
