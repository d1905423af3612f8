import type { Catalog } from '../catalog/catalog';
import { formatTanggal } from '../format/dates';
import { truncateList } from '../format/lists';
import { entryUrl } from '../urls';
import { byLabel, entryFooter, eventLink, programLink, regionLink, type EntryFooterData, type Link } from './common';
import { must } from '../read/entries';

/** Everything a source page shows. */
export interface SourceView {
  id: string;
  href: string;
  title: string;
  publisher: string;
  dateLabel: string;
  url?: string | undefined;
  /** The report's own publication date, when its page gives one. */
  publishedLabel?: string | undefined;
  /** When the report was read at its address. */
  accessedLabel?: string | undefined;
  /** The stored article text, for sources without an address. */
  file?: string | undefined;
  /** Citing entries by kind, only kinds that cite it; `more` counts links left for the source's own page. */
  citedBy: CitingGroup[];
  footer: EntryFooterData;
}

/** The entries of one collection that cite a source. */
export interface CitingGroup {
  label: string;
  links: Link[];
  more: number;
}

/** A source with the entries that cite it, grouped by kind: all of them, or the first `maxPerKind`. */
export function buildSourceView(catalog: Catalog, id: string, maxPerKind = Infinity): SourceView {
  const entry = must(catalog.sources, id);
  const { data } = entry;
  const citing = catalog.links.citedBy.get(id) ?? [];
  const idsIn = (collection: string) => citing.filter((ref) => ref.collection === collection).map((ref) => ref.id);
  return {
    id,
    href: entryUrl('sources', id),
    title: data.title,
    publisher: data.publisher,
    dateLabel: formatTanggal(data.date, data),
    url: data.url,
    publishedLabel: data.published && formatTanggal(data.published),
    accessedLabel: data.accessed && formatTanggal(data.accessed),
    file: data.file,
    citedBy: [
      { label: 'Program', links: idsIn('programs').map((p) => programLink(catalog, p)) },
      { label: 'Wilayah', links: idsIn('regions').map((r) => regionLink(catalog, r)) },
      { label: 'Kegiatan', links: idsIn('events').map((e) => eventLink(catalog, e)) },
    ]
      .filter((group) => group.links.length > 0)
      .map(({ label, links }) => {
        const { shown, more } = truncateList(links.sort(byLabel), maxPerKind);
        return { label, links: shown, more };
      }),
    footer: entryFooter(catalog, entry),
  };
}

/** All sources, newest first, each with its first `maxPerKind` citing entries of each kind. */
export function listSources(catalog: Catalog, maxPerKind: number): SourceView[] {
  return [...catalog.sources.values()]
    .toSorted((a, b) => b.data.date.localeCompare(a.data.date))
    .map((source) => buildSourceView(catalog, source.id, maxPerKind));
}
