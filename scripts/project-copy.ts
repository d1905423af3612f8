// A throwaway copy of the project for builds of other content (tests, the benchmark).
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** What `astro build` reads from the project besides its packages. */
const BUILD_INPUTS = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * Copies what a build reads into a fresh temporary folder and returns it. Astro keeps per-project state
 * in `<root>/.astro/` (the module map of deferred MDX entries) and Vite and Astro cache under
 * `<root>/node_modules/`, so two builds in one checkout at once would overwrite each other's files;
 * builds in copies run side by side. Packages are linked one by one rather than the folder as a whole,
 * so those caches stay the copy's own. Remove the folder when the build is done.
 */
export function copyProject(project = process.cwd()): string {
  const root = mkdtempSync(join(tmpdir(), 'tiru-build-'));
  for (const input of BUILD_INPUTS) cpSync(join(project, input), join(root, input), { recursive: true });
  const packages = resolve(project, 'node_modules');
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(packages)) if (!name.startsWith('.')) symlinkSync(join(packages, name), join(root, 'node_modules', name));
  return root;
}
