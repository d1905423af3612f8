import { regionName } from '../catalog/region-names';
import { REPOSITORY_BRANCH, REPOSITORY_URL } from '../../consts';
import { EVENT_KINDS } from '../../schemas/event';
import { PROGRAM_STAGES } from '../../schemas/program';
import type { Catalog } from '../catalog/catalog';
import { formatTanggal, formatTanggalPendek } from '../format/dates';
import { formatRegionName } from '../format/region-name';
import { compareText } from '../format/text';
import { entryUrl } from '../urls';
import { must } from '../read/entries';

/** A link to another page. */
export interface Link {
  href: string;
  label: string;
}

/** One row of an entry's fact box: text, links or both absent when no source states it. */
export interface Fact {
  label: string;
  value?: string | undefined;
  links?: Link[] | undefined;
  /** Machine-readable date of `value`, for `<time datetime>`. */
  datetime?: string | undefined;
  /** Shown even when empty, saying plainly that sources leave it open. */
  required?: boolean;
}

/** A fact as plain text, for print: its value or its links' labels. */
export const factText = (fact: Fact): string | undefined => fact.value ?? (fact.links?.length ? fact.links.map((link) => link.label).join(', ') : undefined);

/** Orders links by their visible text. */
export const byLabel = (a: Link, b: Link): number => compareText(a.label, b.label);

/** An event as it appears in lists. */
export interface EventSummary extends Link {
  date: string;
  dateLabel: string;
  kinds: string[];
  place: string;
}

/** A program as it appears in lists. */
export interface ProgramSummary extends Link {
  summary: string;
  origin: Link;
  stage?: string | undefined;
}

/** A cited source with its number on the page. */
export interface NumberedSource extends Link {
  number: number;
  id: string;
  publisher: string;
  dateLabel: string;
}

/** A link to a region page, named with its level ("Kota Banjarbaru"). */
export function regionLink(catalog: Catalog, id: string): Link {
  return { href: entryUrl('regions', id), label: regionName(catalog, id) };
}

/** A link to a program page. */
export function programLink(catalog: Catalog, id: string): Link {
  return { href: entryUrl('programs', id), label: must(catalog.programs, id).data.title };
}

/** A link to an event page. */
export function eventLink(catalog: Catalog, id: string): Link {
  return { href: entryUrl('events', id), label: must(catalog.events, id).data.title };
}

/** "Aula Kelurahan Palam" stays as is; a venue that does not name its region gets the region appended. */
export function describePlace(venue: string | undefined, region: Parameters<typeof formatRegionName>[0]): string {
  const regionName = formatRegionName(region);
  if (!venue) return regionName;
  return venue.toLowerCase().includes(region.name.toLowerCase()) ? venue : `${venue}, ${regionName}`;
}

/** Whether a date taken from a source is the day the source reports with a year it left out. */
export function isYearInferred(catalog: Catalog, sourceId: string, date: string): boolean {
  const { data } = must(catalog.sources, sourceId);
  return Boolean(data.yearInferred) && data.date === date;
}

/** An event as lists show it: title, date, kinds and place. */
export function summariseEvent(catalog: Catalog, id: string): EventSummary {
  const { data } = must(catalog.events, id);
  return {
    ...eventLink(catalog, id),
    date: data.date,
    dateLabel: formatTanggal(data.date, data),
    kinds: data.kind.map((kind) => EVENT_KINDS[kind]),
    place: describePlace(data.venue, must(catalog.regions, data.location.id).data),
  };
}

/** A program as lists show it: title, origin and adoption counts. */
export function summariseProgram(catalog: Catalog, id: string): ProgramSummary {
  const { data } = must(catalog.programs, id);
  return {
    ...programLink(catalog, id),
    summary: data.summary,
    origin: regionLink(catalog, data.origin.id),
    stage: data.stage && PROGRAM_STAGES[data.stage],
  };
}

/** When an entry was last updated, and where to edit it. */
export interface EntryFooterData {
  updated?: string | undefined;
  updatedLabel?: string | undefined;
  editUrl?: string | undefined;
}

/** The `updated` field wins over the file's last commit; the edit link needs a configured repository. */
export function entryFooter(
  catalog: Catalog,
  entry: { filePath?: string | undefined; data: { updated?: string | undefined } },
  repository = { url: REPOSITORY_URL, branch: REPOSITORY_BRANCH },
): EntryFooterData {
  const updated = entry.data.updated ?? (entry.filePath ? catalog.commitDates.get(entry.filePath) : undefined);
  return {
    updated,
    updatedLabel: updated && formatTanggal(updated),
    editUrl: repository.url && entry.filePath ? `${repository.url}/edit/${repository.branch}/${entry.filePath}` : undefined,
  };
}

/** Numbers sources in first-cited order, so [1] is the first source the page relies on. */
export function numberSources(catalog: Catalog, ids: Iterable<string>): NumberedSource[] {
  return [...new Set(ids)].map((id, index) => {
    const { data } = must(catalog.sources, id);
    return {
      number: index + 1,
      id,
      href: entryUrl('sources', id),
      label: data.title,
      publisher: data.publisher,
      dateLabel: formatTanggalPendek(data.date, data),
    };
  });
}

/** Looks up the numbers of `ids` in a numbered source list. */
export function sourceNumbers(sources: readonly NumberedSource[], ids: readonly string[]): number[] {
  return ids.map((id) => sources.find((source) => source.id === id)!.number);
}
