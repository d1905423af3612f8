import type { Catalog } from '../catalog/catalog';
import { truncateList } from '../format/lists';
import { compareText } from '../format/text';
import { byLabel, eventLink, programLink, type Link } from './common';
import { entryUrl } from '../urls';
import { must } from '../read/entries';

/** A glossary term with the entries that use it. */
export interface GlossaryRow {
  id: string;
  term: string;
  expansion: string;
  explanation: string;
  source?: Link | undefined;
  /** The first entries using the term; `moreUses` counts the rest, which a search for the term finds. */
  usedIn: Link[];
  moreUses: number;
  searchHref: string;
}

function usesOf(catalog: Catalog, id: string, maxUses: number) {
  const links = (catalog.glossaryUsage.get(id) ?? [])
    .map((ref) => (ref.collection === 'programs' ? programLink(catalog, ref.id) : eventLink(catalog, ref.id)))
    .sort(byLabel);
  const { shown, more } = truncateList(links, maxUses);
  return { usedIn: shown, moreUses: more };
}

/** Every glossary term, alphabetically, with the first `maxUses` entries that use it. */
export function listGlossary(catalog: Catalog, maxUses: number): GlossaryRow[] {
  return [...catalog.glossary.values()]
    .map(({ id, data }) => ({
      id,
      term: data.term,
      expansion: data.expansion,
      explanation: data.explanation,
      source: data.source && { href: entryUrl('sources', data.source.id), label: must(catalog.sources, data.source.id).data.title },
      ...usesOf(catalog, id, maxUses),
      searchHref: `/cari/?q=${encodeURIComponent(data.term)}`,
    }))
    .sort((a, b) => compareText(a.term, b.term));
}
