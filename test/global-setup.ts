import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { browserAvailable, startSharedBrowser } from './helpers/browser';
import { buildProject, buildSite, contentVariant, SITE_DIST } from './helpers/build';
import { FIXTURE_DIST, prepareFixtureContent, recordFixtureBuild } from './helpers/fixture-site';

/**
 * Builds the real content before any test runs: most build and browser tests read it. The fixture site,
 * which two test files read, builds beside it in a copy of the project and may still be building when the
 * tests start (they wait for it with `fixtureSite()`), so neither core sits idle behind one build.
 */
export default async function setup(project: TestProject) {
  rmSync(SITE_DIST, { recursive: true, force: true });
  rmSync(resolve('node_modules/.cache/tiru-tests'), { recursive: true, force: true });
  const fixture = buildSite(contentVariant(prepareFixtureContent), FIXTURE_DIST).then(recordFixtureBuild);
  const [real, browser] = await Promise.all([buildProject(resolve('content'), SITE_DIST), browserAvailable() ? startSharedBrowser() : undefined]);
  if (browser) project.provide('browserEndpoint', browser.wsEndpoint());
  // The run ends only after the fixture build has, whether or not a test waited for it.
  const teardown = async () => {
    await fixture;
    await browser?.close();
  };
  if (real.status !== 0) {
    await teardown();
    throw new Error(`astro build of content/ failed:\n${real.output}`);
  }
  return teardown;
}
