import { Parser } from 'htmlparser2';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { buildCache, cacheInputs } from '../cache/build-cache';
import { createRootFinder, type RootFinder } from './indonesian-roots';
import { VOCABULARY_PATH } from './options';
import { variantWords, wordsOf, type VariantGroups } from './variants';

/** How to index a built site. */
export interface IndexSiteOptions {
  /** Add root words and variants as hidden terms (the default); off gives Pagefind's plain behaviour, for comparison. */
  addRoots?: boolean;
  /** Where the Pagefind bundle goes; defaults to `<dist>/pagefind`. */
  outputPath?: string;
  /** Write the suggestion vocabulary next to the search page (the default). */
  writeVocabulary?: boolean;
  /** Equivalent phrases ("kalsel" / "kalimantan selatan"): a page with one is also found by the others. */
  variants?: VariantGroups;
  /**
   * Where each page's preparation and its copy for Pagefind are kept between builds, so a page whose
   * HTML is unchanged is neither parsed nor copied again. Without it, the copy goes to a temporary folder.
   */
  cacheDir?: string;
}

/** What indexing a built site did. */
export interface IndexSiteResult {
  pages: number;
  /** Pages parsed in this run; the others' preparations came from the cache. */
  prepared: number;
  vocabularySize: number;
}

