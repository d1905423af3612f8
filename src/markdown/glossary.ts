import type { PhrasingContent } from 'mdast';

/** A glossary term as the Markdown transform needs it. */
export interface GlossaryTerm {
  term: string;
  expansion: string;
  /** Fragment id on /glosarium/: the glossary entry's slug. */
  anchor: string;
}

/** Where a term occurs in a text. */
export interface TermUse {
  term: GlossaryTerm;
  start: number;
  end: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A matcher for whole-word uses of a term. Acronyms written in capitals (RT, SKPD) match only in
 * capitals, so "rt" in a word never counts; other terms (Rakor, Pokmas) match in any case.
 */
function termPattern(term: string): RegExp {
  const caseSensitive = term === term.toUpperCase();
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, caseSensitive ? 'gu' : 'giu');
}

/** Compiles terms once, longest first so "SKPD" wins over a shorter term inside it. */
export function compileGlossary(terms: readonly GlossaryTerm[]): { term: GlossaryTerm; pattern: RegExp }[] {
  return [...terms].sort((a, b) => b.term.length - a.term.length).map((term) => ({ term, pattern: termPattern(term.term) }));
}

/** First use in `text` of each term not yet in `used` (which it updates), in text order. */
export function findFirstUses(text: string, glossary: ReturnType<typeof compileGlossary>, used: Set<string>): TermUse[] {
  const uses: TermUse[] = [];
  for (const { term, pattern } of glossary) {
    if (used.has(term.term)) continue;
    pattern.lastIndex = 0;
    const match = pattern.exec(text);
    if (!match) continue;
    const overlaps = uses.some((use) => match.index < use.end && use.start < match.index + match[0].length);
    if (overlaps) continue;
    uses.push({ term, start: match.index, end: match.index + match[0].length });
    used.add(term.term);
  }
  return uses.sort((a, b) => a.start - b.start);
}

/** Terms used anywhere in a text, for the glossary page's "used in" lists. */
export function termsUsedIn(text: string, glossary: ReturnType<typeof compileGlossary>): GlossaryTerm[] {
  return findFirstUses(text, glossary, new Set()).map((use) => use.term);
}

/**
 * Splits a text so each first use becomes `<a href="/glosarium/#rt"><abbr title="Rukun Tetangga">RT</abbr></a>`,
 * expressed as mdast nodes with `hName` so both Markdown and MDX render it. `undefined` when nothing changes.
 */
export function glossaryNodes(text: string, glossary: ReturnType<typeof compileGlossary>, used: Set<string>): PhrasingContent[] | undefined {
  const uses = findFirstUses(text, glossary, used);
  if (uses.length === 0) return undefined;
  const nodes: PhrasingContent[] = [];
  let cursor = 0;
  for (const { term, start, end } of uses) {
    if (start > cursor) nodes.push({ type: 'text', value: text.slice(cursor, start) });
    nodes.push({
      type: 'link',
      url: `/glosarium/#${term.anchor}`,
      data: { hProperties: { className: ['istilah'] } },
      children: [{ type: 'emphasis', data: { hName: 'abbr', hProperties: { title: term.expansion } }, children: [{ type: 'text', value: text.slice(start, end) }] }],
    });
    cursor = end;
  }
  if (cursor < text.length) nodes.push({ type: 'text', value: text.slice(cursor) });
  return nodes;
}
