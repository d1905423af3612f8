import { ADOPTION_STATUSES, type AdoptionStatus } from '../../schemas/program';
import type { AdoptionHistory } from '../catalog/adoption-history';
import type { Catalog } from '../catalog/catalog';
import { buildAdoptionMap, type AdoptionFlow, type MarkerRole } from '../map/adoption-map';
import { BASEMAP_CREDIT, getBasemap, type Basemap } from '../map/basemap';
import { placeRegion } from '../map/placement';
import { formatAngka } from '../format/numbers';
import { regionLink, type Link } from './common';
import { regionName } from '../catalog/region-names';
import { must } from '../read/entries';

/** Marker roles as the legend names them. */
export const MARKER_ROLES: Record<MarkerRole, string> = {
  origin: 'Wilayah asal program',
  adopter: 'Wilayah yang meniru',
  both: 'Asal sekaligus peniru',
  place: 'Wilayah ini',
};

/** A region on the adoption map, placed in the SVG. */
export interface MapMarkerView {
  x: number;
  y: number;
  role: MarkerRole;
  exact: boolean;
  label: string;
}

/** An arc from a program's origin to a region that studied or adopted it. */
export interface MapArcView {
  d: string;
  status: AdoptionStatus;
  /** Stroke width grows with the number of programs the arc stands for. */
  weight: number;
  label: string;
}

/** Everything the adoption map component draws, already laid out. */
export interface AdoptionMapView {
  width: number;
  height: number;
  basemapHref: string;
  title: string;
  description: string;
  markers: MapMarkerView[];
  arcs: MapArcView[];
  /** Only what this map shows, in the schema's order. */
  legend: { statuses: { status: AdoptionStatus; label: string }[]; roles: { role: MarkerRole; label: string }[]; approximate: boolean };
  approximate: Link[];
  unplaced: Link[];
  /** Adoptions whose two regions share one point on the map, so no arc shows them. */
  hiddenArcs: number;
  truncated?: { shown: number; total: number } | undefined;
  credit: typeof BASEMAP_CREDIT;
}

/** One region's current adoption of a program, as a flow from the program's origin. */
function adoptionFlow(catalog: Catalog, programId: string, { regionId, current }: AdoptionHistory): AdoptionFlow {
  return { programId, origin: must(catalog.programs, programId).data.origin.id, adopter: regionId, status: current.status, date: current.date };
}

/** The current status of every adoption of one program, as flows from its origin. */
function programFlows(catalog: Catalog, programId: string): AdoptionFlow[] {
  return (catalog.links.adoptionsOf.get(programId) ?? []).map((adoption) => adoptionFlow(catalog, programId, adoption));
}

const arcWeight = (programs: number) => Math.min(1.5 + programs * 0.5, 6);

/** Short enough to read aloud: a sentence per arc when there are few, otherwise totals. */
function describeArcs(arcs: MapArcView[], regionsShown: number): string {
  if (arcs.length === 0) return 'Belum ada adopsi yang tercatat untuk digambar. ';
  if (arcs.length <= 5) return arcs.map((arc) => `${arc.label}.`).join(' ') + ' ';
  return `${formatAngka(arcs.length)} garis adopsi antara ${formatAngka(regionsShown)} wilayah. `;
}

/** Where a reader finds every record behind a map, for its description. */
const DETAILS_IN_TABLE = 'Tabel adopsi di halaman ini memuat semua catatan.';
const DETAILS_ELSEWHERE = 'Rincian setiap adopsi ada di halaman program dan di data terbuka.';
const DETAILS_IN_TABLE_AND_PROGRAMS = 'Rincian ada di tabel adopsi di halaman ini dan di halaman tiap program.';

const round = (value: number) => Math.round(value * 10) / 10;

interface MapRequest {
  title: string;
  flows: AdoptionFlow[];
  focus?: string[];
  details: string;
}

