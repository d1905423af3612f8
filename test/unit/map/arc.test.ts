import { describe, expect, test } from 'vitest';
import { arcPath } from '../../../src/lib/map/arc';

/** Reads "M x1 y1 Q cx cy x2 y2" back into numbers. */
const parse = (d: string) => d.match(/-?\d+(\.\d+)?/g)!.map(Number);

describe('arcPath', () => {
  test('runs from the first point to the second', () => {
    const [x1, y1, , , x2, y2] = parse(arcPath([10, 20], [110, 20])!);
    expect([x1, y1, x2, y2]).toEqual([10, 20, 110, 20]);
  });

  test('bends to the left of travel, so A→B and B→A do not overlap', () => {
    const [, , cyEast] = parse(arcPath([10, 100], [110, 100])!).slice(1);
    const [, , cyWest] = parse(arcPath([110, 100], [10, 100])!).slice(1);
    expect(cyEast).toBeLessThan(100); // travelling east, left is up (SVG y grows downwards)
    expect(cyWest).toBeGreaterThan(100);
  });

  test('a larger bend moves the curve further from the straight line', () => {
    const controlY = (bend: number) => parse(arcPath([0, 0], [100, 0], bend)!)[3]!;
    expect(Math.abs(controlY(0.4))).toBeGreaterThan(Math.abs(controlY(0.2)));
  });

  test('gives no path when both ends are the same point', () => {
    expect(arcPath([50, 50], [50, 50])).toBeUndefined();
  });
});
