import type { ProgramData } from '../../schemas/program';
import { pushTo } from '../content/entries';
import { compareText } from '../format/text';
import { filledParts } from './profile-facts';

/** How many programs of one urusan are considered per program: enough for the shortlist, bounded at national scale. */
const SCAN_PER_URUSAN = 40;

/** The fields similarity reads. */
type Program = { id: string; data: Pick<ProgramData, 'title' | 'origin' | 'urusan' | 'profile'> };

/**
 * For each program, up to `limit` programs of the same urusan from other origin regions: those
 * sharing more urusan first, then those whose profile tells a delegation more, then by title.
 * Each urusan's programs are ranked once, and each program scans only the head of its urusan's
 * lists, so the whole map costs O(programs × urusan × SCAN_PER_URUSAN) however large an urusan grows.
 */
export function similarPrograms(programs: readonly Program[], limit = 5): Map<string, string[]> {
  const richness = new Map(programs.map((program) => [program.id, filledParts(program.data.profile).size]));
  const byUrusan = new Map<string, Program[]>();
  for (const program of programs) for (const urusan of program.data.urusan) pushTo(byUrusan, urusan, program);
  const richestFirst = (a: Program, b: Program) => richness.get(b.id)! - richness.get(a.id)! || compareText(a.data.title, b.data.title) || a.id.localeCompare(b.id);
  for (const list of byUrusan.values()) list.sort(richestFirst);

  const similar = new Map<string, string[]>();
  for (const program of programs) {
    const shared = new Map<string, { other: Program; count: number }>();
    for (const urusan of program.data.urusan) {
      let scanned = 0;
      for (const other of byUrusan.get(urusan)!) {
        if (scanned === SCAN_PER_URUSAN) break;
        if (other.data.origin.id === program.data.origin.id) continue;
        scanned++;
        const seen = shared.get(other.id);
        shared.set(other.id, { other, count: (seen?.count ?? 0) + 1 });
      }
    }
    const ranked = [...shared.values()].sort((a, b) => b.count - a.count || richestFirst(a.other, b.other)).slice(0, limit);
    if (ranked.length) similar.set(program.id, ranked.map(({ other }) => other.id));
  }
  return similar;
}
