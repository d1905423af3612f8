// `tsx scripts/bench/search-step.ts --dist <built site> [--runs N] [--plain] [--warm]`: runs Tiru's search step
// alone on an existing build, as the build runs it after Astro (no cache kept unless --warm), and with --plain a
// plain Pagefind index of the same pages (`addDirectory` on the folder), so the two compare per indexed page.
// Profile it with `node --import tsx --cpu-prof scripts/bench/search-step.ts --dist …`. Bundles go to a temporary folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { indexSite } from '../../src/lib/search/index-site';

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    runs: { type: 'string', default: '1' },
    plain: { type: 'boolean', default: false },
    // Keeps the step's cache between runs, as a rebuild after an edit would find it.
    warm: { type: 'boolean', default: false },
  },
});
if (!values.dist) throw new Error('--dist <folder of a built site> is required');
const dist = resolve(values.dist);
const work = mkdtempSync(join(tmpdir(), 'tiru-search-step-'));

/** A plain Pagefind index of the folder's pages, as `pagefind --site` makes it. */
async function plainIndex(outputPath: string): Promise<number> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'id' });
  const added = await index!.addDirectory({ path: dist });
  await index!.writeFiles({ outputPath });
  await pagefind.close();
  return added.page_count;
}

try {
  for (let run = 1; run <= Number(values.runs); run++) {
    const cacheDir = join(work, values.warm ? 'cache' : `cache-${run}`);
    let started = performance.now();
    const { pages } = await indexSite(dist, { cacheDir, outputPath: join(work, 'bundle'), writeVocabulary: false });
    const tiruMs = performance.now() - started;
    console.log(`run ${run}: Tiru's step ${Math.round(tiruMs)} ms for ${pages} indexed pages (${(tiruMs / pages).toFixed(2)} ms/page)`);
    if (!values.plain) continue;
    started = performance.now();
    const plainPages = await plainIndex(join(work, 'plain'));
    const plainMs = performance.now() - started;
    console.log(`run ${run}: plain Pagefind ${Math.round(plainMs)} ms for ${plainPages} pages (${(plainMs / plainPages).toFixed(2)} ms/page)`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
