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
