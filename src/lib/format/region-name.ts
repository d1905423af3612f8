import { REGION_LEVELS, type RegionData } from '../../schemas/region';

/** "Kota Banjarbaru", "Kecamatan Air Salek", "Provinsi Kalimantan Selatan". */
export function formatRegionName(region: Pick<RegionData, 'level' | 'name'>): string {
  return `${REGION_LEVELS[region.level]} ${region.name}`;
}
