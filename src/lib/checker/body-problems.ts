import type { Heading, Root, Text } from 'mdast';
import { remark } from 'remark';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import { describeWikiLink, findWikiLinks, resolveWikiLink, type LinkTargets } from '../../markdown/wiki-links';
import type { ContentProblem } from '../problems';
import type { RawEntry } from './read-entries';

const markdown = remark();
const mdx = remark().use(remarkMdx);

/** Line of a node in the file, given the line the body starts on. */
const fileLine = (entry: RawEntry, line = 1) => entry.body!.line + line - 1;

/**
 * Checks an entry's Markdown/MDX body with remark, the full syntax tree the build's fast
 * processor does not expose: MDX syntax, wiki-link targets with their lines, and guide sections.
 */
export function checkBody(entry: RawEntry, targets: LinkTargets): ContentProblem[] {
  if (!entry.body) return [];
  let tree: Root;
  try {
    tree = (entry.body.mdx ? mdx : markdown).parse(entry.body.text);
  } catch (error) {
    const place = (error as { line?: number; place?: { line?: number; start?: { line?: number } } }) ?? {};
    const line = place.line ?? place.place?.line ?? place.place?.start?.line ?? 1;
    const reason = (error as { reason?: string }).reason ?? String(error);
    return [{ file: entry.file, field: '(isi)', line: fileLine(entry, line), message: `sintaks MDX salah: ${reason} (MDX syntax error)` }];
  }
  const problems: ContentProblem[] = [];
  visit(tree, 'text', (node: Text) => {
    for (const link of findWikiLinks(node.value)) {
      if (resolveWikiLink(link, targets)) continue;
      const before = node.value.slice(0, link.start).split('\n').length - 1;
      problems.push({
        file: entry.file,
        field: '(isi)',
        line: fileLine(entry, (node.position?.start.line ?? 1) + before),
        message: `tautan wiki ${describeWikiLink(node.value, link)} tidak menunjuk ke entri mana pun (unknown wiki-link target)`,
        hint: 'tulis [[slug]], [[program:slug]], [[wilayah:slug]], [[kegiatan:slug]] atau [[sumber:slug]]',
      });
    }
  });
  const headings = tree.children.map((node, index) => ({ node, index })).filter((item): item is { node: Heading; index: number } => item.node.type === 'heading');
  for (const [i, { node, index }] of headings.entries()) {
    const next = headings[i + 1]?.index ?? tree.children.length;
    const nested = headings[i + 1] && headings[i + 1]!.node.depth > node.depth;
    if (next === index + 1 && !nested) {
      problems.push({
        file: entry.file,
        field: '(isi)',
        line: fileLine(entry, node.position?.start.line),
        severity: 'warning',
        message: `bagian "${markdown.stringify({ type: 'root', children: node.children }).trim()}" kosong (empty guide section)`,
        hint: 'isi bagian ini dari sumber, atau hapus judulnya',
      });
    }
  }
  if (entry.collection === 'programs' && !headings.some(({ node }) => node.depth === 2)) {
    problems.push({
      file: entry.file,
      field: '(isi)',
      line: entry.body.line,
      severity: 'warning',
      message: 'panduan program belum punya bagian (## Latar belakang, ## Cara kerja, …) (guide has no sections)',
    });
  }
  return problems;
}
