import { describe, expect, test } from 'vitest';
import { bin } from '../helpers/bin';
import { run } from '../helpers/build';

describe('the project', () => {
  // Part of the suite rather than a step before it, so the type check shares the machine with the other tests
  // instead of keeping a core idle for its 15 seconds.
  test('type-checks: astro check finds no error in .ts or .astro files', async () => {
    // The global setup's build wrote the generated types (.astro/), and test builds run in copies of the
    // project, so the check reads them without a sync of its own.
    const check = await run(bin('astro'), ['check', '--noSync'], { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' });
    expect(check.status, check.output.slice(-4000)).toBe(0);
    expect(check.output).toMatch(/Result \(\d+ files\)/);
  });
});
