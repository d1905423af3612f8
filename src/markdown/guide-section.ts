import type { Heading, List, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkMdx from 'remark-mdx';

const markdown = remark();
const mdx = remark().use(remarkMdx);

/** Plain text of a node, with wiki-links as their label or target: "[[x|teks]]" → "teks". */
const plain = (node: RootContent) => toString(node).replace(/\[\[(?:[^\]|]*\|)?([^\]]+)\]\]/g, (_, text: string) => text.replace(/^[a-z]+:/, '')).replace(/\s+/g, ' ').trim();

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Lines before a heading that could change how the rest of the document parses, or hide an earlier heading
 * with the same text: a code fence or HTML block (which can run past blank lines), a link reference
 * definition (which links may use further down), a setext underline, an indented heading and a heading
 * line with markup.
 */
const CHANGES_WHAT_FOLLOWS = /^(?: {1,3}#| {0,3}(?:`{3,}|~{3,}|<|\[[^\]]*\]:|=+[ \t]*$|-+[ \t]*$|#{1,6}(?:[ \t].*)?[*_`[\]<>&\\!]))/m;

/**
 * Where a Markdown document's top-level ATX heading with this text starts, when that can be told from the
 * lines alone: then the section parses the same from there as within the whole document, and only that part
 * need be parsed. `undefined` when the lines before it could change the parse (see above).
 */
export function headingStart(body: string, heading: string): number | undefined {
  const words = heading.trim().split(/\s+/).map(escapeRegExp).join('[ \\t]+');
  // At the start of a line: an indented heading may belong to a list item above it.
  const line = new RegExp(`^#{1,6}[ \\t]+${words}(?:[ \\t]+#+)?[ \\t]*$`, 'im').exec(body);
  if (!line || CHANGES_WHAT_FOLLOWS.test(body.slice(0, line.index))) return undefined;
  return line.index;
}

/** The paragraphs and list items after the top-level heading at `start`, up to the next heading of its level or higher. */
function sectionItems(tree: Root, start: number): string[] {
  const depth = (tree.children[start] as Heading).depth;
  const items: string[] = [];
  for (const node of tree.children.slice(start + 1)) {
    if (node.type === 'heading' && node.depth <= depth) break;
    if (node.type === 'list') items.push(...(node as List).children.map(plain));
    else if (node.type === 'paragraph') items.push(plain(node));
  }
  return items.filter(Boolean);
}

/**
 * The paragraphs and list items under a guide heading such as "Pertanyaan untuk kunjungan", as plain
 * text, up to the next heading of the same or a higher level; empty when the guide has no such section.
 * In Markdown whose lines show where the heading starts, only the section is parsed (a kit page reads the
 * questions of every program it covers; parsing whole bodies took most of its time).
 */
export function guideSection(body: string, heading: string, { isMdx = false } = {}): string[] {
  const from = isMdx ? undefined : headingStart(body, heading);
  const tree = (isMdx ? mdx : markdown).parse(from === undefined ? body : body.slice(from));
  const start = tree.children.findIndex((node) => node.type === 'heading' && plain(node).toLowerCase() === heading.toLowerCase());
  return start < 0 ? [] : sectionItems(tree, start);
}
