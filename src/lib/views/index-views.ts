import type { Catalog } from '../catalog/catalog';
import { truncateList } from '../format/lists';
import { regionLineage } from '../catalog/region-names';
import { compareText } from '../format/text';
import { byLabel, regionLink, summariseEvent, summariseProgram, type EventSummary, type Link, type ProgramSummary } from './common';
import { must } from '../read/entries';

/** Programs grouped under the region they come from; `more` counts those left for the region's page. */
export interface ProgramsByOrigin {
  origin: Link;
  programs: ProgramSummary[];
  more: number;
}

/** A region with its sub-regions, for the nested region index. */
export interface RegionTree extends Link {
  children: RegionTree[];
}

/** Every program, by title. */
export function listPrograms(catalog: Catalog): ProgramSummary[] {
  return [...catalog.programs.keys()].map((id) => summariseProgram(catalog, id)).sort(byLabel);
}

/**
 * Programs grouped by origin region, regions by name. Only the regions with the most programs are kept,
 * each with its first programs, so a national catalog's front page stays short.
 */
export function listProgramsByOrigin(
  catalog: Catalog,
  limits: { regions: number; programsPerRegion: number },
): { groups: ProgramsByOrigin[]; moreRegions: number } {
  const regionName = (id: string) => must(catalog.regions, id).data.name;
  const origins = truncateList(
    [...catalog.links.programsFrom].sort(([a, programsA], [b, programsB]) => programsB.length - programsA.length || compareText(regionName(a), regionName(b))),
    limits.regions,
  );
  const groups = origins.shown.map(([regionId, programIds]) => {
    const { shown, more } = truncateList(programIds, limits.programsPerRegion);
    return { origin: regionLink(catalog, regionId), programs: shown.map((id) => summariseProgram(catalog, id)), more };
  });
  return { groups: groups.sort((a, b) => byLabel(a.origin, b.origin)), moreRegions: origins.more };
}

/** Every event, newest first. */
export function listEvents(catalog: Catalog): EventSummary[] {
  return [...catalog.events.keys()]
    .map((id) => summariseEvent(catalog, id))
    .sort((a, b) => b.date.localeCompare(a.date) || a.href.localeCompare(b.href));
}

/** Provinces with their nested sub-regions, all by name. */
export function buildRegionTree(catalog: Catalog): RegionTree[] {
  const tree = (id: string): RegionTree => ({
    ...regionLink(catalog, id),
    children: (catalog.links.childrenOf.get(id) ?? []).map(tree),
  });
  return [...catalog.regions.values()]
    .filter((region) => regionLineage(region.id, catalog.regions).length === 1)
    .map((region) => tree(region.id))
    .sort(byLabel);
}

/** Counts shown on the home page. */
export function countEntries(catalog: Catalog) {
  const adoptionRecords = [...catalog.programs.values()].reduce((sum, p) => sum + p.data.adoptions.length, 0);
  return {
    programs: catalog.programs.size,
    regions: catalog.regions.size,
    events: catalog.events.size,
    sources: catalog.sources.size,
    adoptionRecords,
  };
}

const MONTH = new Intl.DateTimeFormat('id-ID', { month: 'long', timeZone: 'UTC' });

/** Events of one month in the timeline. */
export interface TimelineMonth {
  key: string;
  label: string;
  events: EventSummary[];
}

/** The timeline of events by year and month, newest first. */
export function buildTimeline(events: readonly EventSummary[]): { year: string; months: TimelineMonth[] }[] {
  const years = new Map<string, Map<string, TimelineMonth>>();
  for (const event of [...events].sort((a, b) => b.date.localeCompare(a.date))) {
    const year = event.date.slice(0, 4);
    const key = event.date.slice(0, 7);
    const months = years.get(year) ?? new Map<string, TimelineMonth>();
    const month = months.get(key) ?? { key, label: MONTH.format(new Date(`${key}-01T00:00:00Z`)), events: [] };
    month.events.push(event);
    months.set(key, month);
    years.set(year, months);
  }
  return [...years].map(([year, months]) => ({ year, months: [...months.values()] }));
}
