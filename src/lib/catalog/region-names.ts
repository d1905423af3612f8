import type { RegionData } from '../../schemas/region';
import { formatRegionName } from '../format/region-name';
import { must } from '../read/entries';
import type { Catalog } from './catalog';

/** The chain of ids from the province down to `id` itself; stops at a missing or cyclic parent. */
export function regionLineage(id: string, regions: ReadonlyMap<string, { data: Pick<RegionData, 'parent'> }>): string[] {
  const lineage: string[] = [];
  for (let current: string | undefined = id; current && !lineage.includes(current); ) {
    lineage.unshift(current);
    current = regions.get(current)?.data.parent?.id;
  }
  return lineage;
}

/** "Kota Banjarbaru" for the region with this id. */
export function regionName(catalog: Catalog, id: string): string {
  return formatRegionName(must(catalog.regions, id).data);
}
