import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from '../helpers/build';
import { bin } from '../helpers/bin';

describe('npm run bench', () => {
  // A smoke run: the smallest catalog, one format, no variant builds; the full run is `npm run bench`.
  test('builds Tiru and the floor and prints every figure', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tiru-bench-')), 'BENCHMARKS.md');
    const bench = await run(bin('tsx'), ['scripts/bench.ts', '--sizes', '20', '--formats', 'md', '--skip-variants', '--regencies', '20', '--queries', '20', '--out', out], process.env);
    expect(bench.status, bench.output.slice(-2000)).toBe(0);
    const report = readFileSync(out, 'utf8');
    const [row, parts] = report.split('\n').filter((line) => line.startsWith('| 20 (.md) |'));
    expect(row).toBeDefined();
    const cells = row!.split('|').slice(1, -1).map((c) => c.trim());
    expect(cells).toHaveLength(17);
    expect(Number(cells[4])).toBeGreaterThan(0);
    expect(Number(cells[15])).toBeGreaterThan(0); // the floor's peak memory
    expect(cells[16]).toMatch(/^\d+\.\d\d×$/);
    // The cold query by part adds up to the cold total.
    const [runtime, metadata, index, fragments, total] = parts!.split('|').slice(2, -1).map(Number);
    expect(runtime).toBeGreaterThan(50);
    expect(Math.abs(runtime! + metadata! + index! + fragments! - total!)).toBeLessThanOrEqual(3);
    // Every benchmark query, cold, on Tiru's index and on a plain index of the same pages.
    const queries = report.split('\n').find((line) => /^\| 20 \(\.md\) \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \| \d\.\d\d× \|$/.test(line));
    expect(queries, report).toBeDefined();
    const [, count, median, worst, plainMedian] = queries!.split('|').slice(1, -1).map((c) => parseFloat(c.trim()));
    expect(count).toBe(20);
    expect(worst).toBeGreaterThanOrEqual(median!);
    expect(plainMedian).toBeGreaterThan(50);
    expect(report).toMatch(/cores .*GiB memory; Node v24/);
    for (const variant of ['.mdx, with transforms', '.md, without transforms']) expect(report).toContain(`| ${variant} | not run (--skip-variants) |`);
  }, 600_000);
});
