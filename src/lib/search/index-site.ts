import * as cheerio from 'cheerio';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { Tokenizer } from 'sastrawijs';
import { createRootFinder, type RootFinder } from './indonesian-roots';
import { VOCABULARY_PATH } from './options';

export interface IndexSiteOptions {
  /** Add the root words of affixed forms (the default); off gives Pagefind's plain behaviour, for comparison. */
  addRoots?: boolean;
  /** Where the Pagefind bundle goes; defaults to `<dist>/pagefind`. */
  outputPath?: string;
  /** Write the suggestion vocabulary next to the search page (the default). */
  writeVocabulary?: boolean;
}

export interface IndexSiteResult {
  pages: number;
  vocabularySize: number;
}

const BODY = '[data-pagefind-body]';

/** Site URL of a built HTML file: `program/rt-mandiri/index.html` → `/program/rt-mandiri/`. */
export function pageUrl(dist: string, file: string): string {
  return `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');
}

/**
 * Adds the roots of the page's affixed words as hidden metadata, so that "kelola" finds
 * "pengelolaan". Metadata is searchable but never shown in excerpts, and `dist` stays untouched:
 * only the copy handed to Pagefind changes.
 */
export function addRootWords(html: string, words: readonly string[], finder: RootFinder): string {
  const roots = new Set(words.flatMap((word) => finder.rootsOf(word)));
  for (const word of words) roots.delete(word);
  if (roots.size === 0) return html;
  const $ = cheerio.load(html);
  $(BODY).first().append($('<div data-pagefind-ignore hidden></div>').append($('<span data-pagefind-meta="roots"></span>').text([...roots].sort().join(' '))));
  return $.html();
}

const tokenizer = new Tokenizer();

/**
 * Lowercase words of the part of a page Pagefind indexes, in order; elements are joined with a
 * space so that words never run together, and `data-pagefind-ignore` parts are left out.
 */
export function indexedWords(html: string): string[] {
  const $ = cheerio.load(html);
  $(`${BODY} [data-pagefind-ignore]`).remove();
  const text = $(BODY)
    .find('*')
    .addBack()
    .contents()
    .toArray()
    .map((node) => (node.type === 'text' ? node.data : ''))
    .join(' ');
  return tokenizer.tokenize(text);
}

/** Builds the Pagefind index of every page marked `data-pagefind-body`, plus the suggestion vocabulary. */
export async function indexSite(dist: string, options: IndexSiteOptions = {}): Promise<IndexSiteResult> {
  const { addRoots = true, outputPath = join(dist, 'pagefind'), writeVocabulary = true } = options;
  const finder = createRootFinder();
  const frequency = new Map<string, number>();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'id' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let pages = 0;
  try {
    const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
    for (const file of files) {
      const path = join(dist, file);
      const html = await readFile(path, 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const words = indexedWords(html);
      // Roots join the vocabulary too, so a search for "kelola" is known and never "corrected".
      for (const word of words.flatMap((w) => [w, ...finder.rootsOf(w)])) frequency.set(word, (frequency.get(word) ?? 0) + 1);
      const content = addRoots ? addRootWords(html, [...new Set(words)], finder) : html;
      const added = await index.addHTMLFile({ url: pageUrl(dist, path), content });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
      pages++;
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  // Most frequent first, so suggestions prefer the words the site uses most.
  const vocabulary = [...frequency].filter(([word]) => word.length > 2).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
  if (writeVocabulary) {
    const target = join(dist, VOCABULARY_PATH);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, JSON.stringify(vocabulary));
  }
  return { pages, vocabularySize: vocabulary.length };
}
