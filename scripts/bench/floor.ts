// The floor: a minimal Astro project rendering the same program bodies with an empty layout, no
// cross-links and Astro's default Markdown processor, plus a plain Pagefind index.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes the floor project; its content folder is read from FLOOR_PROGRAMS at build time. */
export function writeFloorProject(dir: string): void {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()], outDir: process.env.FLOOR_OUT, cacheDir: process.env.FLOOR_CACHE, devToolbar: { enabled: false } });\n`);
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\nexport const collections = { programs: defineCollection({ loader: glob({ base: process.env.FLOOR_PROGRAMS, pattern: '*.{md,mdx}' }), schema: z.object({ title: z.string() }).passthrough() }) };\n`,
  );
  writeFileSync(
    join(dir, 'src/pages/[slug].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('programs')).map((entry) => ({ params: { slug: entry.id }, props: { entry } })); }\nconst { Content } = await render(Astro.props.entry);\n---\n<html lang="id"><head><meta charset="utf-8"><title>{Astro.props.entry.data.title}</title></head><body><h1>{Astro.props.entry.data.title}</h1><Content /></body></html>\n`,
  );
}

/** Runs of a measurement, and the two that agree best. */
export interface RepeatedRuns<T> {
  /** Every run, in order. */
  runs: T[];
  /** The two closest runs (by the measured time); `agreed` says whether they are within the tolerance. */
  pair: [T, T];
  agreed: boolean;
}

/** How close two runs of the floor must be (10 %) before the bench takes their mean as the floor's figures. */
export const FLOOR_TOLERANCE = 0.1;

/** How far apart two times are, relative to the smaller one. */
export const spread = (a: number, b: number): number => Math.abs(a - b) / Math.min(a, b);

/**
 * Repeats `run` until two of its runs agree within `tolerance` (0.1 = 10 %), at least twice and at most
 * `maxRuns` times. On a shared machine one run of the floor can be several times slower than the next, so a
 * ratio against a single run says more about the load than about Tiru.
 */
export async function repeatUntilTwoAgree<T>(run: () => Promise<T>, timeOf: (result: T) => number, { tolerance = FLOOR_TOLERANCE, maxRuns = 5 } = {}): Promise<RepeatedRuns<T>> {
  const runs: T[] = [];
  let pair: [T, T] | undefined;
  while (runs.length < maxRuns) {
    const latest = await run();
    // The earlier run closest to the latest one; a pair is only replaced by a closer one.
    for (const earlier of runs) {
      if (!pair || spread(timeOf(earlier), timeOf(latest)) < spread(timeOf(pair[0]), timeOf(pair[1]))) pair = [earlier, latest];
    }
    runs.push(latest);
    if (pair && spread(timeOf(pair[0]), timeOf(pair[1])) <= tolerance) return { runs, pair, agreed: true };
  }
  if (!pair) throw new Error('repeatUntilTwoAgree needs maxRuns of at least 2');
  return { runs, pair, agreed: false };
}
