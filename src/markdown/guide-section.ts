import type { Heading, List, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkMdx from 'remark-mdx';

const markdown = remark();
const mdx = remark().use(remarkMdx);

/** Plain text of a node, with wiki-links as their label or target: "[[x|teks]]" → "teks". */
const plain = (node: RootContent) => toString(node).replace(/\[\[(?:[^\]|]*\|)?([^\]]+)\]\]/g, (_, text: string) => text.replace(/^[a-z]+:/, '')).replace(/\s+/g, ' ').trim();

/**
 * The paragraphs and list items under a guide heading such as "Pertanyaan untuk kunjungan", as plain
 * text, up to the next heading of the same or a higher level; empty when the guide has no such section.
 */
export function guideSection(body: string, heading: string, { isMdx = false } = {}): string[] {
  const tree = (isMdx ? mdx : markdown).parse(body);
  const start = tree.children.findIndex((node) => node.type === 'heading' && plain(node).toLowerCase() === heading.toLowerCase());
  if (start < 0) return [];
  const depth = (tree.children[start] as Heading).depth;
  const items: string[] = [];
  for (const node of tree.children.slice(start + 1)) {
    if (node.type === 'heading' && node.depth <= depth) break;
    if (node.type === 'list') items.push(...(node as List).children.map(plain));
    else if (node.type === 'paragraph') items.push(plain(node));
  }
  return items.filter(Boolean);
}
