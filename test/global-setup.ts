import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { browserAvailable, startSharedBrowser } from './helpers/browser';
import { buildProject, buildSite, contentVariant, SITE_DIST } from './helpers/build';
import { FIXTURE_DIST, prepareFixtureContent, recordFixtureBuild } from './helpers/fixture-site';

/**
 * Builds the real content before any test runs: most build and browser tests read it. The fixture site,
 * which two test files read, builds while the tests run (they wait for it with `fixtureSite()`), so
 * the suite does not start with one core idle behind a second build.
 */
export default async function setup(project: TestProject) {
  rmSync(SITE_DIST, { recursive: true, force: true });
  rmSync(resolve('node_modules/.cache/tiru-tests'), { recursive: true, force: true });
  const [real, browser] = await Promise.all([buildProject(resolve('content'), SITE_DIST), browserAvailable() ? startSharedBrowser() : undefined]);
  if (browser) project.provide('browserEndpoint', browser.wsEndpoint());
  if (real.status !== 0) {
    await browser?.close();
    throw new Error(`astro build of content/ failed:\n${real.output}`);
  }
  const fixture = buildSite(contentVariant(prepareFixtureContent), FIXTURE_DIST).then(recordFixtureBuild);
  // The run ends only after the fixture build has, whether or not a test waited for it.
  return async () => {
    await fixture;
    await browser?.close();
  };
}
