import * as cheerio from 'cheerio';
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { SITE_DIST } from './build';

/** Every HTML file under `dist`, as site paths such as `/program/rt-mandiri/`. */
export function listPages(dist = SITE_DIST): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.split(sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

/** Loads a built page by its site path. */
export function loadPage(path: string, dist = SITE_DIST): cheerio.CheerioAPI {
  const file = path.endsWith('.html') ? path : join(path, 'index.html');
  return cheerio.load(readFileSync(join(dist, file), 'utf8'));
}

/** Normalised visible text of the first element matching `selector`. */
export function textOf($: cheerio.CheerioAPI, selector: string): string {
  return $(selector).first().text().replace(/\s+/g, ' ').trim();
}

/** A file of the built open data (`dist/data/<name>.json`), parsed. */
export function openData<T = Record<string, unknown>[]>(name: 'programs' | 'regions' | 'events' | 'sources', dist = SITE_DIST): T {
  return JSON.parse(readFileSync(join(dist, 'data', `${name}.json`), 'utf8')) as T;
}

interface NamedEntry {
  slug: string;
  title?: string;
  /** A region's name and level: its page is titled with both ("Kota Banjarbaru"). */
  name?: string;
  level?: string;
  aliases?: string[];
}

/**
 * The entries (programs, regions, events) whose title or an alias contains every word of the query, as
 * site paths, from the built open data: the entries search ranks as named by the query.
 */
export function entriesNamedBy(query: string, dist = SITE_DIST): string[] {
  const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const wanted = words(query);
  const named = (entry: NamedEntry) => [entry.title ?? `${entry.level} ${entry.name}`, entry.name ?? '', ...(entry.aliases ?? [])].some((name) => wanted.every((word) => words(name).includes(word)));
  const sections = [['programs', 'program'], ['regions', 'wilayah'], ['events', 'kegiatan']] as const;
  return sections.flatMap(([data, section]) => openData<NamedEntry[]>(data, dist).filter(named).map((entry) => `/${section}/${entry.slug}/`));
}
