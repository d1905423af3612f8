import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSite, SITE_DIST } from './helpers/build';

/** Builds the real content once; every build test reads the resulting `dist/`. */
export default function setup() {
  rmSync(SITE_DIST, { recursive: true, force: true });
  rmSync(resolve('node_modules/.cache/tiru-tests'), { recursive: true, force: true });
  const result = buildSite(resolve('content'), SITE_DIST, resolve('node_modules/.astro'));
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.output}`);
}
