import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { copyProject } from '../../scripts/project-copy';
import { bin } from './bin';

/** Where the real content is built once for all build tests (see global-setup.ts). */
export const SITE_DIST = resolve('dist');

export interface BuildResult {
  status: number | null;
  output: string;
}

/** The environment of a test build: which content, into which folder. */
const buildEnv = (contentDir: string, outDir: string) => ({
  ...process.env,
  TIRU_CONTENT_DIR: contentDir,
  TIRU_OUT_DIR: outDir,
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
});

/** Runs a command to its end (in `cwd`, the project unless told), collecting what it prints. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv, cwd = process.cwd()): Promise<BuildResult> {
  return new Promise((done) => {
    const child = spawn(command, args, { env, cwd });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => done({ status, output }));
  });
}

/** Runs `astro build` of a project (this one unless told) on a content folder, as `npm run build` would; only the global setup builds this one. */
export function buildProject(contentDir: string, outDir: string, project = process.cwd()): Promise<BuildResult> {
  return run(bin('astro'), ['build'], buildEnv(contentDir, outDir), project);
}

/**
 * Runs `astro build` on a content folder into an output folder of its own, as `npm run build` would, in
 * a copy of the project (see copyProject): test builds run side by side and never touch the project's
 * `.astro/`, which `astro check` reads.
 */
export async function buildSite(contentDir: string, outDir: string): Promise<BuildResult> {
  const root = copyProject();
  try {
    return await buildProject(contentDir, outDir, root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** A fresh output folder for a test build; the global setup clears them all. */
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
