import { ADOPTION_STATUSES, type AdoptionStatus } from '../../schemas/program';
import { daysBetween } from './follow-through';

/** One status held over a stretch of time. */
export interface TimelineSegment {
  status: AdoptionStatus;
  label: string;
  from: string;
  to: string;
  x: number;
  width: number;
}

/** One adopting region's history as a row of segments. */
export interface TimelineRow {
  label: string;
  y: number;
  segments: TimelineSegment[];
}

/** A laid-out history chart: rows, year ticks, and the statuses it shows for the legend. */
export interface TimelineLayout {
  width: number;
  height: number;
  labelWidth: number;
  rowHeight: number;
  rows: TimelineRow[];
  ticks: { x: number; label: string }[];
  statuses: AdoptionStatus[];
  from: string;
  to: string;
}

/** One region's adoption history, for the timeline. */
export interface TimelineInput {
  label: string;
  /** Records oldest first. */
  history: readonly { status: AdoptionStatus; date: string }[];
}

/** Narrowest segment drawn, so a status held for one day still shows. */
const MIN_SEGMENT = 3;
const AXIS_HEIGHT = 20;

/**
 * Lays out adoption histories on one time axis, from the first record to `asOf` (the content's
 * date): each status lasts until the next record, the current one until `asOf`.
 */
export function layOutAdoptionTimeline(
  inputs: readonly TimelineInput[],
  asOf: string,
  { width = 640, rowHeight = 24, labelWidth = 170 } = {},
): TimelineLayout {
  const dates = inputs.flatMap((input) => input.history.map((record) => record.date));
  const from = dates.reduce((min, date) => (date < min ? date : min), asOf);
  const lastRecord = dates.reduce((max, date) => (date > max ? date : max), from);
  const to = asOf > lastRecord ? asOf : lastRecord;
  const span = Math.max(daysBetween(from, to), 1);
  const plot = width - labelWidth - 8;
  const xOf = (date: string) => labelWidth + (daysBetween(from, date) / span) * plot;

  const rows = inputs.map((input, index) => ({
    label: input.label,
    y: index * rowHeight,
    segments: input.history.map((record, i) => {
      const end = input.history[i + 1]?.date ?? to;
      const x = xOf(record.date);
      return { status: record.status, label: ADOPTION_STATUSES[record.status], from: record.date, to: end, x, width: Math.max(xOf(end) - x, MIN_SEGMENT) };
    }),
  }));

  const ticks: TimelineLayout['ticks'] = [];
  for (let year = Number(from.slice(0, 4)) + 1; year <= Number(to.slice(0, 4)); year++) ticks.push({ x: xOf(`${year}-01-01`), label: String(year) });
  if (ticks.length === 0) ticks.push({ x: labelWidth, label: from.slice(0, 4) });

  const used = new Set(rows.flatMap((row) => row.segments.map((segment) => segment.status)));
  return {
    width,
    height: rows.length * rowHeight + AXIS_HEIGHT,
    labelWidth,
    rowHeight,
    rows,
    ticks,
    statuses: (Object.keys(ADOPTION_STATUSES) as AdoptionStatus[]).filter((status) => used.has(status)),
    from,
    to,
  };
}
