import type { Catalog } from '../catalog';
import { compareText } from '../text';
import { byLabel, eventLink, programLink, type Link } from './common';
import { entryUrl } from '../urls';

export interface GlossaryRow {
  id: string;
  term: string;
  expansion: string;
  explanation: string;
  source?: Link | undefined;
  usedIn: Link[];
}

/** Every glossary term, alphabetically, with the entries that use it. */
export function listGlossary(catalog: Catalog): GlossaryRow[] {
  return [...catalog.glossary.values()]
    .map(({ id, data }) => ({
      id,
      term: data.term,
      expansion: data.expansion,
      explanation: data.explanation,
      source: data.source && { href: entryUrl('sources', data.source.id), label: catalog.sources.get(data.source.id)!.data.title },
      usedIn: (catalog.glossaryUsage.get(id) ?? [])
        .map((ref) => (ref.collection === 'programs' ? programLink(catalog, ref.id) : eventLink(catalog, ref.id)))
        .sort(byLabel),
    }))
    .sort((a, b) => compareText(a.term, b.term));
}
