import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Where the real content is built once for all build tests (see global-setup.ts). */
export const SITE_DIST = resolve('dist');

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Runs `astro build` on a content folder into an output folder of its own, as `npm run build` would. */
export function buildSite(contentDir: string, outDir: string, cacheDir = join(outDir, '..', 'cache'), env: Record<string, string> = {}): BuildResult {
  const result = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      TIRU_CONTENT_DIR: contentDir,
      TIRU_OUT_DIR: outDir,
      TIRU_CACHE_DIR: cacheDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...env,
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * A fresh output folder for a test build. It lies inside the project on purpose: for an outDir
 * outside the working directory Astro stages its prerender chunks in the shared ./.astro/, so
 * concurrent test builds would overwrite each other's files.
 */
export function tempDist(prefix: string): string {
  const root = resolve('node_modules/.cache/tiru-tests');
  mkdirSync(root, { recursive: true });
  return join(mkdtempSync(join(root, `${prefix}-`)), 'dist');
}

/** A frozen copy of the content for unit tests, so a content edit never breaks them (see its README). */
export const FIXTURE_CONTENT = resolve('test/fixtures/content');

/** Copies a content folder (the fixture unless told) to a temporary folder, lets `mutate` break it, and returns the folder. */
export function contentVariant(mutate: (dir: string) => void, base = FIXTURE_CONTENT): string {
  const root = mkdtempSync(join(tmpdir(), 'tiru-content-'));
  const dir = join(root, 'content');
  cpSync(base, dir, { recursive: true });
  mutate(dir);
  return dir;
}
