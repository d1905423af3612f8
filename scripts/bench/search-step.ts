// `tsx scripts/bench/search-step.ts --dist <built site> [--runs N] [--plain] [--warm]`: runs Tiru's search step
// alone on an existing build, as the build runs it after Astro (no cache kept unless --warm), and with --plain a
// plain Pagefind index of the same pages (`addDirectory` on the folder), so the two compare per indexed page.
// Profile it with `node --import tsx --cpu-prof scripts/bench/search-step.ts --dist …`. Bundles go to a temporary folder.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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

const TICK_MS = 1000 / 100; // Linux counts CPU time in clock ticks of 10 ms.

/** CPU seconds used by a process so far (user and system), or 0 once it is gone. */
function cpuOf(pid: string): number {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * TICK_MS) / 1000;
  } catch {
    return 0;
  }
}

/**
 * CPU time of this process and of the processes it starts (Pagefind's binary) while `work` runs: wall time
 * alone says more about the other jobs on a shared machine than about the step. Children are sampled every
 * 50 ms, so the last 50 ms of a child's work can be missed.
 */
async function measured<T>(work: () => Promise<T>): Promise<{ result: T; wallMs: number; nodeCpuS: number; childCpuS: number }> {
  const children = new Map<string, number>();
  const sample = () => {
    for (const task of readdirSync('/proc/self/task')) {
      for (const pid of readFileSync(`/proc/self/task/${task}/children`, 'utf8').split(' ').filter(Boolean)) children.set(pid, Math.max(children.get(pid) ?? 0, cpuOf(pid)));
    }
  };
  const sampler = setInterval(sample, 50);
  const cpu = process.cpuUsage();
  const started = performance.now();
  try {
    const result = await work();
    const used = process.cpuUsage(cpu);
    return { result, wallMs: performance.now() - started, nodeCpuS: (used.user + used.system) / 1e6, childCpuS: [...children.values()].reduce((a, b) => a + b, 0) };
  } finally {
    clearInterval(sampler);
  }
}

const figures = (name: string, pages: number, m: { wallMs: number; nodeCpuS: number; childCpuS: number }) =>
  `${name}: ${Math.round(m.wallMs)} ms for ${pages} pages (${(m.wallMs / pages).toFixed(2)} ms/page); CPU: Node ${m.nodeCpuS.toFixed(1)} s, Pagefind ${m.childCpuS.toFixed(1)} s (${(((m.nodeCpuS + m.childCpuS) * 1000) / pages).toFixed(2)} ms/page)`;

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
    const tiru = await measured(() => indexSite(dist, { cacheDir, outputPath: join(work, 'bundle'), writeVocabulary: false }));
    console.log(figures(`run ${run}: Tiru's step`, tiru.result.pages, tiru));
    if (!values.plain) continue;
    const plain = await measured(() => plainIndex(join(work, 'plain')));
    console.log(figures(`run ${run}: plain Pagefind`, plain.result, plain));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
