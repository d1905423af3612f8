const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** A Markdown/MDX entry file cut at its frontmatter, or which fence is missing. */
export type FrontmatterParts = { yaml: string; body: string; bodyLine: number } | { missing: 'opening' | 'closing' };

/**
 * Splits a Markdown/MDX file into its YAML frontmatter and its body (with the body's first line
 * number). The one reading of `---` fences for the checker, Astro's loader and the importer, so all
 * three accept the same files (a byte-order mark, trailing spaces after a fence).
 */
export function splitFrontmatter(text: string): FrontmatterParts {
  const match = FRONTMATTER.exec(text);
  if (!match) return { missing: OPENING.test(text) ? 'closing' : 'opening' };
  return { yaml: match[1] ?? '', body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** The YAML part of an entry file: the frontmatter of Markdown/MDX, or the whole of a .yaml file. */
export function yamlPart(filePath: string, contents: string): string {
  if (/\.ya?ml$/i.test(filePath)) return contents;
  const parts = splitFrontmatter(contents);
  return 'yaml' in parts ? parts.yaml : '';
}