const BODY = 'data-pagefind-body';
const IGNORE = 'data-pagefind-ignore';
/** Elements that never have a closing tag, so they never open a nesting level. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Site URL of a built HTML file: `program/rt-mandiri/index.html` → `/program/rt-mandiri/`. */
export function pageUrl(dist: string, file: string): string {
  return `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');
}

/**
 * Lowercase words of the part of a page Pagefind indexes, in order: the text inside the
 * `data-pagefind-body` element, without `data-pagefind-ignore` parts. One streaming pass, and text
 * nodes are joined with spaces so words in neighbouring elements never run together.
 */
export function indexedWords(html: string): string[] {
  const text: string[] = [];
  let bodyDepth = 0;
  let ignoreDepth = 0;
  let depth = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (VOID.has(name)) return;
        depth++;
        if (!bodyDepth && BODY in attributes) bodyDepth = depth;
        if (bodyDepth && !ignoreDepth && IGNORE in attributes) ignoreDepth = depth;
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        if (ignoreDepth === depth) ignoreDepth = 0;
        if (bodyDepth === depth) bodyDepth = 0;
        depth--;
      },
      ontext(data) {
        if (bodyDepth && !ignoreDepth) text.push(data);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return wordsOf(text.join(' '));
}

/**
 * Words a page is also found by, though it never prints them: the roots of its affixed words, so that
 * "kelola" finds "pengelolaan", and the variants of phrases it contains (from `variantWords`), so that
 * "kalsel" finds "Kalimantan Selatan" and "ambulance" finds "ambulans".
 */
export function hiddenTerms(words: readonly string[], finder: RootFinder, variants: readonly string[] = []): string[] {
  const terms = new Set([...words.flatMap((word) => finder.rootsOf(word)), ...variants]);
  for (const word of words) terms.delete(word);
  return [...terms].sort();
}

/**
 * Adds hidden terms as searchable metadata right inside the `data-pagefind-body` element. Metadata is
 * searchable but never shown in excerpts; only the copy handed to Pagefind changes, never `dist`.
 */
export function addHiddenTerms(html: string, terms: readonly string[]): string {
  const body = /<[a-z][^>]*\sdata-pagefind-body[\s>=][^>]*>/i.exec(html);
  if (terms.length === 0 || !body) return html;
  const at = body.index + body[0].length;
  // Terms are lowercase letters and digits only, so they need no escaping.
  return `${html.slice(0, at)}<div ${IGNORE} hidden><span data-pagefind-meta="terms">${terms.join(' ')}</span></div>${html.slice(at)}`;
}

/** What Tiru works out for one page before Pagefind reads it; it depends on nothing but the page's HTML. */
interface PagePreparation {
  /** The page's indexed words and the variant words it matches, space-separated, each once… */
  words: string;
  /** …and how often each occurs, for the suggestion vocabulary. */
  counts: number[];
  /** Hidden terms (roots and variants), space-separated. */
  hidden: string;
}

/** The modules whose code shapes a preparation: a change to any of them empties the cache. */
const PREPARING_CODE = ['./index-site.ts', './indonesian-roots.ts', './variants.ts'].map((path) => new URL(path, import.meta.url));

/** Words, counts and hidden terms of one page. */
function preparePage(html: string, finder: RootFinder, variants: VariantGroups, addRoots: boolean): PagePreparation {
  const words = indexedWords(html);
  // Phrases are matched on the page's words in order; variant words join the vocabulary, so "kalsel" is never "corrected".
  const found = addRoots ? variantWords(words, variants) : [];
  const counts = new Map<string, number>();
  for (const word of [...words, ...found]) counts.set(word, (counts.get(word) ?? 0) + 1);
  const hidden = addRoots ? hiddenTerms([...new Set(words)], finder, found) : [];
  return { words: [...counts.keys()].join(' '), counts: [...counts.values()], hidden: hidden.join(' ') };
}

/** Removes the files under `dir` that are not in `keep` (paths relative to `dir`). */
function removeOthers(dir: string, keep: ReadonlySet<string>): void {
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = relative(dir, join(entry.parentPath, entry.name));
    if (entry.isFile() && !keep.has(file)) rmSync(join(dir, file));
  }
}

/**
 * Builds the Pagefind index of every page marked `data-pagefind-body`, plus the suggestion
 * vocabulary. Pages with hidden terms added are written to a mirror that Pagefind reads as a
 * directory, so its Rust indexer parses them in parallel.
 */
export async function indexSite(dist: string, options: IndexSiteOptions = {}): Promise<IndexSiteResult> {
  const { addRoots = true, outputPath = join(dist, 'pagefind'), writeVocabulary = true, variants = [], cacheDir } = options;
  const finder = createRootFinder();
  const cache = cacheDir ? buildCache<PagePreparation>(join(cacheDir, 'pages.bin'), cacheInputs({ addRoots, variants }, PREPARING_CODE)) : undefined;
  const frequency = new Map<string, number>();
  const mirror = cacheDir ? join(cacheDir, 'mirror') : await mkdtemp(join(tmpdir(), 'tiru-index-'));
  mkdirSync(mirror, { recursive: true });
  const mirrored = new Set<string>();
  let pages = 0;
  try {
    const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${sep}`)).sort();
    const folders = new Set<string>();
    for (const file of files) {
      const html = readFileSync(join(dist, file), 'utf8');
      if (!html.includes(BODY)) continue;
      const prepare = () => preparePage(html, finder, variants, addRoots);
      // Keyed by path and HTML: a page the last build had unchanged at this path is already in the mirror.
      const { value: page, reused } = cache ? cache.get(`${file}\n${html}`, prepare) : { value: prepare(), reused: false };
      if (page.words) page.words.split(' ').forEach((word, i) => frequency.set(word, (frequency.get(word) ?? 0) + page.counts[i]!));
      mirrored.add(file);
      pages++;
      if (reused && existsSync(join(mirror, file))) continue;
      const folder = dirname(join(mirror, file));
      if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
      folders.add(folder);
      // Synchronous writes: thousands of small files go faster without a promise each.
      writeFileSync(join(mirror, file), addHiddenTerms(html, page.hidden ? page.hidden.split(' ') : []));
    }
    cache?.save();
    // Pages gone since the last build leave the mirror, so Pagefind indexes exactly this build's pages.
    removeOthers(mirror, mirrored);
    // Roots join the vocabulary too, so a search for "kelola" is known and never "corrected".
    for (const [word, count] of [...frequency]) {
      for (const root of finder.rootsOf(word)) frequency.set(root, (frequency.get(root) ?? 0) + count);
    }
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'id' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: mirror });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    if (added.page_count !== pages) throw new Error(`Pagefind indexed ${added.page_count} of ${pages} pages`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
    if (!cacheDir) await rm(mirror, { recursive: true, force: true });
  }
  // Most frequent first, so suggestions prefer the words the site uses most.
  const vocabulary = [...frequency].filter(([word]) => word.length > 2).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
  if (writeVocabulary) {
    const target = join(dist, VOCABULARY_PATH);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, JSON.stringify(vocabulary));
  }
  return { pages, prepared: cache ? cache.computed : pages, vocabularySize: vocabulary.length };
}
