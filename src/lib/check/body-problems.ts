import type { Heading, Root, Text } from 'mdast';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { remark } from 'remark';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import { describeWikiLink, findWikiLinks, resolveWikiLink, type LinkTargets, type WikiLink } from '../../markdown/wiki-links';
import { explainMdxError } from '../read/parser-messages';
import type { ContentProblem } from '../read/problems';
import type { RawEntry } from '../read/read-entries';

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

/** What a body's syntax tree tells the checks. It depends on the text alone, so it can be kept by the text's digest. */
export interface BodyFacts {
  /** Why the body does not parse, and the body line the parser names. */
  syntaxError?: { reason: string; line: number } | undefined;
  imports: { specifier: string; line: number }[];
  wikiLinks: { link: WikiLink; description: string; line: number }[];
  /** Headings with nothing under them before the next heading of the same or a higher level. */
  emptySections: { title: string; line: number }[];
  hasSections: boolean;
}

/** Parses a body once with remark (the full syntax tree the build's fast processor does not expose). Lines count from the body's first line. */
export function bodyFacts(text: string, isMdx: boolean): BodyFacts {
  let tree: Root;
  try {
    tree = (isMdx ? mdx : markdown).parse(text);
  } catch (error) {
    const { reason = String(error), line } = error as { reason?: string; line?: number };
    // Most reasons end with their position; the rest (an unclosed `{`, an HTML comment) carry it only on the error.
    return { syntaxError: { reason: reason.replace(POSITION, ''), line: Number(POSITION.exec(reason)?.[1] ?? line ?? 1) }, imports: [], wikiLinks: [], emptySections: [], hasSections: false };
  }
  const imports: BodyFacts['imports'] = [];
  visit(tree, 'mdxjsEsm', (node: MdxjsEsm) => {
    for (const statement of node.data?.estree?.body ?? []) {
      if (statement.type !== 'ImportDeclaration' || typeof statement.source.value !== 'string') continue;
      imports.push({ specifier: statement.source.value, line: (node.position?.start.line ?? 1) + (statement.loc?.start.line ?? 1) - 1 });
    }
  });
  const wikiLinks: BodyFacts['wikiLinks'] = [];
  visit(tree, 'text', (node: Text) => {
    for (const link of findWikiLinks(node.value)) {
      const before = node.value.slice(0, link.start).split('\n').length - 1;
      wikiLinks.push({ link, description: describeWikiLink(node.value, link), line: (node.position?.start.line ?? 1) + before });
    }
  });
  const headings = tree.children.map((node, index) => ({ node, index })).filter((item): item is { node: Heading; index: number } => item.node.type === 'heading');
  const emptySections = headings
    .filter(({ node, index }, i) => {
      const next = headings[i + 1];
      return (next?.index ?? tree.children.length) === index + 1 && !(next && next.node.depth > node.depth);
    })
    .map(({ node }) => ({ title: markdown.stringify({ type: 'root', children: node.children }).trim(), line: node.position?.start.line ?? 1 }));
  return { imports, wikiLinks, emptySections, hasSections: headings.some(({ node }) => node.depth === 2) };
}

/**
 * Checks an entry's Markdown/MDX body: MDX syntax, imports that resolve to nothing (which only the
 * bundler would otherwise notice, late and without the entry's line), wiki-link targets with their
 * lines, and guide sections. `facts` come from `bodyFacts`, or from a cache of an earlier parse of the same text.
 */
export function checkBody(entry: RawEntry, targets: LinkTargets, facts: BodyFacts): ContentProblem[] {
  if (!entry.body) return [];
  const at = (line: number) => fileLine(entry, line);
  if (facts.syntaxError) {
    // The position in the reason counts from the body; report the file's line instead.
    return [{ file: entry.file, field: '(isi)', line: at(facts.syntaxError.line), ...explainMdxError(facts.syntaxError.reason) }];
  }
  const problems: ContentProblem[] = facts.imports
    .filter(({ specifier }) => !importResolves(specifier, entry.file))
    .map(({ specifier, line }) => ({
      file: entry.file,
      field: '(isi)',
      line: at(line),
      message: `impor "${specifier}" tidak ditemukan (unresolved MDX import)`,
      hint: specifier.startsWith('.') ? 'periksa jalur berkas relatif terhadap entri ini' : `pasang paket itu (npm install ${specifier}) atau hapus impornya`,
    }));
  for (const { link, description, line } of facts.wikiLinks) {
    if (resolveWikiLink(link, targets)) continue;
    problems.push({
      file: entry.file,
      field: '(isi)',
      line: at(line),
      message: `tautan wiki ${description} tidak menunjuk ke entri mana pun (unknown wiki-link target)`,
      hint: 'tulis [[slug]], [[program:slug]], [[wilayah:slug]], [[kegiatan:slug]] atau [[sumber:slug]]',
    });
  }
  for (const { title, line } of facts.emptySections) {
    problems.push({
      file: entry.file,
      field: '(isi)',
      line: at(line),
      severity: 'warning',
      message: `bagian "${title}" kosong (empty guide section)`,
      hint: 'isi bagian ini dari sumber, atau hapus judulnya',
    });
  }
  if (entry.collection === 'programs' && !facts.hasSections) {
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
