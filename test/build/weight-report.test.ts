import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { weighSite } from '../../scripts/page-weight';
import { SITE_DIST } from '../helpers/build';
import { bin } from '../helpers/bin';

describe('npm run report:weight', () => {
  test('prints HTML, CSS, JS, font and image bytes for every page type, with the budgets', () => {
    const run = spawnSync(bin('tsx'), ['scripts/report-weight.ts', SITE_DIST], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    for (const type of ['beranda', 'daftar', 'program', 'wilayah', 'kegiatan', 'sumber', 'cari', 'adopsi', 'kit', '404']) expect(run.stdout).toContain(`'${type}'`);
    expect(run.stdout).toContain('Budgets per page');
    expect(run.stdout).toContain('Pagefind runtime');
  });

  test('weighs the stylesheet, the search script and the map outline where they are used', () => {
    const site = weighSite(SITE_DIST);
    expect(site.get('program')!.max.css).toBeGreaterThan(0);
    expect(site.get('program')!.max.image).toBeGreaterThan(10_000);
    expect(site.get('cari')!.max.image).toBe(0);
    expect(site.get('cari')!.max.js).toBeGreaterThan(0);
    const programs = readdirSync('content/programs').length;
    expect(site.get('program')!.pages).toBe(programs);
    expect(site.get('kit')!.pages).toBe(programs + readdirSync('content/events').length);
  });
});
