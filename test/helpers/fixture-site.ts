import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { dirname, join, resolve } from 'node:path';
import type { BuildResult } from './build';

/**
 * Where the global setup builds the fixture site: the fixture content with what the real content
 * lacks, so features can be tested on it. Every value added here is a test value, not a fact.
 */
export const FIXTURE_DIST = resolve('node_modules/.cache/tiru-tests/fixture-site/dist');

/** Where the global setup records how the fixture build ended, for test workers in other processes. */
const FIXTURE_RESULT = join(dirname(FIXTURE_DIST), 'build-result.json');

/** Records the fixture build's end (called by the global setup). */
export function recordFixtureBuild(result: BuildResult): void {
  mkdirSync(dirname(FIXTURE_RESULT), { recursive: true });
  writeFileSync(FIXTURE_RESULT, JSON.stringify(result));
}

/** Waits until the global setup's fixture build has ended and returns its folder, or throws with the build's output. */
export async function fixtureSite(): Promise<string> {
  while (!existsSync(FIXTURE_RESULT)) await sleep(200);
  const result = JSON.parse(readFileSync(FIXTURE_RESULT, 'utf8')) as BuildResult;
  if (result.status !== 0) throw new Error(`astro build of the fixture site failed:\n${result.output}`);
  return FIXTURE_DIST;
}

/** The complete history the fixture gives Kabupaten Jepara's adoption of Homecare. */
export const COMPLETE_HISTORY = [
  ['dipelajari', '2022-11-01'],
  ['direncanakan', '2023-02-06'],
  ['uji-coba', '2023-08-01'],
  ['diterapkan', '2024-03-01'],
] as const;

/** The test profile the fixture gives Homecare, cited to a test report cited only by address. */
export const TEST_PROFILE = `profile:
  legalBasis:
    - kind: perwali
      number: "99"
      year: 2020
      title: tentang Layanan Uji
      sources: [laporan-uji-daring]
  agency:
    name: Dinas Uji
    sources: [laporan-uji-daring]
  scale:
    - indicator: Pasien uji
      unit: orang
      points:
        - { date: 2021, value: 40, sources: [laporan-uji-daring] }
        - { date: 2022-06, value: 120, sources: [laporan-uji-daring] }
        - { date: 2023, value: 300, sources: [klikkalsel-2023-02-06] }
`;

/** Turns a copy of the fixture content into the fixture site's content. */
export function prepareFixtureContent(dir: string): void {
  const homecare = join(dir, 'programs/homecare.mdx');
  const records = COMPLETE_HISTORY.filter(([status]) => status !== 'direncanakan')
    .map(([status, date]) => `  - region: kabupaten-jepara\n    status: ${status}\n    date: ${date}\n${status === 'diterapkan' ? '    evidence: PKS uji 1/2024\n' : ''}    sources: [klikkalsel-2023-02-06]\n`)
    .join('');
  writeFileSync(
    homecare,
    readFileSync(homecare, 'utf8')
      // Titles refuse markup outright (the content check); free text such as a summary must render it as text.
      .replace(/^summary: .*$/m, 'summary: \'Layanan <script>alert("tiru")</script> <b>tebal</b>\'')
      // The adoption list ends where the entry's own sources begin: append the records there.
      .replace('\nsources:\n', `\n${records}${TEST_PROFILE}sources:\n`),
  );
  writeFileSync(
    join(dir, 'sources/laporan-uji-daring.yaml'),
    'title: Laporan uji daring\npublisher: contoh.example\ndate: 2022-06-01\nurl: https://example.org/laporan-uji-daring\npublished: 2022-06-02\naccessed: 2026-12-01\n',
  );
  const source = join(dir, 'sources/klikkalsel-2023-02-06.yaml');
  writeFileSync(source, `${readFileSync(source, 'utf8')}url: https://example.org/artikel-uji\n`);
}
