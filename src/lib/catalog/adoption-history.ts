import type { AdoptionData } from '../../schemas/program';

/** One region's adoption records for a program, oldest first; the last is the current status. */
export interface AdoptionHistory {
  regionId: string;
  current: AdoptionData;
  history: AdoptionData[];
}

/** Groups a program's adoption records by region; regions are ordered by their latest record, newest first. */
export function groupAdoptionHistory(adoptions: readonly AdoptionData[]): AdoptionHistory[] {
  const byRegion = new Map<string, AdoptionData[]>();
  for (const record of adoptions) {
    byRegion.set(record.region.id, [...(byRegion.get(record.region.id) ?? []), record]);
  }
  return [...byRegion]
    .map(([regionId, records]) => {
      // A stable sort keeps file order for records of the same day, so the later-written one wins.
      const history = records.toSorted((a, b) => a.date.localeCompare(b.date));
      return { regionId, current: history.at(-1)!, history };
    })
    .sort((a, b) => b.current.date.localeCompare(a.current.date) || a.regionId.localeCompare(b.regionId));
}
