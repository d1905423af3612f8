import { readdirSync } from 'node:fs';
import { join, parse } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { SEARCH_TYPES } from '../../src/schemas/search-types';
import { entryUrl } from '../../src/lib/urls';
import { SITE_DIST } from '../helpers/build';
import { listPages } from '../helpers/dist';
import { loadPagefind, resultUrls, type PagefindApi } from '../helpers/pagefind';

const FOLDERS = { programs: 'programs', regions: 'regions', events: 'events', sources: 'sources' } as const;

/** The page every content file must have, by collection. */
const expectedUrls = (collection: keyof typeof FOLDERS) =>
  readdirSync(join('content', FOLDERS[collection]))
    .filter((file) => /\.(mdx?|ya?ml)$/.test(file))
    .map((file) => entryUrl(collection, parse(file).name))
    .sort();

describe('no entry is silently dropped', () => {
  let pagefind: PagefindApi;
  beforeAll(async () => {
    pagefind = await loadPagefind(join(SITE_DIST, 'pagefind'));
  });

  test.each(Object.keys(FOLDERS) as (keyof typeof FOLDERS)[])('every %s entry has exactly one page, and that page is in the search index', async (collection) => {
    const expected = expectedUrls(collection);
    const pages = new Set(listPages());
    expect(expected.filter((url) => !pages.has(url)), 'entries without a page').toEqual([]);
    const indexed = (await resultUrls(pagefind, null, { filters: { jenis: SEARCH_TYPES[collection] } })).sort();
    expect(expected.filter((url) => !indexed.includes(url)), 'pages missing from the index').toEqual([]);
    expect(indexed.filter((url) => !expected.includes(url)), 'indexed pages without an entry').toEqual([]);
    expect(indexed.length).toBe(expected.length);
  });
});
