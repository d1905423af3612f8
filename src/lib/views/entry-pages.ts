import type { Catalog } from '../catalog/catalog';
import { pageKey } from '../cache/page-key';
import { programJsonLd, eventJsonLd, regionJsonLd, type JsonLd } from '../publish/structured-data';
import { eventSearchRecord, programSearchRecord, regionSearchRecord, sourceSearchRecord, type SearchRecord } from '../search/records';
import type { EntryFooterData, NumberedSource } from './common';
import { absoluteUrl, entryUrl, kitUrl } from '../urls';
import { buildEventView } from './event-view';
import { programAdoptionMap, regionAdoptionMap } from './map-view';
import { buildProgramView } from './program-view';
import { buildRegionView } from './region-view';
import { buildSourceView } from './source-view';

/**
 * Everything an entry's page shows besides its rendered body, in one place: the page renders it, and
 * its incremental-build key is a digest of it, so a page is re-rendered exactly when what it shows
 * changed, whichever entry the change came from.
 */

/** An entry with the body its page renders; Astro's entries carry the content layer's HTML for Markdown. */
interface RenderedEntry {
  id: string;
  body?: string | undefined;
  rendered?: { html: string } | undefined;
}

/** The source of the body, and for Markdown the HTML rendered from it (which also shows link targets' titles). */
const bodyOf = (entry: RenderedEntry) => [entry.body, entry.rendered?.html];

/** What the entry layout shows around every entry page's own sections: head, header, search record, sources and footer. */
export interface EntryFrame {
  /** The entry's kind, as the article's class. */
  kind: 'program' | 'event' | 'region' | 'source';
  title: string;
  description: string;
  jsonLd?: JsonLd | undefined;
  kicker: string;
  /** Whether search indexes the kicker (event kinds and region codes are worth finding; the word "Program" is not). */
  kickerIndexed: boolean;
  /** Search weight of the title, when it should count for less than an entry's (sources rank below what cites them). */
  titleWeight?: number | undefined;
  lead?: string | undefined;
  aliases: string[];
  /** The link to the entry's printable visit kit. */
  kit?: { href: string; text: string } | undefined;
  search: SearchRecord;
  sources: NumberedSource[];
  footer: EntryFooterData;
}

/** A program's page: its view, adoption map and frame. */
export async function programPage(catalog: Catalog, id: string, site: string | URL) {
  const view = buildProgramView(catalog, id);
  const frame: EntryFrame = {
    kind: 'program',
    title: view.title,
    description: view.summary,
    jsonLd: programJsonLd(catalog, id, absoluteUrl(entryUrl('programs', id), site)),
    kicker: 'Program',
    kickerIndexed: false,
    lead: view.summary,
    aliases: view.aliases,
    kit: { href: kitUrl('programs', id), text: 'ringkasan, tempat, pertanyaan dan daftar periksa untuk dicetak sebelum studi tiru.' },
    search: programSearchRecord(catalog, id),
    sources: view.sources,
    footer: view.footer,
  };
  return { frame, view, map: await programAdoptionMap(catalog, id) };
}

/** A region's page: its view, adoption map and frame. */
export async function regionPage(catalog: Catalog, id: string, site: string | URL) {
  const view = buildRegionView(catalog, id);
  const frame: EntryFrame = {
    kind: 'region',
    title: view.title,
    description: `${view.title}: program, adopsi, dan kegiatan yang tercatat di Tiru.`,
    jsonLd: regionJsonLd(catalog, id, absoluteUrl(entryUrl('regions', id), site)),
    kicker: `${view.level} · kode Kemendagri ${view.code}`,
    kickerIndexed: true,
    aliases: view.aliases,
    search: regionSearchRecord(catalog, id),
    sources: view.sources,
    footer: view.footer,
  };
  return { frame, view, map: await regionAdoptionMap(catalog, id) };
}

/** An event's page: its view and frame. */
export function eventPage(catalog: Catalog, id: string, site: string | URL) {
  const view = buildEventView(catalog, id);
  const frame: EntryFrame = {
    kind: 'event',
    title: view.label,
    description: `${view.kinds.join(', ')}, ${view.dateLabel}, ${view.place}.`,
    jsonLd: eventJsonLd(catalog, id, absoluteUrl(entryUrl('events', id), site)),
    kicker: view.kinds.join(' · '),
    kickerIndexed: true,
    aliases: [],
    kit: { href: kitUrl('events', id), text: 'semua program yang dibahas, dengan tempat, pertanyaan dan daftar periksa untuk dicetak.' },
    search: eventSearchRecord(catalog, id),
    sources: view.sources,
    footer: view.footer,
  };
  return { frame, view };
}

/** A source's page: its view and frame. */
export function sourcePage(catalog: Catalog, id: string) {
  const view = buildSourceView(catalog, id);
  const frame: EntryFrame = {
    kind: 'source',
    title: view.title,
    description: `Sumber: ${view.publisher}, ${view.dateLabel}.`,
    kicker: 'Sumber',
    kickerIndexed: false,
    titleWeight: 0.1,
    aliases: [],
    search: sourceSearchRecord(catalog, id),
    sources: [],
    footer: view.footer,
  };
  return { frame, view };
}

/** A program page's incremental-build key: a digest of everything the page shows, its body included. */
export const programPageKey = async (catalog: Catalog, entry: RenderedEntry, site: string | URL) => pageKey([await programPage(catalog, entry.id, site), bodyOf(entry)]);
/** A region page's incremental-build key. */
export const regionPageKey = async (catalog: Catalog, entry: RenderedEntry, site: string | URL) => pageKey(await regionPage(catalog, entry.id, site));
/** An event page's incremental-build key, its body included. */
export const eventPageKey = (catalog: Catalog, entry: RenderedEntry, site: string | URL) => pageKey([eventPage(catalog, entry.id, site), bodyOf(entry)]);
/** A source page's incremental-build key. */
export const sourcePageKey = (catalog: Catalog, entry: RenderedEntry) => pageKey(sourcePage(catalog, entry.id));
