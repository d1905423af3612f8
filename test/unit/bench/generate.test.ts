import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateContent } from '../../../scripts/bench/generate';
import { checkContent } from '../../../src/lib/check/check-content';
import { parseYaml } from '../../../src/lib/read/yaml-lines';
import { yamlPart } from '../../../src/lib/read/frontmatter';

const fresh = () => join(mkdtempSync(join(tmpdir(), 'tiru-gen-')), 'content');

/** A digest of every file in a folder, to compare two generated sets. */
function digest(dir: string): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    try {
      hash.update(file).update(readFileSync(join(dir, file)));
    } catch {
      hash.update(file);
    }
  }
  return hash.digest('hex');
}

describe('generateContent (benchmark content)', () => {
  test('is deterministic from its seed', async () => {
    const [a, b, c] = [fresh(), fresh(), fresh()];
    // A few kota/kabupaten keep it quick; the next test writes all 514.
    await generateContent(a, { programs: 12, seed: 7, regencies: 30 });
    await generateContent(b, { programs: 12, seed: 7, regencies: 30 });
    await generateContent(c, { programs: 12, seed: 8, regencies: 30 });
    expect(digest(a)).toBe(digest(b));
    expect(digest(a)).not.toBe(digest(c));
  });

  test('writes N programs of 600–900 words with 0–6 adoptions, N/2 events, 38 provinces, 514 kota/kabupaten with coordinates and kecamatan in a national catalog’s proportion', async () => {
    const dir = fresh();
    const set = await generateContent(dir, { programs: 40, seed: 1 });
    // 7,000 kecamatan for 30,000 programs: 9 for 40.
    expect(set).toMatchObject({ programs: 40, events: 20, regions: 552 + 9 });
    const programs = readdirSync(join(dir, 'programs'));
    expect(programs).toHaveLength(40);
    for (const file of programs) {
      const text = readFileSync(join(dir, 'programs', file), 'utf8');
      const data = parseYaml(yamlPart(file, text)) as { adoptions: unknown[] };
      expect(data.adoptions.length).toBeLessThanOrEqual(6);
      const words = text.slice(text.indexOf('\n---', 4) + 4).split(/\s+/).filter((w) => /^\p{L}/u.test(w)).length;
      expect(words, file).toBeGreaterThanOrEqual(550);
      expect(words, file).toBeLessThanOrEqual(950);
    }
    const regions = readdirSync(join(dir, 'regions')).map((f) => parseYaml(readFileSync(join(dir, 'regions', f), 'utf8')) as { level: string; coordinates?: unknown });
    expect(regions.filter((r) => r.level === 'provinsi')).toHaveLength(38);
    expect(regions.filter((r) => r.level !== 'provinsi' && r.coordinates)).toHaveLength(514);
    expect(regions.filter((r) => r.level === 'kecamatan')).toHaveLength(9);
  });

  test('passes the content checker, so the benchmark builds what staff would write', async () => {
    const dir = fresh();
    await generateContent(dir, { programs: 20, seed: 3, format: 'md' });
    const errors = (await checkContent(dir, { today: '2026-11-23' })).filter((p) => p.severity !== 'warning');
    expect(errors).toEqual([]);
  });
});
