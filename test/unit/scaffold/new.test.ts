import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/check/check-content';
import { parseYaml } from '../../../src/lib/read/yaml-lines';
import { yamlPart } from '../../../src/lib/read/frontmatter';
import { describeFields } from '../../../src/lib/author/field-docs';
import { createEntries, NewEntryError } from '../../../src/lib/author/new-entry';
import { renderFields } from '../../../src/lib/author/scaffold';
import { slugify } from '../../../src/lib/format/slugify';
import { COLLECTION_SCHEMAS } from '../../../src/schemas';
import { contentVariant } from '../../helpers/build';
import { bin } from '../../helpers/bin';
import { MAX_SLUG_LENGTH } from '../../../src/lib/format/slug-length';

describe('slugify', () => {
  test.each([
    ['Banjarbaru Kota Sejuta Kopi', 'banjarbaru-kota-sejuta-kopi'],
    ['12 Gerakan Bersama Masyarakat', '12-gerakan-bersama-masyarakat'],
    ['Pasar & Wisata: Air!', 'pasar-dan-wisata-air'],
    ['Kecamatan Lhoksukon (Aceh)', 'kecamatan-lhoksukon-aceh'],
    ['  Café Désa  ', 'cafe-desa'],
  ])('%s → %s', (title, slug) => expect(slugify(title)).toBe(slug));
});

describe('renderFields', () => {
  const docs = describeFields(COLLECTION_SCHEMAS.programs);

  test('fills given fields, marks missing required ones, comments optional ones with their meaning', () => {
    const text = renderFields(docs, { title: 'RT Mandiri', origin: 'kota-banjarbaru' });
    expect(text).toContain('title: RT Mandiri\n');
    expect(text).toContain('origin: kota-banjarbaru\n');
    expect(text).toMatch(/^summary: # WAJIB \(required\): Ringkasan/m);
    expect(text).toMatch(/^# stage: # Tahapan inovasi .*\[pilihan: inisiatif, uji-coba, penerapan, dihentikan\]/m);
    expect(parseYaml(text)).toMatchObject({ title: 'RT Mandiri', origin: 'kota-banjarbaru', summary: null });
  });

  test('lists every top-level field of the schema', () => {
    const text = renderFields(docs, {});
    for (const doc of docs.filter((d) => !d.name.includes('.'))) expect(text).toMatch(new RegExp(`^(# )?${doc.name}:`, 'm'));
  });
});

describe('createEntries (npm run new)', () => {
  let dir: string;
  const create = (kind: string, ...args: string[]) => createEntries(kind, args, dir);

  beforeAll(() => {
    dir = contentVariant(() => undefined);
  });

  test('creates a program from a template', async () => {
    const { created } = await create('program', 'Pasar Rakyat Sehat', '--origin', 'kota-banjarbaru', '--stage', 'penerapan', '--sources', 'klikkalsel-2023-02-06');
    const file = join(dir, 'programs/pasar-rakyat-sehat.md');
    expect(created).toEqual([relative(process.cwd(), file)]);
    const text = readFileSync(file, 'utf8');
    expect(parseYaml(yamlPart(file, text))).toMatchObject({ title: 'Pasar Rakyat Sehat', origin: 'kota-banjarbaru', stage: 'penerapan', sources: ['klikkalsel-2023-02-06'] });
    expect(text).toContain('## Cara kerja');
  });

  test('writes plain Markdown unless asked for MDX', async () => {
    await create('event', 'Rapat Uji MDX', '--date', '2023-03-02', '--mdx');
    expect(existsSync(join(dir, 'events/2023-03-02-rapat-uji-mdx.mdx'))).toBe(true);
    expect(existsSync(join(dir, 'events/2023-03-02-rapat-uji-mdx.md'))).toBe(false);
  });

  test('cuts a long title to a slug the checker accepts, between words', async () => {
    const title = 'Studi Tiru Pemerintah Kabupaten Jepara ke Kota Banjarbaru untuk Mempelajari Program RT Mandiri dan Homecare Secara Langsung';
    const { created } = await create('event', title, '--date', '2023-03-03');
    const name = created[0]!.split('/').pop()!;
    expect(name.length - '.md'.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(name).toMatch(/^2023-03-03-studi-tiru-pemerintah-kabupaten-jepara-ke-kota-banjarbaru-[a-z-]*[a-z]\.md$/);
  });

  test('refuses to overwrite an existing entry', async () => {
    const before = readFileSync(join(dir, 'programs/rt-mandiri.mdx'), 'utf8');
    await expect(create('program', 'RT Mandiri', '--origin', 'kota-banjarbaru')).rejects.toThrow(/tidak ditimpa/);
    expect(readFileSync(join(dir, 'programs/rt-mandiri.mdx'), 'utf8')).toBe(before);
  });

  test('refuses a referenced slug that does not exist, suggesting the closest one', async () => {
    await expect(create('event', 'Kunjungan Uji', '--date', '2023-03-01', '--host', 'kota-banjarbaroe')).rejects.toThrow('maksud Anda: kota-banjarbaru?');
    expect(existsSync(join(dir, 'events/2023-03-01-kunjungan-uji.mdx'))).toBe(false);
  });

  test('refuses an unknown kind or option with a message, not a stack trace', async () => {
    await expect(create('artikel', 'Uji')).rejects.toThrow(NewEntryError);
    await expect(create('program', 'Uji', '--asal', 'kota-banjarbaru')).rejects.toThrow(/Unknown option '--asal'/);
  });

  test('creates a region from its official code alone, offering missing parents', async () => {
    await create('region', '--code', '33.20.05');
    expect(readFileSync(join(dir, 'regions/kecamatan-batealit.yaml'), 'utf8')).toMatch(/name: Batealit\nlevel: kecamatan\nparent: kabupaten-jepara\ncode: 33.20.05/);

    const offered = await create('region', '--code', '35.78.01');
    expect(offered.notes.join('\n')).toContain('35 JAWA TIMUR');
    expect(offered.notes.join('\n')).toContain('--parents');
    await create('region', '--code', '35.78.02', '--parents');
    for (const file of ['provinsi-jawa-timur.yaml', 'kota-surabaya.yaml']) expect(existsSync(join(dir, 'regions', file)), file).toBe(true);
  });

  test('creates regions the checker accepts as they are', async () => {
    const problems = await checkContent(dir, { today: '2026-11-23' });
    const regionErrors = problems.filter((p) => p.file.includes('regions/') && p.severity !== 'warning' && !p.file.includes('karang-pilang'));
    expect(regionErrors).toEqual([]);
  });
});

describe('npm run new (command line)', () => {
  const run = (dir: string, ...args: string[]) => spawnSync(bin('tsx'), ['scripts/new.ts', ...args], { encoding: 'utf8', env: { ...process.env, TIRU_CONTENT_DIR: dir } });

  test('prints what it created and what to do next, or why it refused with exit code 1', () => {
    const dir = contentVariant(() => undefined);
    const created = run(dir, 'source', 'Artikel Uji');
    expect(created.status, created.stderr).toBe(0);
    expect(created.stdout).toContain('sources/artikel-uji.yaml');
    expect(created.stdout).toContain('npm run check');
    const refused = run(dir, 'source', 'Artikel Uji');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^Gagal \(failed\): .*tidak ditimpa/);
    expect(refused.stderr).not.toMatch(/\n\s+at /);
  });
});
