import { describe, expect, test } from 'vitest';
import { buildAdoptionMap, type AdoptionFlow, type RegionPlacement } from '../../../src/lib/map/adoption-map';

const places: Record<string, RegionPlacement> = {
  banjarbaru: { point: [400, 200], exact: true },
  jepara: { point: [300, 300], exact: false },
  kudus: { point: [300, 300], exact: false },
  banyuasin: { point: [150, 220], exact: true },
};
const locate = (id: string) => places[id];
const flow = (programId: string, origin: string, adopter: string, status: AdoptionFlow['status'] = 'dipelajari', date = '2023-02-06'): AdoptionFlow => ({
  programId,
  origin,
  adopter,
  status,
  date,
});

describe('buildAdoptionMap', () => {
  test('marks origins, adopters and regions that are both', () => {
    const map = buildAdoptionMap({ flows: [flow('a', 'banjarbaru', 'jepara'), flow('b', 'jepara', 'banyuasin')], locate });
    expect(Object.fromEntries(map.markers.map((m) => [m.regionId, m.role]))).toEqual({ banjarbaru: 'origin', jepara: 'both', banyuasin: 'adopter' });
  });

  test('joins programs with the same origin, adopter and status into one arc, and bends sibling arcs apart', () => {
    const map = buildAdoptionMap({
      flows: [flow('a', 'banjarbaru', 'jepara'), flow('b', 'banjarbaru', 'jepara'), flow('c', 'banjarbaru', 'jepara', 'direncanakan')],
      locate,
    });
    expect(map.arcs.map((arc) => [arc.status, arc.programIds])).toEqual([
      ['dipelajari', ['a', 'b']],
      ['direncanakan', ['c']],
    ]);
    expect(map.arcs[0]!.d).not.toEqual(map.arcs[1]!.d);
  });

  test('lists regions placed approximately and regions it cannot place, instead of dropping them', () => {
    const map = buildAdoptionMap({ flows: [flow('a', 'banjarbaru', 'jepara'), flow('b', 'banjarbaru', 'atlantis')], locate });
    expect(map.approximate).toEqual(['jepara']);
    expect(map.unplaced).toEqual(['atlantis']);
    expect(map.markers.map((m) => m.regionId)).toEqual(['banjarbaru', 'jepara']);
    expect(map.arcs.find((arc) => arc.adopter === 'atlantis')!.d).toBeUndefined();
  });

  test('spreads two regions approximated at one province anchor, so the arc between them shows', () => {
    const map = buildAdoptionMap({ flows: [flow('a', 'kudus', 'jepara')], locate });
    const [kudus, jepara] = ['kudus', 'jepara'].map((id) => map.markers.find((marker) => marker.regionId === id)!.point);
    expect(kudus).not.toEqual(jepara);
    expect(Math.hypot(kudus![0] - jepara![0], kudus![1] - jepara![1])).toBeLessThan(20);
    expect(map.arcs).toHaveLength(1);
    expect(map.arcs[0]!.d).toMatch(/^M/);
  });

  test('marks a focus region even when no flow touches it', () => {
    const map = buildAdoptionMap({ flows: [], focus: ['banyuasin'], locate });
    expect(map.markers).toEqual([{ regionId: 'banyuasin', role: 'place', point: [150, 220], exact: true }]);
  });

  test('keeps only the newest flows beyond the limit, and says how many there were', () => {
    const flows = [flow('old', 'banjarbaru', 'jepara', 'dipelajari', '2020-01-01'), flow('new', 'banjarbaru', 'banyuasin', 'diterapkan', '2024-01-01')];
    const map = buildAdoptionMap({ flows, locate, maxFlows: 1 });
    expect(map.arcs.map((arc) => arc.programIds)).toEqual([['new']]);
    expect([map.shownFlows, map.totalFlows]).toEqual([1, 2]);
  });
});
