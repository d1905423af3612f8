import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCache, cacheInputs } from '../../../src/lib/cache/build-cache';

const cacheFile = () => join(mkdtempSync(join(tmpdir(), 'tiru-build-cache-')), 'cache.bin');
const CODE = [new URL('../../../src/lib/cache/build-cache.ts', import.meta.url)];

/** One build's use of a cache: the texts it works on, and how many it had to work out. */
function run(file: string, inputs: string, texts: string[]) {
  const cache = buildCache<number>(file, inputs);
  const results = texts.map((text) => cache.get(text, () => text.length).value);
  cache.save();
  return { results, computed: cache.computed };
}

describe('buildCache', () => {
  test('works out each text once, and in the next build only texts it has not seen', () => {
    const file = cacheFile();
    const inputs = cacheInputs({ setting: 1 }, CODE);
    expect(run(file, inputs, ['a', 'bb', 'a'])).toEqual({ results: [1, 2, 1], computed: 2 });
    expect(run(file, inputs, ['a', 'bb', 'ccc'])).toEqual({ results: [1, 2, 3], computed: 1 });
  });

  test('says which results the last build had', () => {
    const file = cacheFile();
    const inputs = cacheInputs({}, CODE);
    run(file, inputs, ['a']);
    const cache = buildCache<number>(file, inputs);
    expect([cache.get('a', () => 1).reused, cache.get('bb', () => 2).reused, cache.get('bb', () => 2).reused]).toEqual([true, false, false]);
  });

  test('keeps only what the last build used', () => {
    const file = cacheFile();
    const inputs = cacheInputs({}, CODE);
    run(file, inputs, ['a', 'bb']);
    run(file, inputs, ['bb']);
    expect(run(file, inputs, ['a']).computed).toBe(1);
  });

  test('starts empty when the settings change, or when the file is unreadable', () => {
    const file = cacheFile();
    run(file, cacheInputs({ variants: [['kalsel', 'kalimantan selatan']] }, CODE), ['a']);
    expect(run(file, cacheInputs({ variants: [['sulsel', 'sulawesi selatan']] }, CODE), ['a']).computed).toBe(1);
    writeFileSync(file, 'not a cache');
    expect(run(file, cacheInputs({}, CODE), ['a']).computed).toBe(1);
  });

  test('has inputs that follow the code doing the work', () => {
    expect(cacheInputs({}, CODE)).not.toBe(cacheInputs({}, [new URL('../../../src/lib/urls.ts', import.meta.url)]));
  });
});
