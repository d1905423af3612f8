import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, contentVariant, tempDist, type BuildResult } from '../helpers/build';
import { bin } from '../helpers/bin';

/** Replaces text in a content file, failing loudly if the text is not there. */
function edit(dir: string, file: string, from: RegExp, to: string) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toMatch(from);
  writeFileSync(path, text.replace(from, to));
}

// The build runs the checker's validation (unit-tested case by case in test/unit/content/); one build of
// content broken three ways proves the wiring: the build fails before Astro loads content, naming file,
// line and field of every problem, in the checker's words.
describe('a build of broken content', () => {
  let content: string;
  let build: BuildResult;

  beforeAll(async () => {
    content = contentVariant((dir) => {
      edit(dir, 'programs/pengelolaan-pasar-banjarbaru.mdx', /^origin: kota-banjarbaru$/m, 'origin: kota-banjarbaroe');
      writeFileSync(join(dir, 'programs/homecare.mdx'), `${readFileSync(join(dir, 'programs/homecare.mdx'), 'utf8')}\n<div>\n\nTidak ditutup.\n`);
      edit(dir, 'events/2024-01-18-rakor-camat-lurah-banjarbaru.mdx', /^title: .*$/m, 'title: Rakor: Banjir');
    });
    build = await buildSite(content, tempDist('broken'));
  });

  test('fails, naming the file, line and field of each problem', () => {
    expect(build.status, build.output).not.toBe(0);
    expect(build.output).toMatch(/programs\/pengelolaan-pasar-banjarbaru\.mdx:\d+ +origin/);
    expect(build.output).toContain('kota-banjarbaroe');
    expect(build.output).toContain('programs/homecare.mdx:38');
    expect(build.output).toContain('sintaks MDX');
    expect(build.output).toContain('<div>');
    expect(build.output).toContain('events/2024-01-18-rakor-camat-lurah-banjarbaru.mdx:2');
    // Astro's raw schema messages never reach the author: the content check stops the build first.
    expect(build.output).not.toMatch(/InvalidContentEntryDataError|:0:0/);
  });

  test('reports each problem in the same words as npm run check', () => {
    const check = spawnSync(bin('tsx'), ['scripts/check.ts', '--content-only'], { encoding: 'utf8', env: { ...process.env, TIRU_CONTENT_DIR: content } });
    expect(check.status).toBe(1);
    const errorLines = (text: string) => text.split('\n').filter((line, i, lines) => line.includes('GALAT') || lines[i - 1]?.includes('GALAT') || lines[i - 2]?.includes('GALAT'));
    const fromCheck = errorLines(check.stdout);
    expect(fromCheck.filter((line) => line.includes('GALAT'))).toHaveLength(3);
    expect(fromCheck.join('\n')).toContain('tanda kutip');
    // The build runs in a copy of the project, so the content folder's path relative to it differs.
    const withoutFolder = (text: string) => text.replaceAll(/\S*tiru-content-[^/\s]+\//g, '');
    for (const line of fromCheck) expect(withoutFolder(build.output)).toContain(withoutFolder(line));
  });
});
