import { getProvinces } from 'idn-area-data';
import { describe, expect, test } from 'vitest';
import { getBasemap, provinceNameKey, PROVINCES_SPLIT_FROM } from '../../../src/lib/map/basemap';
import { placeRegion } from '../../../src/lib/map/placement';

describe('provinceNameKey', () => {
  test('matches the registry names to the basemap names', () => {
    expect(provinceNameKey('Daerah Khusus Ibukota Jakarta')).toBe(provinceNameKey('Jakarta Raya'));
    expect(provinceNameKey('Daerah Istimewa Yogyakarta')).toBe(provinceNameKey('Yogyakarta'));
    expect(provinceNameKey('Kalimantan  Selatan')).toBe('kalimantan selatan');
  });
});

describe('basemap', async () => {
  const basemap = await getBasemap();
  const inside = ([x, y]: readonly [number, number]) => x >= 0 && x <= basemap.width && y >= 0 && y <= basemap.height;

  test('anchors every province of the Kemendagri registry inside the map', async () => {
    const provinces = await getProvinces();
    expect(provinces.length).toBeGreaterThanOrEqual(38);
    for (const { code, name } of provinces) {
      const anchor = basemap.provinceAnchors.get(code);
      expect(anchor, `${code} ${name}`).toBeDefined();
      expect(inside(anchor!), `${code} ${name} at ${anchor}`).toBe(true);
    }
  });

  test('puts provinces in their real order: Aceh in the west, Papua in the east, Jawa south of Kalimantan', () => {
    const at = (code: string) => basemap.provinceAnchors.get(code)!;
    expect(at('11')[0]).toBeLessThan(at('33')[0]);
    expect(at('33')[0]).toBeLessThan(at('91')[0]);
    expect(at('33')[1]).toBeGreaterThan(at('63')[1]);
  });

  test('places provinces formed after the basemap at the province they were split from', () => {
    for (const [code, former] of Object.entries(PROVINCES_SPLIT_FROM)) expect(basemap.provinceAnchors.get(code)).toEqual(basemap.provinceAnchors.get(former));
  });

  test('draws every province, and neighbouring countries apart', () => {
    const provinces = basemap.shapes.filter((shape) => !shape.neighbour);
    expect(provinces.length).toBeGreaterThanOrEqual(34);
    expect(basemap.shapes.some((shape) => shape.neighbour)).toBe(true);
    for (const shape of basemap.shapes) expect(shape.d, shape.name).toMatch(/^M[\d.,-]+/);
  });

  test('places a region at its own coordinates when it has them, otherwise approximately at its province', () => {
    const jakarta = placeRegion({ code: '31.71', coordinates: { lat: -6.2, lon: 106.8, source: { collection: 'sources', id: 'x' } } }, basemap);
    expect(jakarta!.exact).toBe(true);
    const [x, y] = jakarta!.point;
    const [ax, ay] = basemap.provinceAnchors.get('31')!;
    expect(Math.hypot(x - ax, y - ay)).toBeLessThan(10);

    expect(placeRegion({ code: '63.72' }, basemap)).toEqual({ point: basemap.provinceAnchors.get('63'), exact: false });
    expect(placeRegion({ code: '99.01' }, basemap)).toBeUndefined();
  });
});
