import { performance } from 'node:perf_hooks';
import { readEntries } from '../../src/lib/content/read-entries';
import { similarPrograms } from '../../src/lib/profile/similar-programs';
import { programSchema } from '../../src/schemas/program';
import { plainReference } from '../../src/schemas/reference';

/** What "Program serupa di daerah lain" costs for a whole catalog: computed once, timed as the median of three runs. */
export function timeSimilarPrograms(contentDir: string): { programs: number; medianMs: number } {
  const schema = programSchema(plainReference);
  const programs = readEntries(contentDir)
    .entries.filter((entry) => entry.collection === 'programs')
    .flatMap((entry) => {
      const parsed = schema.safeParse(entry.data);
      return parsed.success ? [{ id: entry.id, data: parsed.data }] : [];
    });
  const runs = [0, 1, 2].map(() => {
    const start = performance.now();
    similarPrograms(programs);
    return performance.now() - start;
  });
  return { programs: programs.length, medianMs: runs.sort((a, b) => a - b)[1]! };
}
