import { URUSAN } from '../../schemas/urusan';
import { ADOPTION_STATUSES, INITIATORS, PROGRAM_STAGES, type AdoptionStatus } from '../../schemas/program';
import { layOutAdoptionTimeline, type TimelineLayout } from '../adoption/timeline';
import type { Catalog } from '../content/catalog';
import { formatTanggalPendek } from '../format/dates';
import {
  entryFooter,
  eventLink,
  numberSources,
  programLink,
  regionLink,
  sourceNumbers,
  summariseEvent,
  type EntryFooterData,
  type EventSummary,
  type Link,
  type NumberedSource,
} from './common';
import { contentDate } from './adoption-view';

/** One row of the fact box; `value` is absent when no source states it. */
export interface Fact {
  label: string;
  value?: string | undefined;
  link?: Link | undefined;
}

/** One status in a region's adoption history. */
export interface AdoptionStep {
  status: AdoptionStatus;
  statusLabel: string;
  date: string;
  dateLabel: string;
  via?: Link | undefined;
  evidence?: string | undefined;
  note?: string | undefined;
  sourceNumbers: number[];
}

/** A region that studied or adopted the program, with its current status and history. */
export interface AdoptionRow {
  region: Link;
  current: AdoptionStep;
  earlier: AdoptionStep[];
}

export interface ProgramView {
  title: string;
  summary: string;
  aliases: string[];
  facts: Fact[];
  adoptions: AdoptionRow[];
  events: EventSummary[];
  related: Link[];
  parts: Link[];
  /** Each adopting region's history over time; absent when no region has adopted the program. */
  timeline?: AdoptionTimelineView | undefined;
  sources: NumberedSource[];
  footer: EntryFooterData;
}

/** The adoption histories as a chart, with what a screen reader says instead. */
export interface AdoptionTimelineView {
  layout: TimelineLayout;
  title: string;
  description: string;
  legend: { status: AdoptionStatus; label: string }[];
}

/** Lays out a program's adoption histories up to the content's date. */
function adoptionTimeline(title: string, rows: readonly AdoptionRow[], asOf: string): AdoptionTimelineView | undefined {
  if (rows.length === 0) return undefined;
  const histories = rows.map((row) => ({ label: row.region.label, history: [...row.earlier].reverse().concat(row.current) }));
  const layout = layOutAdoptionTimeline(histories, asOf);
  const described = histories.map(({ label, history }) => `${label}: ${history.map((step) => `${step.statusLabel.toLowerCase()} sejak ${step.dateLabel}`).join(', lalu ')}`);
  return {
    layout,
    title: `Riwayat adopsi ${title}`,
    description: `${described.join('. ')}. Garis waktu sampai ${formatTanggalPendek(layout.to)}.`,
    legend: layout.statuses.map((status) => ({ status, label: ADOPTION_STATUSES[status] })),
  };
}

/** Everything a program page shows besides its MDX guide. */
export function buildProgramView(catalog: Catalog, id: string): ProgramView {
  const entry = catalog.programs.get(id)!;
  const { data } = entry;
  const sources = numberSources(catalog, [
    ...data.sources.map((s) => s.id),
    ...data.adoptions.flatMap((a) => a.sources.map((s) => s.id)),
  ]);
  const step = (record: (typeof data.adoptions)[number]): AdoptionStep => ({
    status: record.status,
    statusLabel: ADOPTION_STATUSES[record.status],
    date: record.date,
    dateLabel: formatTanggalPendek(record.date),
    via: record.via && eventLink(catalog, record.via.id),
    evidence: record.evidence,
    note: record.note,
    sourceNumbers: sourceNumbers(sources, record.sources.map((s) => s.id)),
  });
  const started = data.launchDate ?? data.trialDate;
  const adoptions = (catalog.links.adoptionsOf.get(id) ?? []).map(({ regionId, history }) => {
    const steps = history.map(step);
    return { region: regionLink(catalog, regionId), current: steps.at(-1)!, earlier: steps.slice(0, -1).reverse() };
  });
  return {
    title: data.title,
    summary: data.summary,
    aliases: data.aliases,
    facts: [
      { label: 'Wilayah asal', link: regionLink(catalog, data.origin.id) },
      { label: 'Urusan', value: data.urusan.map((u) => URUSAN[u].label).join('; ') || undefined },
      { label: 'Tahapan', value: data.stage && PROGRAM_STAGES[data.stage] },
      { label: data.launchDate ? 'Diluncurkan' : data.trialDate ? 'Mulai uji coba' : 'Dimulai', value: started && formatTanggalPendek(started) },
      { label: 'Inisiator', value: data.initiator && INITIATORS[data.initiator] },
      { label: 'Perangkat daerah pengampu', value: data.ownerAgency },
      { label: 'Inovasi digital', value: data.digital === undefined ? undefined : data.digital ? 'Ya' : 'Tidak' },
      { label: 'Bagian dari', link: data.partOf && programLink(catalog, data.partOf.id) },
    ],
    adoptions,
    timeline: adoptionTimeline(data.title, adoptions, contentDate(catalog)),
    events: (catalog.links.eventsAbout.get(id) ?? []).map((eventId) => summariseEvent(catalog, eventId)),
    related: (catalog.links.relatedTo.get(id) ?? []).map((other) => programLink(catalog, other)),
    parts: (catalog.links.partsOf.get(id) ?? []).map((part) => programLink(catalog, part)),
    sources,
    footer: entryFooter(catalog, entry),
  };
}
