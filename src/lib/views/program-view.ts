import { ADOPTION_STATUSES, type AdoptionStatus } from '../../schemas/program';
import { layOutAdoptionTimeline, type TimelineLayout } from '../adoption/timeline';
import type { Catalog } from '../catalog/catalog';
import { must } from '../read/entries';
import { formatPeriod, formatTanggalPendek } from '../format/dates';
import { formatRupiah } from '../format/numbers';
import { formatAmount, startDate } from '../profile/profile-facts';
import { START_KINDS } from '../../schemas/profile';
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
  type Fact,
  type Link,
  type NumberedSource,
} from './common';
import { programFacts } from './program-facts';
import { buildProfileView, profileSourceIds, type ProfileView } from './profile-view';


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

/** Everything a program page shows besides its body. */
export interface ProgramView {
  title: string;
  summary: string;
  aliases: string[];
  facts: Fact[];
  /** The cited profile: legal basis, budget, target, agency, start, scale, results, contact, documents. */
  profile: ProfileView;
  adoptions: AdoptionRow[];
  events: EventSummary[];
  related: Link[];
  parts: Link[];
  /** Each adopting region's history over time; absent when no region has adopted the program. */
  timeline?: AdoptionTimelineView | undefined;
  /** Programs of the same urusan elsewhere, with the facts a delegation compares when choosing where to go. */
  similar: SimilarProgramRow[];
  /** The page's own sections after the guide's headings, for its table of contents. */
  sections: { slug: string; text: string }[];
  sources: NumberedSource[];
  footer: EntryFooterData;
}

/** One program in "Program serupa di daerah lain"; a fact is absent when no report gives it. */
export interface SimilarProgramRow {
  program: Link;
  region: Link;
  started?: string | undefined;
  budget?: string | undefined;
  /** The latest value of the program's first scale series. */
  scale?: string | undefined;
  /** How many regions studied or adopted it. */
  adoptedBy: number;
}

/** The facts of a program that a delegation compares across regions. */
function similarRow(catalog: Catalog, id: string): SimilarProgramRow {
  const { data } = must(catalog.programs, id);
  const started = startDate(data.profile);
  const budget = data.profile.budget[0];
  const series = data.profile.scale[0];
  const latest = series?.points.at(-1);
  return {
    program: programLink(catalog, id),
    region: regionLink(catalog, data.origin.id),
    started: started && `${START_KINDS[started.kind]} ${formatPeriod(started.date)}`,
    budget: budget && `${formatRupiah(budget.amount)} ${budget.unit}`,
    scale: series && latest && `${series.indicator}: ${formatAmount(latest.value, series.unit)} (${formatPeriod(latest.date)})`,
    adoptedBy: catalog.links.adoptionsOf.get(id)?.length ?? 0,
  };
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
  const entry = must(catalog.programs, id);
  const { data } = entry;
  const sources = numberSources(catalog, [
    ...data.sources.map((s) => s.id),
    ...profileSourceIds(data.profile),
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
  const adoptions = (catalog.links.adoptionsOf.get(id) ?? []).map(({ regionId, history }) => {
    const steps = history.map(step);
    return { region: regionLink(catalog, regionId), current: steps.at(-1)!, earlier: steps.slice(0, -1).reverse() };
  });
  const similar = (catalog.links.similarTo.get(id) ?? []).map((other) => similarRow(catalog, other));
  return {
    title: data.title,
    summary: data.summary,
    aliases: data.aliases,
    facts: programFacts(catalog, data),
    profile: buildProfileView(data.profile, sources),
    adoptions,
    timeline: adoptionTimeline(data.title, adoptions, catalog.contentDate),
    events: (catalog.links.eventsAbout.get(id) ?? []).map((eventId) => summariseEvent(catalog, eventId)),
    related: (catalog.links.relatedTo.get(id) ?? []).map((other) => programLink(catalog, other)),
    similar,
    sections: [
      { slug: 'wilayah-yang-meniru', text: 'Wilayah yang meniru' },
      { slug: 'kegiatan', text: 'Kegiatan terkait' },
      ...(similar.length > 0 ? [{ slug: 'program-serupa', text: 'Program serupa di daerah lain' }] : []),
      { slug: 'sumber', text: 'Sumber' },
    ],
    parts: (catalog.links.partsOf.get(id) ?? []).map((part) => programLink(catalog, part)),
    sources,
    footer: entryFooter(catalog, entry),
  };
}