function layOutMap(catalog: Catalog, basemap: Basemap, { title, flows, focus = [], details }: MapRequest): AdoptionMapView {
  const model = buildAdoptionMap({ flows, focus, locate: (id) => placeRegion(must(catalog.regions, id).data, basemap) });
  const arcs: MapArcView[] = [];
  let hiddenArcs = 0;
  for (const arc of model.arcs) {
    if (!arc.d) {
      hiddenArcs += arc.programIds.length;
      continue;
    }
    const programs = arc.programIds.length;
    arcs.push({
      d: arc.d,
      status: arc.status,
      weight: arcWeight(programs),
      label: `${regionName(catalog, arc.origin)} ke ${regionName(catalog, arc.adopter)}: ${formatAngka(programs)} program, ${ADOPTION_STATUSES[arc.status].toLowerCase()}`,
    });
  }
  const statusesShown = new Set(arcs.map((arc) => arc.status));
  const rolesShown = new Set(model.markers.map((marker) => marker.role));
  return {
    width: basemap.width,
    height: basemap.height,
    basemapHref: '/peta/indonesia.svg',
    title,
    description:
      describeArcs(arcs, model.markers.length) +
      (model.approximate.length > 0 ? 'Wilayah tanpa koordinat ditandai di tengah provinsinya. ' : '') +
      details,
    markers: model.markers.map(({ regionId, role, exact, point: [x, y] }) => ({
      x: round(x),
      y: round(y),
      role,
      exact,
      label: `${regionName(catalog, regionId)} (${MARKER_ROLES[role].toLowerCase()}${exact ? '' : ', posisi perkiraan'})`,
    })),
    arcs,
    legend: {
      statuses: (Object.keys(ADOPTION_STATUSES) as AdoptionStatus[]).filter((status) => statusesShown.has(status)).map((status) => ({ status, label: ADOPTION_STATUSES[status] })),
      roles: (Object.keys(MARKER_ROLES) as MarkerRole[]).filter((role) => rolesShown.has(role)).map((role) => ({ role, label: MARKER_ROLES[role] })),
      approximate: model.approximate.length > 0,
    },
    approximate: model.approximate.map((id) => regionLink(catalog, id)),
    unplaced: model.unplaced.map((id) => regionLink(catalog, id)),
    hiddenArcs,
    truncated: model.shownFlows < model.totalFlows ? { shown: model.shownFlows, total: model.totalFlows } : undefined,
    credit: BASEMAP_CREDIT,
  };
}

/** Every program's adoptions, for the front page. */
export async function siteAdoptionMap(catalog: Catalog): Promise<AdoptionMapView> {
  const flows = [...catalog.programs.keys()].flatMap((id) => programFlows(catalog, id));
  return layOutMap(catalog, await getBasemap(), { title: 'Peta adopsi program antarwilayah', flows, details: DETAILS_ELSEWHERE });
}

/** One program's origin and the regions that adopted it. */
export async function programAdoptionMap(catalog: Catalog, programId: string): Promise<AdoptionMapView> {
  const { data } = must(catalog.programs, programId);
  return layOutMap(catalog, await getBasemap(), {
    title: `Peta adopsi ${data.title}`,
    flows: programFlows(catalog, programId),
    focus: [data.origin.id],
    details: DETAILS_IN_TABLE,
  });
}

/** Programs going out of a region and coming in to it. */
export async function regionAdoptionMap(catalog: Catalog, regionId: string): Promise<AdoptionMapView> {
  const { links } = catalog;
  const outgoing = (links.programsFrom.get(regionId) ?? []).flatMap((programId) => programFlows(catalog, programId));
  const incoming = (links.adoptionsBy.get(regionId) ?? []).map(({ programId, adoption }) => adoptionFlow(catalog, programId, adoption));
  return layOutMap(catalog, await getBasemap(), {
    title: `Peta adopsi dari dan ke ${regionName(catalog, regionId)}`,
    flows: [...outgoing, ...incoming],
    focus: [regionId],
    details: DETAILS_IN_TABLE_AND_PROGRAMS,
  });
}
