import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Where the global setup builds the fixture site: the fixture content with what the real content
 * lacks, so features can be tested on it. Every value added here is a test value, not a fact.
 */
export const FIXTURE_DIST = resolve('node_modules/.cache/tiru-tests/fixture-site/dist');

/** The complete history the fixture gives Kabupaten Jepara's adoption of Homecare. */
export const COMPLETE_HISTORY = [
  ['dipelajari', '2022-11-01'],
  ['direncanakan', '2023-02-06'],
  ['uji-coba', '2023-08-01'],
  ['diterapkan', '2024-03-01'],
] as const;

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
      .replace('\nsources:\n', `\n${records}sources:\n`),
  );
  const source = join(dir, 'sources/klikkalsel-2023-02-06.yaml');
  writeFileSync(source, `${readFileSync(source, 'utf8')}url: https://example.org/artikel-uji\n`);
}
