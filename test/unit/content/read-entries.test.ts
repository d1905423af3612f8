import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cacheInputs, loadCache, saveCache, textDigest } from '../../../src/lib/cache/build-cache';
import { readEntries, type RawEntry } from '../../../src/lib/read/read-entries';
import type { ParsedYaml } from '../../../src/lib/read/yaml-lines';
import { contentVariant } from '../../helpers/build';

const PROGRAM = 'programs/banjarbaru-kota-sejuta-kopi.md';
const YAML_INPUTS = cacheInputs({}, [new URL('../../../src/lib/read/yaml-lines.ts', import.meta.url)]);

const titleOf = (entries: RawEntry[], id: string) => (entries.find((entry) => entry.id === id)?.data as { title?: string } | undefined)?.title;
const frontmatterOf = (path: string) => /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(path, 'utf8'))![1]!;

describe('readEntries with a YAML cache', () => {
  test('reads exactly what an uncached read does, first and again from the cache', () => {
    const dir = contentVariant(() => {});
    const yamlCacheFile = join(dir, '..', 'yaml.bin');
    const plain = readEntries(dir);
    expect(readEntries(dir, { yamlCacheFile })).toEqual(plain);
    expect(readEntries(dir, { yamlCacheFile })).toEqual(plain);
  });

  test('takes an unchanged file from the cache and parses a changed one again', () => {
    const dir = contentVariant(() => {});
    const yamlCacheFile = join(dir, '..', 'yaml.bin');
    const path = join(dir, PROGRAM);
    readEntries(dir, { yamlCacheFile });
    // Mark the cached parse, so a read that reuses it can be told from one that parsed the file.
    const cached = loadCache<ParsedYaml>(yamlCacheFile, YAML_INPUTS);
    const key = textDigest(frontmatterOf(path));
    expect(cached.has(key)).toBe(true);
    cached.set(key, { ...cached.get(key)!, data: { ...(cached.get(key)!.data as object), title: 'Dari cache' } });
    saveCache(yamlCacheFile, YAML_INPUTS, cached);
    expect(titleOf(readEntries(dir, { yamlCacheFile }).entries, 'banjarbaru-kota-sejuta-kopi')).toBe('Dari cache');

    writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: .*$/m, 'title: Judul baru'));
    expect(titleOf(readEntries(dir, { yamlCacheFile }).entries, 'banjarbaru-kota-sejuta-kopi')).toBe('Judul baru');
  });

  test('ignores a cache written by other parsing code', () => {
    const dir = contentVariant(() => {});
    const yamlCacheFile = join(dir, '..', 'yaml.bin');
    const path = join(dir, PROGRAM);
    saveCache(yamlCacheFile, 'other code', new Map([[textDigest(frontmatterOf(path)), { data: { title: 'Basi' }, lines: new Map(), groupedNumbers: new Map() }]]));
    expect(titleOf(readEntries(dir, { yamlCacheFile }).entries, 'banjarbaru-kota-sejuta-kopi')).not.toBe('Basi');
  });
});
