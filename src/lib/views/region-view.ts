import { buildStudyReport, pairRow, regionPairs, type PairRow, type StudyReport } from './adoption-view';
import { REGION_LEVELS, type RegionData } from '../../schemas/region';
import type { Catalog } from '../catalog/catalog';
import { formatTanggalPendek } from '../format/dates';
import { formatAngka } from '../format/numbers';
import { regionLineage } from '../catalog/region-names';
import { formatRegionName } from '../format/region-name';
import { must } from '../read/entries';
import {
  entryFooter,
  isYearInferred,
  numberSources,
  regionLink,
  sourceNumbers,
  summariseEvent,
  summariseProgram,
  type EntryFooterData,
  type EventSummary,
  type Link,
  type NumberedSource,
  type ProgramSummary,
} from './common';

/** A cited figure about a region, formatted. */
export interface RegionFactRow {
  label: string;
  value: string;
  /** Machine-readable value for `<data value>`, when the fact is a number. */
  rawValue?: number | undefined;
  unit?: string | undefined;
  year?: number | undefined;
  sourceNumber: number;
}

/** An office holder with every date a source names them in office, newest first. */
export interface LeaderRow {
  role: string;
  name: string;
  mentions: { date: string; dateLabel: string; sourceNumber: number }[];
}

/** Everything a region page shows. */
export interface RegionView {
  title: string;
  level: string;
  code: string;
  aliases: string[];
  breadcrumb: Link[];
  facts: RegionFactRow[];
  leaders: LeaderRow[];
  children: Link[];
  programs: ProgramSummary[];
  /** Programs from elsewhere that this region studied or adopted, one row per program. */
  adoptions: PairRow[];
  eventsHosted: EventSummary[];
  eventsAttended: EventSummary[];
  eventsHeld: EventSummary[];
  /** "Rapor studi tiru": visits made and received, how far it took what it studied, who took its programs. */
  report: StudyReport;
  sources: NumberedSource[];
  footer: EntryFooterData;
}

/** Merges repeated mentions of the same person in the same office into one row. */
function groupLeaders(catalog: Catalog, leaders: RegionData['leaders'], sources: NumberedSource[]): LeaderRow[] {
  const rows = new Map<string, LeaderRow>();
  for (const leader of leaders.toSorted((a, b) => b.asOf.localeCompare(a.asOf))) {
    const key = `${leader.role}\u0000${leader.name}`;
    const row = rows.get(key) ?? { role: leader.role, name: leader.name, mentions: [] };
    row.mentions.push({ date: leader.asOf, dateLabel: formatTanggalPendek(leader.asOf, { yearInferred: isYearInferred(catalog, leader.source.id, leader.asOf) }), sourceNumber: sourceNumbers(sources, [leader.source.id])[0]! });
    rows.set(key, row);
  }
  return [...rows.values()];
}

/** Everything a region page shows. */
export function buildRegionView(catalog: Catalog, id: string): RegionView {
  const entry = must(catalog.regions, id);
  const { data } = entry;
  const { links } = catalog;
  const sources = numberSources(catalog, [...data.facts.map((f) => f.source.id), ...data.leaders.map((l) => l.source.id)]);
  const pairs = regionPairs(catalog, id);
  const events = (ids: string[] | undefined) => (ids ?? []).map((eventId) => summariseEvent(catalog, eventId));
  return {
    title: formatRegionName(data),
    level: REGION_LEVELS[data.level],
    code: data.code,
    aliases: data.aliases,
    breadcrumb: regionLineage(id, catalog.regions).map((ancestor) => regionLink(catalog, ancestor)),
    facts: data.facts.map((fact) => ({
      label: fact.label,
      value: formatAngka(fact.value),
      rawValue: typeof fact.value === 'number' ? fact.value : undefined,
      unit: fact.unit,
      year: fact.year,
      sourceNumber: sourceNumbers(sources, [fact.source.id])[0]!,
    })),
    leaders: groupLeaders(catalog, data.leaders, sources),
    children: (links.childrenOf.get(id) ?? []).map((child) => regionLink(catalog, child)),
    programs: (links.programsFrom.get(id) ?? []).map((programId) => summariseProgram(catalog, programId)),
    adoptions: pairs.map((pair) => pairRow(catalog, pair)),
    eventsHosted: events(links.eventsHostedBy.get(id)),
    eventsAttended: events(links.eventsAttendedBy.get(id)),
    eventsHeld: events(links.eventsHeldIn.get(id)),
    report: buildStudyReport(catalog, id, pairs),
    sources,
    footer: entryFooter(catalog, entry),
  };
}
