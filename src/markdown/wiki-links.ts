import type { PhrasingContent } from 'mdast';
import { WIKI_PREFIXES, type PageCollection } from '../schemas/collections';

/** A `[[…]]` link as written: `[[kota-banjarbaru]]`, `[[program:rt-mandiri]]`, `[[program:rt-mandiri|teks lain]]`. */
export interface WikiLink {
  /** Collection named by a prefix, if any. */
  collection?: PageCollection | undefined;
  id: string;
  label?: string | undefined;
  /** Offsets of the whole `[[…]]` in the text. */
  start: number;
  end: number;
}

/** Where a wiki-link can point: its page and the title shown when no label is given. */
export interface LinkTarget {
  href: string;
  title: string;
}

/** Targets by `collection:id`; see `targetKey`. */
export type LinkTargets = ReadonlyMap<string, LinkTarget>;

/** Order in which a link without prefix is looked up. */
const LOOKUP_ORDER: PageCollection[] = ['regions', 'programs', 'events', 'sources'];

const PATTERN = /\[\[([^[\]|]+?)(?:\|([^[\]]+?))?\]\]/g;

/** The key of a target in `LinkTargets`. */
export const targetKey = (collection: PageCollection, id: string) => `${collection}:${id}`;

/** Finds every `[[…]]` in a text, in order. */
export function findWikiLinks(text: string): WikiLink[] {
  return [...text.matchAll(PATTERN)].map((match) => {
    const [raw, target, label] = match as unknown as [string, string, string | undefined];
    const colon = target.indexOf(':');
    const prefix = colon > 0 ? WIKI_PREFIXES.get(target.slice(0, colon).trim().toLowerCase()) : undefined;
    return {
      collection: prefix,
      id: (prefix ? target.slice(colon + 1) : target).trim(),
      label: label?.trim() || undefined,
      start: match.index,
      end: match.index + raw.length,
    };
  });
}

/** Resolves a link to its target; a link without prefix may name a region, program, event or source. */
export function resolveWikiLink(link: WikiLink, targets: LinkTargets): LinkTarget | undefined {
  const collections = link.collection ? [link.collection] : LOOKUP_ORDER;
  for (const collection of collections) {
    const target = targets.get(targetKey(collection, link.id));
    if (target) return target;
  }
  return undefined;
}

/** The text of a `[[…]]` as written, for error messages. */
export const describeWikiLink = (text: string, link: WikiLink) => text.slice(link.start, link.end);

/**
 * Splits a text into text and link nodes. Returns `undefined` when the text has no wiki-link,
 * and calls `onUnknown` for each link whose target does not exist (the link is kept as text).
 */
export function wikiLinkNodes(text: string, targets: LinkTargets, onUnknown: (link: WikiLink) => void): PhrasingContent[] | undefined {
  const links = findWikiLinks(text);
  if (links.length === 0) return undefined;
  const nodes: PhrasingContent[] = [];
  let cursor = 0;
  for (const link of links) {
    if (link.start > cursor) nodes.push({ type: 'text', value: text.slice(cursor, link.start) });
    const target = resolveWikiLink(link, targets);
    if (target) {
      nodes.push({ type: 'link', url: target.href, children: [{ type: 'text', value: link.label ?? target.title }] });
    } else {
      onUnknown(link);
      nodes.push({ type: 'text', value: describeWikiLink(text, link) });
    }
    cursor = link.end;
  }
  if (cursor < text.length) nodes.push({ type: 'text', value: text.slice(cursor) });
  return nodes;
}
