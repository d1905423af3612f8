import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite, SITE_DIST, tempDist } from '../helpers/build';

const filesOf = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length)).sort();

describe('a second build of the same content', () => {
  test('is byte-identical to the first, or names every file that differs', async () => {
    const second = tempDist('rebuild');
    const result = await buildSite(resolve('content'), second);
    expect(result.status, result.output).toBe(0);
    const first = filesOf(SITE_DIST);
    expect(filesOf(second)).toEqual(first);
    const differing = first.filter((file) => !readFileSync(join(SITE_DIST, file)).equals(readFileSync(join(second, file))));
    expect(differing).toEqual([]);
  });
});
