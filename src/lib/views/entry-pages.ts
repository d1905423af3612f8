import type { Catalog } from '../catalog/catalog';
import { pageKey } from '../cache/page-key';
import { programJsonLd, eventJsonLd, regionJsonLd } from '../publish/structured-data';
import { eventSearchRecord, programSearchRecord, regionSearchRecord, sourceSearchRecord } from '../search/records';
import { absoluteUrl, entryUrl } from '../urls';
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

export async function programPage(catalog: Catalog, id: string, site: string | URL) {
  return {
    view: buildProgramView(catalog, id),
    map: await programAdoptionMap(catalog, id),
    search: programSearchRecord(catalog, id),
    jsonLd: programJsonLd(catalog, id, absoluteUrl(entryUrl('programs', id), site)),
  };
}

export async function regionPage(catalog: Catalog, id: string, site: string | URL) {
  return {
    view: buildRegionView(catalog, id),
    map: await regionAdoptionMap(catalog, id),
    search: regionSearchRecord(catalog, id),
    jsonLd: regionJsonLd(catalog, id, absoluteUrl(entryUrl('regions', id), site)),
  };
}

export function eventPage(catalog: Catalog, id: string, site: string | URL) {
  return {
    view: buildEventView(catalog, id),
    search: eventSearchRecord(catalog, id),
    jsonLd: eventJsonLd(catalog, id, absoluteUrl(entryUrl('events', id), site)),
  };
}

export function sourcePage(catalog: Catalog, id: string) {
  return { view: buildSourceView(catalog, id), search: sourceSearchRecord(catalog, id) };
}

export const programPageKey = async (catalog: Catalog, entry: RenderedEntry, site: string | URL) => pageKey([await programPage(catalog, entry.id, site), bodyOf(entry)]);
export const regionPageKey = async (catalog: Catalog, id: string, site: string | URL) => pageKey(await regionPage(catalog, id, site));
export const eventPageKey = (catalog: Catalog, entry: RenderedEntry, site: string | URL) => pageKey([eventPage(catalog, entry.id, site), bodyOf(entry)]);
export const sourcePageKey = (catalog: Catalog, id: string) => pageKey(sourcePage(catalog, id));
