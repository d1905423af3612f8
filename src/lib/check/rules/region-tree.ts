import type { RegionData, RegionLevel } from '../../../schemas/region';
import type { Entry } from '../../read/entries';
import type { ContentProblem } from '../../read/problems';
import { findCycles } from '../cycles';
import { fileOf } from './problem-at';

/** The levels a region's parent may have: one step up the administrative tree. */
export const PARENT_LEVELS: Record<RegionLevel, readonly RegionLevel[]> = {
  provinsi: [],
  kabupaten: ['provinsi'],
  kota: ['provinsi'],
  kecamatan: ['kabupaten', 'kota'],
  kelurahan: ['kecamatan'],
  desa: ['kecamatan'],
};

/** What the tree check found, and which regions it found misplaced (their registry parent check would only repeat it). */
export interface RegionTreeCheck {
  problems: ContentProblem[];
  misplaced: Set<string>;
}

/**
 * Checks the region tree on its own terms: no region is its own parent or part of a parent cycle
 * (the cycle is named, once), and each parent sits one level up (a kecamatan under a kota or
 * kabupaten, never under a kelurahan). Parents that do not exist are the reference check's.
 */
export function checkRegionTree(regions: readonly Entry<RegionData>[]): RegionTreeCheck {
  const byId = new Map(regions.map((region) => [region.id, region]));
  const parentOf = new Map(regions.flatMap((region) => (region.data.parent && byId.has(region.data.parent.id) ? [[region.id, region.data.parent.id] as const] : [])));
  const problems: ContentProblem[] = [];
  const misplaced = new Set<string>();
  for (const cycle of findCycles(parentOf)) {
    const region = byId.get(cycle[0]!)!;
    cycle.forEach((id) => misplaced.add(id));
    problems.push({
      file: fileOf('regions', region),
      field: 'parent',
      message:
        cycle.length === 2
          ? `wilayah ini menjadi induknya sendiri (region is its own parent)`
          : `induk wilayah berputar: ${cycle.join(' → ')} (parent cycle)`,
      hint: `isi parent dengan wilayah satu jenjang di atas ${region.data.level}${PARENT_LEVELS[region.data.level].length ? ` (${PARENT_LEVELS[region.data.level].join(' atau ')})` : ''}`,
    });
  }
  for (const region of regions) {
    const parent = region.data.parent && byId.get(region.data.parent.id);
    if (!parent || misplaced.has(region.id)) continue;
    const allowed = PARENT_LEVELS[region.data.level];
    if (allowed.length === 0 || allowed.includes(parent.data.level)) continue;
    misplaced.add(region.id);
    problems.push({
      file: fileOf('regions', region),
      field: 'parent',
      message: `${region.data.level} tidak bisa berada di bawah ${parent.data.level} "${parent.id}" (parent at the wrong level)`,
      hint: `induk ${region.data.level} adalah ${allowed.join(' atau ')}`,
    });
  }
  return { problems, misplaced };
}
