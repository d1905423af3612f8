import { PROFILE_PARTS, type ProfileData, type ProfilePart } from '../../schemas/profile';
import { formatPeriod } from '../format/dates';
import { formatAmount, profileFacts } from '../profile/profile-facts';
import { layOutSeries, type SeriesLayout } from '../profile/series-chart';
import { sourceNumbers, type NumberedSource } from './common';

/** One cited statement, with its footnote numbers. */
export interface ProfileItemView {
  label: string;
  value: string;
  url?: string | undefined;
  note?: string | undefined;
  sourceNumbers: number[];
}

/** A series of values over time: a chart and the same numbers in a table. */
export interface SeriesView {
  title: string;
  unit: string;
  /** What a screen reader hears instead of the chart. */
  description: string;
  chart: SeriesLayout;
  rows: { dateLabel: string; valueLabel: string; sourceNumbers: number[] }[];
}

/** One part of the profile: its statements, or for the scale its series. */
export interface ProfileSectionView {
  part: ProfilePart;
  heading: string;
  items: ProfileItemView[];
  series: SeriesView[];
}

/** The profile block of a program's guide and kit. */
export interface ProfileView {
  sections: ProfileSectionView[];
  /** Headings of the parts no report fills yet, in lower case, for a sentence. */
  open: string[];
}

function seriesView(series: ProfileData['scale'][number], sources: readonly NumberedSource[]): SeriesView {
  const rows = series.points.map((point) => ({
    dateLabel: formatPeriod(point.date),
    valueLabel: formatAmount(point.value, series.unit),
    sourceNumbers: sourceNumbers(sources, point.sources.map((s) => s.id)),
  }));
  return {
    title: `${series.indicator} (${series.unit})`,
    unit: series.unit,
    description: `${series.indicator}: ${rows.map((row) => `${row.valueLabel} pada ${row.dateLabel}`).join(', ')}.`,
    chart: layOutSeries(series.points.map((point, index) => ({ label: rows[index]!.dateLabel, value: point.value }))),
    rows,
  };
}

/** The profile part by part, each statement numbered against the page's list of sources. */
export function buildProfileView(profile: ProfileData, sources: readonly NumberedSource[]): ProfileView {
  const facts = profileFacts(profile);
  const sections = (Object.keys(PROFILE_PARTS) as ProfilePart[]).map((part) => ({
    part,
    heading: PROFILE_PARTS[part],
    items:
      part === 'scale'
        ? []
        : facts
            .filter((fact) => fact.part === part)
            .map(({ label, value, url, note, sourceIds }) => ({ label, value, url, note, sourceNumbers: sourceNumbers(sources, sourceIds) })),
    series: part === 'scale' ? profile.scale.map((series) => seriesView(series, sources)) : [],
  }));
  return {
    sections: sections.filter((section) => section.items.length > 0 || section.series.length > 0),
    open: sections.filter((section) => section.items.length === 0 && section.series.length === 0).map((section) => section.heading.toLocaleLowerCase('id-ID')),
  };
}

/** The sources a profile cites, for the page's numbered list. */
export const profileSourceIds = (profile: ProfileData): string[] => profileFacts(profile).flatMap((fact) => fact.sourceIds);
