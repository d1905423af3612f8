import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentVariant, FIXTURE_CONTENT } from '../../helpers/build';
import { bin } from '../../helpers/bin';

const runCheck = (contentDir: string) =>
  spawnSync(bin('tsx'), ['scripts/check.ts', '--content-only'], { encoding: 'utf8', env: { ...process.env, TIRU_CONTENT_DIR: contentDir } });

describe('npm run check (command line)', () => {
  test('exits 0 on the real content, reporting only warnings', () => {
    const run = runCheck(FIXTURE_CONTENT);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/0 galat, \d+ peringatan/);
  });

  test('exits non-zero and names file, line, field and hint for broken content', () => {
    const dir = contentVariant((d) => {
      const file = join(d, 'programs/homecare.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('origin: kota-banjarbaru', 'origin: kota-banjarbaroe'));
    });
    const run = runCheck(dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/GALAT \(error\)  \S*programs\/homecare\.mdx:4  origin/);
    expect(run.stdout).toContain('Petunjuk (hint): maksud Anda: kota-banjarbaru?');
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });
});
