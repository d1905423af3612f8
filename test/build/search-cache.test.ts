import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { indexSite } from '../../src/lib/search/index-site';
import { VOCABULARY_PATH } from '../../src/lib/search/options';
import { SITE_DIST } from '../helpers/build';
import { loadPagefind, resultUrls } from '../helpers/pagefind';

const scratch = () => mkdtempSync(join(tmpdir(), 'tiru-search-cache-'));

describe('the search step’s cache of page preparations', () => {
  test('a second run over the same pages parses none and writes the same vocabulary and index', async () => {
    const dist = join(scratch(), 'dist');
    cpSync(SITE_DIST, dist, { recursive: true });
    const cacheDir = scratch();
    const cold = await indexSite(dist, { cacheDir, outputPath: join(dist, 'pagefind-cold') });
    const vocabulary = readFileSync(join(dist, VOCABULARY_PATH), 'utf8');
    const warm = await indexSite(dist, { cacheDir, outputPath: join(dist, 'pagefind-warm') });
    expect(cold.prepared).toBe(cold.pages);
    expect(warm).toEqual({ ...cold, prepared: 0 });
    expect(readFileSync(join(dist, VOCABULARY_PATH), 'utf8')).toBe(vocabulary);
    // Root words come from the cache too: "kelola" still finds pages that only say "pengelolaan".
    const [coldIndex, warmIndex] = await Promise.all([loadPagefind(join(dist, 'pagefind-cold')), loadPagefind(join(dist, 'pagefind-warm'))]);
    expect(await resultUrls(warmIndex, 'kelola')).toEqual(await resultUrls(coldIndex, 'kelola'));
    expect((await resultUrls(warmIndex, 'kelola')).length).toBeGreaterThan(0);
  });

  test('after pages change or go, indexes exactly the pages there are now', async () => {
    const dist = join(scratch(), 'dist');
    cpSync(SITE_DIST, dist, { recursive: true });
    const cacheDir = scratch();
    await indexSite(dist, { cacheDir });
    const homecare = join(dist, 'program/homecare/index.html');
    const html = readFileSync(homecare, 'utf8');
    writeFileSync(homecare, html.replace(/(<h1[^>]*>)/, '$1Zevrandu '));
    rmSync(join(dist, 'program/rt-mandiri'), { recursive: true });
    const next = await indexSite(dist, { cacheDir });
    expect(next.prepared).toBe(1);
    const index = await loadPagefind(join(dist, 'pagefind'));
    expect(await resultUrls(index, 'zevrandu')).toEqual(['/program/homecare/']);
    expect(await resultUrls(index, 'rt mandiri')).not.toContain('/program/rt-mandiri/');
  });
});
