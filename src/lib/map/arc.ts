import type { MapPoint } from './basemap';

/** How far an arc bends away from the straight line by default, as a share of its length. */
const DEFAULT_BEND = 0.22;

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * An SVG path curving from `from` to `to`, always bending to the left of the direction of travel,
 * so the arcs A→B and B→A stay apart; a larger `bend` separates several arcs between the same two points.
 * Returns undefined when both ends are the same point.
 */
export function arcPath(from: MapPoint, to: MapPoint, bend = DEFAULT_BEND): string | undefined {
  const [x1, y1] = from;
  const [x2, y2] = to;
  const dx = x2 - x1;
  const dy = y2 - y1;
  if (Math.hypot(dx, dy) < 0.5) return undefined;
  // The perpendicular (dy, -dx) points left of travel in SVG's y-down coordinates.
  const cx = (x1 + x2) / 2 + dy * bend;
  const cy = (y1 + y2) / 2 - dx * bend;
  return `M${round(x1)} ${round(y1)}Q${round(cx)} ${round(cy)} ${round(x2)} ${round(y2)}`;
}
