import type { Text } from 'mdast';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { compileGlossary, glossaryNodes, type GlossaryTerm } from './glossary';
import { describeWikiLink, wikiLinkNodes, type LinkTargets } from './wiki-links';

/** Parents inside which a glossary term is left alone: it is already a link, or a heading. */
const NO_GLOSSARY_INSIDE = new Set(['link', 'linkReference', 'heading']);

/** 1-based line of the first occurrence of `needle` in `source`. */
const lineOf = (source: string, needle: string) => source.slice(0, Math.max(0, source.indexOf(needle))).split('\n').length;

/**
 * Turns `[[…]]` into links on Astro's Rust Markdown processor. An unknown target stops the build
 * with the file, line and target, so no page ships with a dead wiki-link.
 */
export function wikiLinksPlugin(targets: LinkTargets) {
  return defineMdastPlugin({
    name: 'tiru-wiki-links',
    text(node, ctx) {
      if (!node.value.includes('[[')) return;
      const unknown: string[] = [];
      const nodes = wikiLinkNodes(node.value, targets, (link) => unknown.push(describeWikiLink(node.value, link)));
      if (unknown.length > 0) {
        const file = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : 'entri';
        const where = unknown.map((raw) => `${file}:${lineOf(ctx.source, raw)}: tautan wiki ${raw} tidak menunjuk ke entri mana pun (unknown wiki-link target)`);
        throw new Error(where.join('\n'));
      }
      if (nodes) ctx.replaceNode(node, nodes);
    },
  });
}

/** Marks the first use of each glossary term in a document as an abbreviation linking to /glosarium/. */
export function glossaryPlugin(terms: readonly GlossaryTerm[]) {
  const glossary = compileGlossary(terms);
  const USED = 'tiruGlossaryUsed';
  return defineMdastPlugin({
    name: 'tiru-glossary',
    before(_, ctx) {
      ctx.data[USED] = new Set<string>();
    },
    text(node: Readonly<Text>, ctx) {
      let parent: Readonly<{ type: string }> | undefined = ctx.parent(node);
      while (parent && parent.type !== 'root') {
        if (NO_GLOSSARY_INSIDE.has(parent.type)) return;
        parent = ctx.parent(parent as Parameters<typeof ctx.parent>[0]);
      }
      const nodes = glossaryNodes(node.value, glossary, ctx.data[USED] as Set<string>);
      if (nodes) ctx.replaceNode(node, nodes);
    },
  });
}
