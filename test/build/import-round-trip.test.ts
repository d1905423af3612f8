import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { bin } from '../helpers/bin';
import { buildSite, contentVariant, run, tempDist, type BuildResult } from '../helpers/build';
import { listPages, loadPage } from '../helpers/dist';

const CONTENT = resolve('content');
const ARTICLES = join(CONTENT, 'sources/articles');

/**
 * The catalog as it stood before any article was read: region skeletons from the registry, the glossary
 * without citations, the visit steps. Everything else (sources, events, programs, adoptions, leaders,
 * figures) must come back from importing the articles.
 */
function beforeAnyArticle(dir: string): void {
  for (const folder of ['events', 'programs', 'sources/articles']) for (const file of readdirSync(join(dir, folder))) rmSync(join(dir, folder, file));
  for (const file of readdirSync(join(dir, 'sources')).filter((f) => f.endsWith('.yaml'))) rmSync(join(dir, 'sources', file));
  for (const file of readdirSync(join(dir, 'regions'))) {
    const { facts: _facts, leaders: _leaders, coordinates: _coordinates, ...skeleton } = parse(readFileSync(join(dir, 'regions', file), 'utf8'));
    writeFileSync(join(dir, 'regions', file), stringify(skeleton));
  }
  for (const file of readdirSync(join(dir, 'glossary'))) {
    const { source: _source, ...term } = parse(readFileSync(join(dir, 'glossary', file), 'utf8'));
    writeFileSync(join(dir, 'glossary', file), stringify(term));
  }
}

/**
 * The five articles in the order they were collected (their file names), written in one
 * `npm run import -- <files…> --write`. The first names a program, so the catalog is never left without
 * one (an empty collection is a content error).
 */
const ARTICLE_ORDER = readdirSync(ARTICLES).filter((file) => file.endsWith('.txt')).sort();

describe('importing the five articles into a catalog that has none of them', () => {
  const dist = tempDist('import-round-trip');
  let content: string;
  let imported: BuildResult;
  let build: BuildResult;

  beforeAll(async () => {
    content = contentVariant(beforeAnyArticle, CONTENT);
    imported = await run(bin('tsx'), ['scripts/import.ts', ...ARTICLE_ORDER.map((file) => join(ARTICLES, file)), '--write'], { ...process.env, TIRU_CONTENT_DIR: content });
    build = await buildSite(content, dist);
  });

  test('the import writes each article\'s entries and ends with a content check without errors', () => {
    expect(imported.status, imported.output.slice(-3000)).toBe(0);
    expect(imported.output.match(/^#### .*\.txt$/gm)).toEqual(ARTICLE_ORDER.map((file) => `#### ${join(ARTICLES, file)}`));
    expect(imported.output.match(/^== Ditulis ke /gm)).toHaveLength(ARTICLE_ORDER.length);
    expect(imported.output).toContain('0 galat');
  });

  test('the written catalog builds, with a page for every reported event', () => {
    expect(build.status, build.output).toBe(0);
    const events = listPages(dist).filter((page) => /^\/kegiatan\/\d{4}-/.test(page) && !page.endsWith('/kit/'));
    expect(events.map((page) => page.slice('/kegiatan/'.length, '/kegiatan/'.length + 10)).sort()).toEqual(['2022-02-15', '2023-02-06', '2023-07-17', '2023-07-20', '2024-01-18']);
  });

  test('RT Mandiri and Kabupaten Jepara link to each other through the planned adoption', () => {
    const program = loadPage('/program/rt-mandiri/', dist);
    expect(program('a[href="/wilayah/kabupaten-jepara/"]').length).toBeGreaterThan(0);
    expect(program('main').text()).toContain('Direncanakan');
    const region = loadPage('/wilayah/kabupaten-jepara/', dist);
    expect(region('a[href="/program/rt-mandiri/"]').length).toBeGreaterThan(0);
  });

  test('the Air Salek rakor keeps its inferred year, and Banyuasin gets its leaders and figures back', () => {
    const airSalek = listPages(dist).find((page) => page.startsWith('/kegiatan/2023-07-20-') && !page.endsWith('/kit/'))!;
    expect(loadPage(airSalek, dist)('main').text()).toContain('(tahun disimpulkan)');
    const banyuasin = loadPage('/wilayah/kabupaten-banyuasin/', dist)('main').text();
    expect(banyuasin).toContain('Askolani');
    expect(banyuasin).toMatch(/837\.062/);
  });
});
