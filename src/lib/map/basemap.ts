import indonesia from '@amcharts/amcharts5-geodata/indonesiaLow';
import { geoArea, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { getProvinces } from 'idn-area-data';

/** A point on the map, in SVG user units of the basemap's viewBox. */
export type MapPoint = readonly [x: number, y: number];

type AreaFeature = Feature<Polygon | MultiPolygon, { name: string; CNTRY: string }>;

/** The outline map every adoption map is drawn on, and where each province sits on it. */
export interface Basemap {
  width: number;
  height: number;
  /** Projects [longitude, latitude] onto the map. */
  project: (lonLat: [number, number]) => MapPoint;
  /** Province outlines, then neighbouring countries drawn lighter for context. */
  shapes: { name: string; d: string; neighbour: boolean }[];
  /** Kemendagri province code → a point inside that province. */
  provinceAnchors: ReadonlyMap<string, MapPoint>;
}

/**
 * Provinces created after the basemap was drawn, mapped to the province whose outline still contains them:
 * Papua Selatan, Papua Tengah and Papua Pegunungan were split from Papua (UU 14–16/2022),
 * Papua Barat Daya from Papua Barat (UU 29/2022).
 */
export const PROVINCES_SPLIT_FROM: Readonly<Record<string, string>> = { '93': '91', '94': '91', '95': '91', '96': '92' };

/** Matches registry names ("Daerah Khusus Ibukota Jakarta") to basemap names ("Jakarta Raya"). */
export function provinceNameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^(daerah khusus ibukota|daerah istimewa|dki|di)\s+/, '')
    .replace(/\s+raya$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The largest polygon of a feature, so an island province's anchor lands on its main island. */
function mainPolygon(feature: AreaFeature): Feature<Polygon> {
  const { geometry } = feature;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = polygons
    .map((coordinates) => ({ type: 'Polygon' as const, coordinates }))
    .reduce((best, polygon) => (geoArea(polygon) > geoArea(best) ? polygon : best));
  return { type: 'Feature', properties: {}, geometry: largest };
}

/** Map width in SVG units; the height follows from Indonesia's shape. */
const MAP_WIDTH = 1000;

/** Builds the basemap from amCharts' Indonesia geodata and the registry's province list. */
async function buildBasemap(): Promise<Basemap> {
  const features = (indonesia as FeatureCollection).features as AreaFeature[];
  const provinces = features.filter((feature) => feature.properties.CNTRY === 'Indonesia');
  const projection: GeoProjection = geoMercator().fitWidth(MAP_WIDTH, { type: 'FeatureCollection', features: provinces });
  const path = geoPath(projection).digits(1);
  const [[, top], [, bottom]] = path.bounds({ type: 'FeatureCollection', features: provinces });
  // Centre the islands vertically with a small margin, so markers at the edges stay inside the viewBox.
  const margin = 12;
  const [tx, ty] = projection.translate();
  projection.translate([tx, ty - top + margin]);
  const height = Math.ceil(bottom - top + 2 * margin);

  const byName = new Map(provinces.map((feature) => [provinceNameKey(feature.properties.name), feature]));
  const provinceAnchors = new Map<string, MapPoint>();
  for (const { code, name } of await getProvinces()) {
    const feature = byName.get(provinceNameKey(name));
    if (feature) provinceAnchors.set(code, path.centroid(mainPolygon(feature)));
  }
  for (const [code, formerCode] of Object.entries(PROVINCES_SPLIT_FROM)) {
    const anchor = provinceAnchors.get(formerCode);
    if (anchor && !provinceAnchors.has(code)) provinceAnchors.set(code, anchor);
  }

  return {
    width: MAP_WIDTH,
    height,
    project: (lonLat) => projection(lonLat) ?? [Number.NaN, Number.NaN],
    shapes: features.map((feature) => ({
      name: feature.properties.name,
      d: path(feature) ?? '',
      neighbour: feature.properties.CNTRY !== 'Indonesia',
    })),
    provinceAnchors,
  };
}

let basemap: Promise<Basemap> | undefined;

/** The basemap, built once per process and shared by the outline file and every page's markers. */
export function getBasemap(): Promise<Basemap> {
  basemap ??= buildBasemap();
  return basemap;
}

/** Where the basemap's outlines come from, shown under every map as its licence requires. */
export const BASEMAP_CREDIT = {
  label: 'amCharts',
  href: 'https://www.amcharts.com/',
  licenceHref: '/peta/lisensi-amcharts.txt',
} as const;
