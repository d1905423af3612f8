import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { bin } from './bin';

/** Where the real content is built once for all build tests (see global-setup.ts). */
export const SITE_DIST = resolve('dist');

export interface BuildResult {
  status: number | null;
  output: string;
}

/** The environment of a test build: which content, into which folders. */
const buildEnv = (contentDir: string, outDir: string, cacheDir: string, env: Record<string, string>) => ({
  ...process.env,
  TIRU_CONTENT_DIR: contentDir,
  TIRU_OUT_DIR: outDir,
  TIRU_CACHE_DIR: cacheDir,
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  ...env,
});

/**
 * Astro writes the module map of deferred (MDX) entries to the project's one `.astro/` folder, so two
 * builds of different content in one checkout at once would render each other's entries. Test
 * workers take turns through this lock; the global setup clears a lock left by a killed run.
 */
export const BUILD_LOCK = resolve('node_modules/.cache/tiru-build.lock');

/** Runs `work` while holding the build lock, waiting for another worker's build to finish first. */
export async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  mkdirSync(dirname(BUILD_LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch {
      await sleep(100);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

/** Runs a command to its end, collecting what it prints. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<BuildResult> {
  return new Promise((done) => {
    const child = spawn(command, args, { env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => done({ status, output }));
  });
}

/** Runs `astro build` on a content folder into an output folder of its own, as `npm run build` would. */
export function buildSite(contentDir: string, outDir: string, cacheDir = join(outDir, '..', 'cache'), env: Record<string, string> = {}): Promise<BuildResult> {
  return withBuildLock(() => run(bin('astro'), ['build'], buildEnv(contentDir, outDir, cacheDir, env)));
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
