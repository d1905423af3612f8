import { compileGlossary, termsUsedIn } from '../../markdown/glossary';
import type { GlossaryData } from '../../schemas/glossary';
import type { Entry, Ref } from '../read/entries';

/** For each glossary entry id, the entries whose body uses the term (the same matcher the Markdown transform uses). */
export function buildGlossaryUsage(
  glossary: readonly Entry<GlossaryData>[],
  bodies: { collection: 'programs' | 'events'; entries: readonly Entry<unknown>[] }[],
): Map<string, Ref[]> {
  const compiled = compileGlossary(glossary.map(({ id, data }) => ({ term: data.term, expansion: data.expansion, anchor: id })));
  const usage = new Map<string, Ref[]>(glossary.map((entry) => [entry.id, []]));
  for (const { collection, entries } of bodies) {
    for (const entry of entries) {
      for (const term of termsUsedIn(entry.body ?? '', compiled)) usage.get(term.anchor)!.push({ collection, id: entry.id });
    }
  }
  return usage;
}
