import type { Heading, Root, Text } from 'mdast';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { remark } from 'remark';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import { describeWikiLink, findWikiLinks, resolveWikiLink, type LinkTargets } from '../../markdown/wiki-links';
import type { ContentProblem } from './problems';
import type { RawEntry } from './read-entries';

const markdown = remark();
const mdx = remark().use(remarkMdx);

/** Line of a node in the file, given the line the body starts on. */
const fileLine = (entry: RawEntry, line = 1) => entry.body!.line + line - 1;

/** Where MDX errors put their position: "Expected a closing tag for `<div>` (20:1-20:6)". */
const POSITION = /\s*\((\d+):\d+(?:-\d+:\d+)?\)$/;

/** Whether an MDX import names a file or an installed package (virtual `astro:` modules count). */
function importResolves(specifier: string, fromFile: string): boolean {
  if (/^[a-z]+:/.test(specifier)) return true;
  if (specifier.startsWith('.') || specifier.startsWith('/')) return existsSync(resolve(dirname(fromFile), specifier));
  const name = specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
  for (let dir = dirname(resolve(fromFile)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules', name, 'package.json'))) return true;
    if (dirname(dir) === dir) return false;
  }
}

/** MDX imports that resolve to nothing, which only the bundler would otherwise notice, late and without the entry's line. */
function unresolvedImports(entry: RawEntry, tree: Root): ContentProblem[] {
  const problems: ContentProblem[] = [];
  visit(tree, 'mdxjsEsm', (node: MdxjsEsm) => {
    for (const statement of node.data?.estree?.body ?? []) {
      if (statement.type !== 'ImportDeclaration' || typeof statement.source.value !== 'string') continue;
      const specifier = statement.source.value;
      if (importResolves(specifier, entry.file)) continue;
      problems.push({
        file: entry.file,
        field: '(isi)',
        line: fileLine(entry, (node.position?.start.line ?? 1) + (statement.loc?.start.line ?? 1) - 1),
        message: `impor "${specifier}" tidak ditemukan (unresolved MDX import)`,
        hint: specifier.startsWith('.') ? 'periksa jalur berkas relatif terhadap entri ini' : `pasang paket itu (npm install ${specifier}) atau hapus impornya`,
      });
    }
  });
  return problems;
}

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
    const reason = (error as { reason?: string }).reason ?? String(error);
    // The position in the reason counts from the body; report the file's line instead.
    const line = Number(POSITION.exec(reason)?.[1] ?? 1);
    return [{ file: entry.file, field: '(isi)', line: fileLine(entry, line), message: `sintaks MDX salah: ${reason.replace(POSITION, '')} (MDX syntax error)` }];
  }
  const problems: ContentProblem[] = unresolvedImports(entry, tree);
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
