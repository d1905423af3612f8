import type { AdoptionStatus } from '../../schemas/program';
import { arcPath } from './arc';
import type { MapPoint } from './basemap';

/** One region's current adoption of a program from its origin region. */
export interface AdoptionFlow {
  programId: string;
  origin: string;
  adopter: string;
  status: AdoptionStatus;
  date: string;
}

/** Where a region is drawn: at its own coordinates (`exact`), or at its province's anchor. */
export interface RegionPlacement {
  point: MapPoint;
  exact: boolean;
}

/** Where a region goes on the map, or undefined when it cannot be placed. */
export type LocateRegion = (regionId: string) => RegionPlacement | undefined;

/** `place` marks a region shown for itself, with no flow on this map. */
export type MarkerRole = 'origin' | 'adopter' | 'both' | 'place';

/** A region placed on the map, with its role. */
export interface MapMarker extends RegionPlacement {
  regionId: string;
  role: MarkerRole;
}

/** All flows with the same origin, adopter and status, drawn as one arc. */
export interface MapArc {
  origin: string;
  adopter: string;
  status: AdoptionStatus;
  programIds: string[];
  /** Undefined when both regions share one point (e.g. two regions without coordinates in one province). */
  d: string | undefined;
}

/** The adoption map laid out: markers, arcs and what could not be placed. */
export interface AdoptionMapModel {
  markers: MapMarker[];
  arcs: MapArc[];
  /** Regions drawn at their province's anchor because they have no coordinates of their own. */
  approximate: string[];
  /** Regions that could not be placed at all. */
  unplaced: string[];
  /** Flows drawn, and flows given; the map keeps only the newest when there are more than it can show legibly. */
  shownFlows: number;
  totalFlows: number;
}

/** What the adoption map draws: flows from origins to regions. */
export interface AdoptionMapInput {
  flows: readonly AdoptionFlow[];
  /** Regions to mark even without any flow, e.g. the region whose page this is. */
  focus?: readonly string[];
  locate: LocateRegion;
  /** Most flows to draw; the newest are kept. */
  maxFlows?: number;
}

/** More arcs than this turn a map into a blur; the tables and `/data/` hold every record. */
export const DEFAULT_MAX_FLOWS = 100;

/** How far, in map units, regions approximated at one province anchor are spread around it. */
const SPREAD_RADIUS = 7;

/**
 * Regions drawn at the same approximate point (their province's anchor) are spread on a small circle
 * around it, in the order given, so each keeps a marker of its own and an arc between two of them shows.
 */
function spreadShared(placements: Map<string, RegionPlacement>): Map<string, RegionPlacement> {
  const byPoint = new Map<string, string[]>();
  for (const [regionId, placement] of placements) {
    if (placement.exact) continue;
    const key = placement.point.join(',');
    byPoint.set(key, [...(byPoint.get(key) ?? []), regionId]);
  }
  const spread = new Map(placements);
  for (const regionIds of byPoint.values()) {
    if (regionIds.length < 2) continue;
    regionIds.forEach((regionId, index) => {
      const [x, y] = placements.get(regionId)!.point;
      const angle = (2 * Math.PI * index) / regionIds.length - Math.PI / 2;
      const round = (value: number) => Math.round(value * 10) / 10;
      spread.set(regionId, { point: [round(x + SPREAD_RADIUS * Math.cos(angle)), round(y + SPREAD_RADIUS * Math.sin(angle))], exact: false });
    });
  }
  return spread;
}

function roleOf(current: MarkerRole, role: 'origin' | 'adopter'): MarkerRole {
  return current === 'place' || current === role ? role : 'both';
}

/** Lays out markers and arcs for a set of adoption flows; pure, so each page can build its own map cheaply. */
export function buildAdoptionMap({ flows, focus = [], locate, maxFlows = DEFAULT_MAX_FLOWS }: AdoptionMapInput): AdoptionMapModel {
  const shown = flows.length > maxFlows ? flows.toSorted((a, b) => b.date.localeCompare(a.date)).slice(0, maxFlows) : flows;

  const roles = new Map<string, MarkerRole>(focus.map((id) => [id, 'place']));
  for (const flow of shown) {
    roles.set(flow.origin, roleOf(roles.get(flow.origin) ?? 'place', 'origin'));
    roles.set(flow.adopter, roleOf(roles.get(flow.adopter) ?? 'place', 'adopter'));
  }

  const markers: MapMarker[] = [];
  const approximate: string[] = [];
  const unplaced: string[] = [];
  const located = new Map<string, RegionPlacement>();
  for (const regionId of roles.keys()) {
    const placement = locate(regionId);
    if (placement) located.set(regionId, placement);
    else unplaced.push(regionId);
  }
  const placed = spreadShared(located);
  for (const [regionId, role] of roles) {
    const placement = placed.get(regionId);
    if (!placement) continue;
    if (!placement.exact) approximate.push(regionId);
    markers.push({ regionId, role, ...placement });
  }

  const arcs = new Map<string, MapArc>();
  // Arcs between the same two regions (one per status) bend progressively further, so none hides another.
  const arcsPerPair = new Map<string, number>();
  for (const flow of shown) {
    const pair = `${flow.origin}\u0000${flow.adopter}`;
    const key = `${pair}\u0000${flow.status}`;
    const existing = arcs.get(key);
    if (existing) {
      existing.programIds.push(flow.programId);
      continue;
    }
    const siblings = arcsPerPair.get(pair) ?? 0;
    arcsPerPair.set(pair, siblings + 1);
    const from = placed.get(flow.origin);
    const to = placed.get(flow.adopter);
    arcs.set(key, {
      origin: flow.origin,
      adopter: flow.adopter,
      status: flow.status,
      programIds: [flow.programId],
      d: from && to ? arcPath(from.point, to.point, 0.18 + 0.14 * siblings) : undefined,
    });
  }

  return { markers, arcs: [...arcs.values()], approximate, unplaced, shownFlows: shown.length, totalFlows: flows.length };
}
