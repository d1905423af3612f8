import { REGION_LEVELS, type RegionData } from '../schemas/region';

/** "Kota Banjarbaru", "Kecamatan Air Salek", "Provinsi Kalimantan Selatan". */
export function formatRegionName(region: Pick<RegionData, 'level' | 'name'>): string {
  return `${REGION_LEVELS[region.level]} ${region.name}`;
}

/** The chain of ids from the province down to `id` itself; stops at a missing or cyclic parent. */
export function regionLineage(id: string, regions: ReadonlyMap<string, { data: Pick<RegionData, 'parent'> }>): string[] {
  const lineage: string[] = [];
  for (let current: string | undefined = id; current && !lineage.includes(current); ) {
    lineage.unshift(current);
    current = regions.get(current)?.data.parent?.id;
  }
  return lineage;
}
