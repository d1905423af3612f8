import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite, contentVariant, tempDist } from '../helpers/build';
import { bin } from '../helpers/bin';

/** Replaces text in a content file, failing loudly if the text is not there. */
function edit(dir: string, file: string, from: RegExp, to: string) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toMatch(from);
  writeFileSync(path, text.replace(from, to));
}

// The build runs the checker's validation (unit-tested case by case in test/unit/content/); these
// few builds prove the wiring: the build fails before Astro loads content, naming file, line and field.
const cases = [
  {
    name: 'an unknown region reference',
    break: (dir: string) => edit(dir, 'programs/homecare.mdx', /^origin: kota-banjarbaru$/m, 'origin: kota-banjarbaroe'),
    file: 'programs/homecare.mdx',
    expected: ['origin', 'kota-banjarbaroe'],
  },
  {
    name: 'unclosed JSX, at the line of the file',
    break: (dir: string) => writeFileSync(join(dir, 'programs/homecare.mdx'), `${readFileSync(join(dir, 'programs/homecare.mdx'), 'utf8')}\n<div>\n\nTidak ditutup.\n`),
    file: 'programs/homecare.mdx:38',
    expected: ['sintaks MDX', '<div>'],
  },
];

describe('a build of broken content', () => {
  test.each(cases)('fails on $name, naming the file and field', async ({ break: breakContent, file, expected }) => {
    const content = contentVariant(breakContent);
    const result = await buildSite(content, tempDist('broken'));
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain(file);
    for (const text of expected) expect(result.output).toContain(text);
    // Astro's raw schema messages never reach the author: the content check stops the build first.
    expect(result.output).not.toMatch(/InvalidContentEntryDataError|:0:0/);
  });

  test('reports each problem in the same words as npm run check', async () => {
    const content = contentVariant((dir) => {
      edit(dir, 'programs/homecare.mdx', /^origin: kota-banjarbaru$/m, 'origin: kota-banjarbaroe');
      edit(dir, 'events/2024-01-18-rakor-camat-lurah-banjarbaru.mdx', /^title: .*$/m, 'title: Rakor: Banjir');
    });
    const build = await buildSite(content, tempDist('same-words'));
    const check = spawnSync(bin('tsx'), ['scripts/check.ts', '--content-only'], { encoding: 'utf8', env: { ...process.env, TIRU_CONTENT_DIR: content } });
    expect(build.status).not.toBe(0);
    expect(check.status).toBe(1);
    const errorLines = (text: string) => text.split('\n').filter((line, i, lines) => line.includes('GALAT') || lines[i - 1]?.includes('GALAT') || lines[i - 2]?.includes('GALAT'));
    const fromCheck = errorLines(check.stdout);
    expect(fromCheck.join('\n')).toContain('kota-banjarbaroe');
    expect(fromCheck.join('\n')).toContain('tanda kutip');
    for (const line of fromCheck) expect(build.output).toContain(line);
  });
});
