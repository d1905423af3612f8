import * as cheerio from 'cheerio';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { HTML_BUDGET_BYTES } from '../src/consts';

/** Bytes a browser downloads for one page, by kind (fonts: none today, the site uses system fonts). */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  font: number;
  /** Images, such as the adoption maps' outline of Indonesia (shared by every page, so cached after the first). */
  image: number;
}

/** Budgets per page, in bytes; the README states the same figures. */
export const BUDGETS: PageWeight = { html: HTML_BUDGET_BYTES, css: 20_000, js: 10_000, font: 0, image: 80_000 };

/** Page types, recognised by path. */
const TYPES: [string, RegExp][] = [
  ['beranda', /^\/$/],
  ['kit', /^\/(program|kegiatan)\/[^/]+\/kit\/$/],
  ['adopsi', /^\/adopsi\//],
  ['daftar', /^\/(program|wilayah|kegiatan|sumber)\/(\d+\/)?$/],
  ['program', /^\/program\/.+/],
  ['wilayah', /^\/wilayah\/.+/],
  ['kegiatan', /^\/kegiatan\/.+/],
  ['sumber', /^\/sumber\/.+/],
  ['cari', /^\/cari\/$/],
  ['404', /^\/404\.html$/],
];

const FONT = new Set(['.woff', '.woff2', '.ttf', '.otf']);

function pathOf(dist: string, file: string): string {
  return `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');
}

/**
 * A built script and the modules it imports statically (`import … from "./x.js"`), as site paths: what a
 * browser loads for it before it runs. Modules it imports on demand (`import("./x.js")`) are not among them.
 */
export function staticScripts(dist: string, src: string, found = new Set<string>()): Set<string> {
  if (found.has(src)) return found;
  found.add(src);
  const code = readFileSync(join(dist, src), 'utf8');
  for (const [, path] of code.matchAll(/import\s*(?:[\w{},\s*$]+from\s*)?["'](\.\/[^"']+)["']/g)) {
    staticScripts(dist, join(src, '..', path!).split(sep).join('/'), found);
  }
  return found;
}

/** Weighs one built page: its HTML plus every stylesheet, script (with its static imports), font and image it references. */
export function weighPage(dist: string, file: string): PageWeight {
  const html = readFileSync(file, 'utf8');
  const $ = cheerio.load(html);
  const size = (href: string) => statSync(join(dist, href)).size;
  const weight: PageWeight = { html: Buffer.byteLength(html), css: 0, js: 0, font: 0, image: 0 };
  $('link[rel=stylesheet]').each((_, link) => void (weight.css += size($(link).attr('href')!)));
  const scripts = new Set<string>();
  $('script[src]').each((_, script) => void staticScripts(dist, $(script).attr('src')!, scripts));
  for (const src of scripts) weight.js += size(src);
  $('link[rel=preload][as=font]').each((_, link) => void (weight.font += size($(link).attr('href')!)));
  const images = new Set([...$('img[src]').map((_, img) => $(img).attr('src')!), ...$('svg image[href]').map((_, img) => $(img).attr('href')!)]);
  for (const src of images) weight.image += size(src);
  return weight;
}

/** Largest weight of each kind per page type, with the number of pages of that type. */
export function weighSite(dist: string): Map<string, { pages: number; max: PageWeight }> {
  const byType = new Map<string, { pages: number; max: PageWeight }>();
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
  for (const file of files) {
    const path = pathOf(dist, join(dist, file));
    const type = TYPES.find(([, pattern]) => pattern.test(path))?.[0] ?? 'lain';
    const weight = weighPage(dist, join(dist, file));
    const entry = byType.get(type) ?? { pages: 0, max: { html: 0, css: 0, js: 0, font: 0, image: 0 } };
    entry.pages++;
    for (const kind of Object.keys(weight) as (keyof PageWeight)[]) entry.max[kind] = Math.max(entry.max[kind], weight[kind]);
    byType.set(type, entry);
  }
  return byType;
}

/** Sizes of the Pagefind files every first search downloads (its chunks come on top, per query). */
export function pagefindRuntime(dist: string): number {
  const dir = join(dist, 'pagefind');
  return readdirSync(dir)
    .filter((f) => ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json'].includes(f) || extname(f) === '.pf_meta' || f === 'wasm.id.pagefind')
    .reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
}

/** Web fonts shipped anywhere in dist (none expected). */
export function fontBytes(dist: string): number {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => FONT.has(extname(f)))
    .reduce((sum, f) => sum + statSync(join(dist, f)).size, 0);
}
