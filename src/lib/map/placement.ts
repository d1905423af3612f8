import type { RegionData } from '../../schemas/region';
import type { RegionPlacement } from './adoption-map';
import type { Basemap } from './basemap';

/**
 * Places a region at its own coordinates when a source gives them; otherwise at its province's anchor,
 * found from the first two digits of its Kemendagri code, and marked as approximate.
 */
export function placeRegion(region: Pick<RegionData, 'code' | 'coordinates'>, basemap: Pick<Basemap, 'project' | 'provinceAnchors'>): RegionPlacement | undefined {
  if (region.coordinates) {
    return { point: basemap.project([region.coordinates.lon, region.coordinates.lat]), exact: true };
  }
  const anchor = basemap.provinceAnchors.get(region.code.slice(0, 2));
  return anchor && { point: anchor, exact: false };
}
