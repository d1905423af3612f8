import { describe, expect, test } from 'vitest';
import { layOutAdoptionTimeline } from '../../../src/lib/adoption/timeline';

describe('layOutAdoptionTimeline', () => {
  const layout = layOutAdoptionTimeline(
    [
      { label: 'Kabupaten Kudus', history: [{ status: 'dipelajari', date: '2022-01-01' }, { status: 'diterapkan', date: '2023-01-01' }] },
      { label: 'Kabupaten Demak', history: [{ status: 'direncanakan', date: '2023-01-01' }] },
    ],
    '2024-01-01',
    { width: 600, labelWidth: 100, rowHeight: 20 },
  );

  test('puts one row per region and runs each status until the next record, the last until the content date', () => {
    const [kudus, demak] = layout.rows;
    expect(kudus!.segments.map((s) => [s.status, s.from, s.to])).toEqual([
      ['dipelajari', '2022-01-01', '2023-01-01'],
      ['diterapkan', '2023-01-01', '2024-01-01'],
    ]);
    expect(demak!.y).toBe(20);
    expect(demak!.segments[0]!.x).toBeCloseTo(kudus!.segments[1]!.x, 5);
  });

  test('spans the plot from the first record to the content date', () => {
    const [kudus] = layout.rows;
    const last = kudus!.segments.at(-1)!;
    expect(kudus!.segments[0]!.x).toBe(100);
    expect(last.x + last.width).toBeCloseTo(592, 5);
  });

  test('marks each new year and lists only the statuses shown, in schema order', () => {
    expect(layout.ticks.map((t) => t.label)).toEqual(['2023', '2024']);
    expect(layout.statuses).toEqual(['dipelajari', 'direncanakan', 'diterapkan']);
  });

  test('still draws a record made on the content date itself', () => {
    const same = layOutAdoptionTimeline([{ label: 'A', history: [{ status: 'dipelajari', date: '2024-01-01' }] }], '2024-01-01');
    expect(same.rows[0]!.segments[0]!.width).toBeGreaterThanOrEqual(3);
    expect(same.ticks).toEqual([{ x: 170, label: '2024' }]);
  });
});
