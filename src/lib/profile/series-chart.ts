/** One value of a series, labelled for the chart's axis. */
export interface SeriesPoint {
  label: string;
  value: number;
}

/** A bar of the chart, in SVG user units. */
export interface SeriesBar extends SeriesPoint {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A small bar chart of a series, ready to draw as static SVG. */
export interface SeriesLayout {
  width: number;
  height: number;
  /** The y of the axis the bars stand on; labels go below it. */
  baseline: number;
  bars: SeriesBar[];
}

const TOP = 18;
const BOTTOM = 22;
const GAP = 0.35;

/**
 * Lays out a series as bars from a zero baseline, tallest bar full height, so values compare by
 * length; a value of zero still gets a hairline so its place on the axis shows.
 */
export function layOutSeries(points: readonly SeriesPoint[], width = 320, height = 150): SeriesLayout {
  const baseline = height - BOTTOM;
  const max = Math.max(0, ...points.map((point) => point.value));
  const slot = width / Math.max(points.length, 1);
  const barWidth = slot * (1 - GAP);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    width,
    height,
    baseline,
    bars: points.map((point, index) => {
      const barHeight = max === 0 ? 1 : Math.max(1, ((baseline - TOP) * point.value) / max);
      return { ...point, x: round(index * slot + (slot - barWidth) / 2), y: round(baseline - barHeight), width: round(barWidth), height: round(barHeight) };
    }),
  };
}
