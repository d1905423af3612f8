import { ADOPTION_STATUSES, type AdoptionStatus } from '../../schemas/program';
import { adoptionFunnel, adoptionPairs, awaitingFollowUp, medianDaysToApplied, stagesReached, type AdoptionPair } from '../adoption/follow-through';
import type { Catalog } from '../catalog/catalog';
import { formatTanggalPendek } from '../format/dates';
import { formatAngka } from '../format/numbers';
import { eventLink, programLink, regionLink, type Link } from './common';
import { must } from '../read/entries';

/** One region–program pair as the follow-through table shows it. */
export interface PairRow {
  program: Link;
  origin: Link;
  region: Link;
  status: AdoptionStatus;
  statusLabel: string;
  first: string;
  firstLabel: string;
  latest: string;
  latestLabel: string;
  via?: Link | undefined;
  evidence?: string | undefined;
}

/** One bar of the funnel chart, laid out. */
export interface FunnelBar {
  status: AdoptionStatus;
  label: string;
  count: number;
  y: number;
  width: number;
}

/** Everything /adopsi/ shows, computed once per build. */
export interface AdoptionOverview {
  /** Every pair, newest news first. */
  pairs: PairRow[];
  total: number;
  funnel: { bars: FunnelBar[]; width: number; height: number; labelWidth: number; barHeight: number };
  /** Median time from first record to `diterapkan`, where any pair got there. */
  median?: { days: number; label: string; pairs: number } | undefined;
  followUp: PairRow[];
  /** The date follow-up is measured from: the last content commit. */
  asOf: string;
  asOfLabel: string;
}

/** Every region–program pair of the catalog. */
export const catalogPairs = (catalog: Catalog): AdoptionPair[] => adoptionPairs(catalog.links.adoptionsOf);

/** One pair as a table row. */
export function pairRow(catalog: Catalog, pair: AdoptionPair): PairRow {
  return {
    program: programLink(catalog, pair.programId),
    origin: regionLink(catalog, must(catalog.programs, pair.programId).data.origin.id),
    region: regionLink(catalog, pair.regionId),
    status: pair.current.status,
    statusLabel: ADOPTION_STATUSES[pair.current.status],
    first: pair.first.date,
    firstLabel: formatTanggalPendek(pair.first.date),
    latest: pair.current.date,
    latestLabel: formatTanggalPendek(pair.current.date),
    via: pair.via ? eventLink(catalog, pair.via) : undefined,
    evidence: pair.evidence,
  };
}

/** Months as people say them: "sekitar 6 bulan", or days under a month. */
export const durationLabel = (days: number) => (days < 30 ? `${formatAngka(days)} hari` : `sekitar ${formatAngka(Math.round(days / 30.44))} bulan`);

/** The follow-through of every pair: table, funnel, median time to adoption and the pairs awaiting news. */
export function buildAdoptionOverview(catalog: Catalog): AdoptionOverview {
  const pairs = catalogPairs(catalog);
  const asOf = catalog.contentDate;
  const counts = adoptionFunnel(pairs);
  const most = Math.max(1, ...counts.map((c) => c.count));
  const [labelWidth, plot, barHeight] = [120, 360, 22];
  const median = medianDaysToApplied(pairs);
  const overview: AdoptionOverview = {
    pairs: pairs
      .map((pair) => pairRow(catalog, pair))
      .sort((a, b) => b.latest.localeCompare(a.latest) || a.program.label.localeCompare(b.program.label) || a.region.label.localeCompare(b.region.label)),
    total: pairs.length,
    funnel: {
      bars: counts.map(({ status, count }, index) => ({ status, label: ADOPTION_STATUSES[status], count, y: index * (barHeight + 6), width: (count / most) * plot })),
      width: labelWidth + plot + 48,
      height: counts.length * (barHeight + 6),
      labelWidth,
      barHeight,
    },
    median: median && { ...median, label: durationLabel(median.days) },
    followUp: awaitingFollowUp(pairs, asOf).map((pair) => pairRow(catalog, pair)),
    asOf,
    asOfLabel: formatTanggalPendek(asOf),
  };
  return overview;
}

/** A region's study-visit report: visits made and received, how far it took what it studied, and who took its programs. */
export interface StudyReport {
  visitsMade: Link[];
  visitsReceived: Link[];
  studied: Link[];
  planned: Link[];
  applied: Link[];
  adoptedElsewhere: { program: Link; region: Link; statusLabel: string }[];
}

/** The pairs of one region: every program from elsewhere it studied or adopted. */
export function regionPairs(catalog: Catalog, regionId: string): AdoptionPair[] {
  return adoptionPairs((catalog.links.adoptionsBy.get(regionId) ?? []).map(({ programId, adoption }) => [programId, [adoption]] as const));
}

/** The "Rapor studi tiru" of one region, from its pairs (`regionPairs`). */
export function buildStudyReport(catalog: Catalog, regionId: string, taken: readonly AdoptionPair[]): StudyReport {
  const { links } = catalog;
  const studyVisits = (ids: string[] | undefined) => (ids ?? []).filter((id) => must(catalog.events, id).data.kind.includes('studi-tiru')).map((id) => eventLink(catalog, id));
  const reached = (stage: 'studied' | 'planned' | 'applied') => taken.filter((pair) => stagesReached(pair)[stage]).map((pair) => programLink(catalog, pair.programId));
  const own = (links.programsFrom.get(regionId) ?? []).flatMap((programId) =>
    (links.adoptionsOf.get(programId) ?? []).map((history) => ({
      program: programLink(catalog, programId),
      region: regionLink(catalog, history.regionId),
      statusLabel: ADOPTION_STATUSES[history.current.status],
    })),
  );
  return {
    visitsMade: studyVisits(links.eventsAttendedBy.get(regionId)),
    visitsReceived: studyVisits(links.eventsHostedBy.get(regionId)),
    studied: reached('studied'),
    planned: reached('planned'),
    applied: reached('applied'),
    adoptedElsewhere: own,
  };
}
