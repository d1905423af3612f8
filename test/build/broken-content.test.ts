import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite, contentVariant, tempDist } from '../helpers/build';

/** Replaces text in a content file, failing loudly if the text is not there. */
function edit(dir: string, file: string, from: RegExp, to: string) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toMatch(from);
  writeFileSync(path, text.replace(from, to));
}

const cases = [
  {
    name: 'an unknown region reference',
    break: (dir: string) => edit(dir, 'programs/homecare.mdx', /^origin: kota-banjarbaru$/m, 'origin: kota-banjarbaroe'),
    file: 'programs/homecare.mdx',
    expected: ['origin', 'kota-banjarbaroe'],
  },
  {
    name: 'a missing summary',
    break: (dir: string) => edit(dir, 'programs/ukm-desa.mdx', /^summary: .*\n/m, ''),
    file: 'programs/ukm-desa.mdx',
    expected: ['summary'],
  },
  {
    name: 'a malformed date',
    break: (dir: string) => edit(dir, 'events/2023-07-17-rakor-kecamatan-tanjung-lago.mdx', /^date: 2023-07-17$/m, 'date: 17-07-2023'),
    file: 'events/2023-07-17-rakor-kecamatan-tanjung-lago.mdx',
    expected: ['date', 'YYYY-MM-DD'],
  },
  {
    name: 'an impossible date that YAML would roll over',
    break: (dir: string) => edit(dir, 'programs/dokter-masuk-desa.mdx', /^launchDate: 2023-07-17$/m, 'launchDate: 2023-02-30'),
    file: 'programs/dokter-masuk-desa.mdx',
    expected: ['launchDate'],
  },
  {
    name: 'a region that disagrees with the official registry',
    break: (dir: string) => edit(dir, 'regions/kecamatan-air-salek.yaml', /^name: Air Salek$/m, 'name: Air Saleh'),
    file: 'regions/kecamatan-air-salek.yaml',
    expected: ['name', '16.07.14 AIR SALEK'],
  },
  {
    name: 'a wiki-link to no entry',
    break: (dir: string) => edit(dir, 'programs/rt-mandiri.mdx', /\[\[kabupaten-jepara\]\]/, '[[kabupaten-japara]]'),
    file: 'programs/rt-mandiri.mdx:39',
    expected: ['[[kabupaten-japara]]'],
  },
  {
    name: 'a source whose article text is missing',
    break: (dir: string) => edit(dir, 'sources/klikkalsel-2023-02-06.yaml', /^file: .*$/m, 'file: 999_missing.txt'),
    file: 'sources/klikkalsel-2023-02-06.yaml',
    expected: ['file', '999_missing.txt'],
  },
  {
    name: 'a program slug that would take the address of a list page',
    break: (dir: string) => renameSync(join(dir, 'programs/penataan-kota-banjarbaru.md'), join(dir, 'programs/2.md')),
    file: 'programs/2.md',
    expected: ['(slug)', '/program/2/'],
  },
];

describe('a build of broken content', () => {
  test.each(cases)('fails on $name, naming the file and field', ({ break: breakContent, file, expected }) => {
    const content = contentVariant(breakContent);
    const result = buildSite(content, tempDist('broken'));
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain(file);
    for (const text of expected) expect(result.output).toContain(text);
  });
});
