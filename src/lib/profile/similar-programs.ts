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
 * All programs are ranked once and each urusan lists its programs in rank order, so a program scans
 * only the head of its urusan's lists: the whole map costs O(programs × urusan × SCAN_PER_URUSAN)
 * however large an urusan grows.
 */
export function similarPrograms(programs: readonly Program[], limit = 5): Map<string, string[]> {
  const richness = new Map(programs.map((program) => [program.id, filledParts(program.data.profile).size]));
  const ranked = programs.toSorted((a, b) => richness.get(b.id)! - richness.get(a.id)! || compareText(a.data.title, b.data.title) || a.id.localeCompare(b.id));
  // Lists of ranks: filled in rank order, so each is sorted already.
  const byUrusan = new Map<string, number[]>();
  ranked.forEach((program, rank) => {
    for (const urusan of program.data.urusan) pushTo(byUrusan, urusan, rank);
  });

  const similar = new Map<string, string[]>();
  for (const program of ranked) {
    const origin = program.data.origin.id;
    const sharedCount = new Map<number, number>();
    // With one urusan every candidate shares exactly one, so the first `limit` in rank order are the answer.
    const scan = program.data.urusan.length === 1 ? limit : SCAN_PER_URUSAN;
    for (const urusan of program.data.urusan) {
      let scanned = 0;
      for (const rank of byUrusan.get(urusan)!) {
        if (scanned === scan) break;
        if (ranked[rank]!.data.origin.id === origin) continue;
        scanned++;
        sharedCount.set(rank, (sharedCount.get(rank) ?? 0) + 1);
      }
    }
    if (sharedCount.size === 0) continue;
    const best = [...sharedCount].sort(([rankA, countA], [rankB, countB]) => countB - countA || rankA - rankB).slice(0, limit);
    similar.set(program.id, best.map(([rank]) => ranked[rank]!.id));
  }
  return similar;
}
