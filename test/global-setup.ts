import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { BUILD_LOCK, buildSite, contentVariant, SITE_DIST } from './helpers/build';
import { FIXTURE_DIST, prepareFixtureContent } from './helpers/fixture-site';

/** Builds the real content and the fixture site once; every build test reads the resulting folders. */
export default async function setup() {
  rmSync(SITE_DIST, { recursive: true, force: true });
  rmSync(resolve('node_modules/.cache/tiru-tests'), { recursive: true, force: true });
  rmSync(BUILD_LOCK, { recursive: true, force: true });
  const real = await buildSite(resolve('content'), SITE_DIST, resolve('node_modules/.astro'));
  const fixture = await buildSite(contentVariant(prepareFixtureContent), FIXTURE_DIST, resolve(dirname(FIXTURE_DIST), 'cache'));
  if (real.status !== 0) throw new Error(`astro build of content/ failed:\n${real.output}`);
  if (fixture.status !== 0) throw new Error(`astro build of the fixture site failed:\n${fixture.output}`);
}
