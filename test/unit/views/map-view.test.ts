import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { programAdoptionMap, regionAdoptionMap } from '../../../src/lib/views/map-view';
import { fixtureCatalog } from '../../helpers/catalog';

/** Marker labels say the region, its role, and whether the position is approximate. */
const markersOf = (map: { markers: { label: string; exact: boolean }[] }) => Object.fromEntries(map.markers.map((m) => [m.label.replace(/ \(.*$/, ''), m.exact]));

describe('programAdoptionMap', () => {
  test('draws regions without coordinates hollow at their province and lists them', async () => {
    const map = await programAdoptionMap(await fixtureCatalog(), 'rt-mandiri');
    expect(markersOf(map)).toEqual({ 'Kota Banjarbaru': false, 'Kabupaten Jepara': false });
    expect(map.markers.map((m) => m.label).sort()).toEqual(['Kabupaten Jepara (wilayah yang meniru, posisi perkiraan)', 'Kota Banjarbaru (wilayah asal program, posisi perkiraan)']);
    expect(map.approximate.map((link) => link.label).sort()).toEqual(['Kabupaten Jepara', 'Kota Banjarbaru']);
    expect(map.arcs).toHaveLength(1);
  });

  test('draws a region with coordinates at its own place and stops listing it as approximate', async () => {
    const catalog = await fixtureCatalog((dir) => {
      const file = join(dir, 'regions', 'kota-banjarbaru.yaml');
      expect(readFileSync(file, 'utf8')).not.toContain('coordinates:');
      // A fixture value, not a fact: real coordinates need a source that states them.
      appendFileSync(file, 'coordinates:\n  lat: -3.44\n  lon: 114.83\n  source: klikkalsel-2023-02-06\n');
    });
    const map = await programAdoptionMap(catalog, 'rt-mandiri');
    expect(markersOf(map)).toEqual({ 'Kota Banjarbaru': true, 'Kabupaten Jepara': false });
    expect(map.approximate.map((link) => link.label)).toEqual(['Kabupaten Jepara']);
  });
});

describe('regionAdoptionMap', () => {
  test('draws the programs a region took in, from their origin', async () => {
    const catalog = await fixtureCatalog();
    const jepara = await regionAdoptionMap(catalog, 'kabupaten-jepara');
    expect(jepara.markers.find((m) => m.label.startsWith('Kabupaten Jepara'))?.role).toBe('adopter');
    expect(Object.keys(markersOf(jepara)).sort()).toEqual(['Kabupaten Jepara', 'Kota Banjarbaru']);
    expect(jepara.arcs.length).toBeGreaterThan(0);
  });
});
