import { COLLECTION_TABLE, isPageCollection } from '../../schemas/collections';
import type { RawEntry, UnreadableEntry } from './read-entries';
import { formatRegionName } from '../format/region-name';
import { entryUrl } from '../urls';
import type { RegionData } from '../../schemas/region';
import type { GlossaryTerm } from '../../markdown/glossary';
import { targetKey, type LinkTarget } from '../../markdown/wiki-links';

type Fields = Record<string, unknown>;

/**
 * Every page a wiki-link may point to, from the entry files as read (the Markdown pipeline is set
 * up before Astro's content layer exists). Entries with broken data still count: the content check
 * reports them once, as themselves.
 */
export function linkTargetsOf(entries: readonly RawEntry[], unreadable: readonly UnreadableEntry[] = []): Map<string, LinkTarget> {
  const targets = new Map<string, LinkTarget>();
  for (const { collection, id } of unreadable) {
    if (isPageCollection(collection)) targets.set(targetKey(collection, id), { href: entryUrl(collection, id), title: id });
  }
  for (const { collection, id, data } of entries) {
    if (!isPageCollection(collection)) continue;
    const fields = data as Fields;
    // A region's title is its name with its level ("Kota Banjarbaru"), as on its page.
    const title = collection === 'regions' ? formatRegionName(fields as unknown as RegionData) : String(fields[COLLECTION_TABLE[collection].titleField] ?? id);
    targets.set(targetKey(collection, id), { href: entryUrl(collection, id), title });
  }
  return targets;
}

/** Glossary terms from the glossary entries as read. */
export function glossaryTermsOf(entries: readonly RawEntry[]): GlossaryTerm[] {
  return entries
    .filter((entry) => entry.collection === 'glossary')
    .map(({ id, data }) => ({ id, fields: data as Fields }))
    .filter(({ fields }) => typeof fields['term'] === 'string' && typeof fields['expansion'] === 'string')
    .map(({ id, fields }) => ({ term: String(fields['term']), expansion: String(fields['expansion']), anchor: id }));
}
