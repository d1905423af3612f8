import { performance } from 'node:perf_hooks';
import { readEntries } from '../../src/lib/read/read-entries';
import { similarPrograms } from '../../src/lib/catalog/similar-programs';
import { programSchema } from '../../src/schemas/program';

/** What "Program serupa di daerah lain" costs for a whole catalog: computed once, timed as the median of three runs. */
export function timeSimilarPrograms(contentDir: string): { programs: number; medianMs: number } {
  const programs = readEntries(contentDir)
    .entries.filter((entry) => entry.collection === 'programs')
    .flatMap((entry) => {
      const parsed = programSchema.safeParse(entry.data);
      return parsed.success ? [{ id: entry.id, data: parsed.data }] : [];
    });
  const runs = [0, 1, 2].map(() => {
    const start = performance.now();
    similarPrograms(programs);
    return performance.now() - start;
  });
  return { programs: programs.length, medianMs: runs.sort((a, b) => a - b)[1]! };
}
