import type { Catalog } from '../catalog';
import { formatTanggal } from '../dates';
import { entryUrl } from '../urls';
import { byLabel, entryFooter, eventLink, programLink, regionLink, type EntryFooterData, type Link } from './common';

export interface SourceView {
  id: string;
  href: string;
  title: string;
  publisher: string;
  dateLabel: string;
  url?: string | undefined;
  file: string;
  citedBy: { programs: Link[]; regions: Link[]; events: Link[] };
  footer: EntryFooterData;
}

/** A source with every entry that cites it, grouped by kind. */
export function buildSourceView(catalog: Catalog, id: string): SourceView {
  const entry = catalog.sources.get(id)!;
  const { data } = entry;
  const citing = catalog.links.citedBy.get(id) ?? [];
  const idsIn = (collection: string) => citing.filter((ref) => ref.collection === collection).map((ref) => ref.id);
  return {
    id,
    href: entryUrl('sources', id),
    title: data.title,
    publisher: data.publisher,
    dateLabel: formatTanggal(data.date),
    url: data.url,
    file: data.file,
    citedBy: {
      programs: idsIn('programs').map((p) => programLink(catalog, p)).sort(byLabel),
      regions: idsIn('regions').map((r) => regionLink(catalog, r)).sort(byLabel),
      events: idsIn('events').map((e) => eventLink(catalog, e)).sort(byLabel),
    },
    footer: entryFooter(catalog, entry),
  };
}

/** All sources, newest event date first. */
export function listSources(catalog: Catalog): SourceView[] {
  return [...catalog.sources.values()]
    .toSorted((a, b) => b.data.date.localeCompare(a.data.date))
    .map((source) => buildSourceView(catalog, source.id));
}
