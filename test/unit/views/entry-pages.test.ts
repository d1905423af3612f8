import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { programPage, programPageKey } from '../../../src/lib/views/entry-pages';
import { programKitKey } from '../../../src/lib/views/kit-view';
import { fixtureCatalog } from '../../helpers/catalog';

const SITE = 'https://tiru.example.org';
const JEPARA_VISIT = 'events/2023-02-06-studi-tiru-jepara-ke-banjarbaru.mdx';

/** Replaces text in a content file, failing loudly if the text is not there. */
function edit(file: string, from: RegExp, to: string) {
  const text = readFileSync(file, 'utf8');
  expect(text).toMatch(from);
  writeFileSync(file, text.replace(from, to));
}

const programKey = async (catalog: Awaited<ReturnType<typeof fixtureCatalog>>, id: string) => programPageKey(catalog, catalog.programs.get(id)!, SITE);

describe('programPage and its key', () => {
  test('the page shows the program with its structured data at its full address', async () => {
    const page = await programPage(await fixtureCatalog(), 'homecare', SITE);
    expect(page.view.title).toBe('Homecare');
    expect(page.frame.jsonLd?.url).toBe('https://tiru.example.org/program/homecare/');
  });

  test('is the same for the same content, and differs between programs', async () => {
    const catalog = await fixtureCatalog();
    expect(await programKey(catalog, 'homecare')).toBe(await programKey(catalog, 'homecare'));
    expect(await programKey(catalog, 'homecare')).not.toBe(await programKey(catalog, 'rt-mandiri'));
  });

  test('changes when another entry the page shows changes: the title of a visit that discussed the program', async () => {
    const edited = await fixtureCatalog((dir) => edit(join(dir, JEPARA_VISIT), /^title: .*$/m, 'title: Kunjungan dengan judul baru'));
    expect(await programKey(edited, 'homecare')).not.toBe(await programKey(await fixtureCatalog(), 'homecare'));
  });
});

describe('programKitKey', () => {
  test('changes when the guide’s questions for visitors change, though the kit’s key never parses them', async () => {
    const edited = await fixtureCatalog((dir) => edit(join(dir, 'programs/rt-mandiri.mdx'), /## Pertanyaan untuk kunjungan\n/, '## Pertanyaan untuk kunjungan\n\n- Pertanyaan tambahan?\n'));
    const before = programKitKey(await fixtureCatalog(), 'rt-mandiri', SITE);
    expect(programKitKey(edited, 'rt-mandiri', SITE)).not.toBe(before);
    expect(programKitKey(await fixtureCatalog(), 'rt-mandiri', SITE)).toBe(before);
  });
});
