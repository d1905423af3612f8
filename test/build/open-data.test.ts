import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { join, parse } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ADOPTION_COLUMNS } from '../../src/lib/publish/open-data';
import { PAGE_COLLECTIONS } from '../../src/schemas/collections';
import { SITE_DIST } from '../helpers/build';
import { loadPage } from '../helpers/dist';

const read = (file: string) => readFileSync(join(SITE_DIST, 'data', file), 'utf8');
const contentSlugs = (folder: string) =>
  readdirSync(join('content', folder))
    .filter((f) => /\.(mdx?|ya?ml)$/.test(f))
    .map((f) => parse(f).name)
    .sort();

describe('open data under /data/', () => {
  test.each(PAGE_COLLECTIONS)('%s.json validates against its JSON Schema and holds every entry', (name) => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    const validate = ajv.compile(JSON.parse(read(`${name}.schema.json`)));
    const data = JSON.parse(read(`${name}.json`)) as { slug: string }[];
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(data.map((entry) => entry.slug)).toEqual(contentSlugs(name));
  });

  test('a schema rejects data that breaks it, so validation is real', () => {
    const ajv = new Ajv2020({ strict: false });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    const validate = ajv.compile(JSON.parse(read('programs.schema.json')));
    const programs = JSON.parse(read('programs.json')) as Record<string, unknown>[];
    expect(validate([{ ...programs[0], stage: 'selesai' }])).toBe(false);
    expect(validate([{ ...programs[0], origin: undefined }])).toBe(false);
  });

  test('programs.json keeps references as slugs, as authors write them', () => {
    const rt = (JSON.parse(read('programs.json')) as { slug: string; origin: string; adoptions: { region: string; via: string }[] }[]).find((p) => p.slug === 'rt-mandiri')!;
    expect(rt.origin).toBe('kota-banjarbaru');
    expect(rt.adoptions[0]).toMatchObject({ region: 'kabupaten-jepara', via: '2023-02-06-studi-tiru-jepara-ke-banjarbaru', status: 'direncanakan' });
  });

  test('adoptions.csv has one row per adoption record', () => {
    const lines = read('adoptions.csv').trim().split('\n');
    expect(lines[0]).toBe(ADOPTION_COLUMNS.join(','));
    const records = (JSON.parse(read('programs.json')) as { adoptions: unknown[] }[]).reduce((sum, p) => sum + p.adoptions.length, 0);
    expect(lines.length - 1).toBe(records);
    expect(lines).toContain(
      'rt-mandiri,kota-banjarbaru,kabupaten-jepara,direncanakan,2023-02-06,2023-02-06-studi-tiru-jepara-ke-banjarbaru,,Pemerintah Kabupaten Jepara berencana mengadopsi RT Mandiri dan akan meninjau langsung RT Mandiri.,klikkalsel-2023-02-06,2023-02-06,2023-02-06,direncanakan',
    );
  });

  test('datapackage.json lists every published data file with its schema and the CC BY 4.0 licence', () => {
    const pkg = JSON.parse(read('datapackage.json')) as { licenses: { name: string }[]; resources: { path: string; schema: unknown; licenses: { name: string }[] }[] };
    const published = readdirSync(join(SITE_DIST, 'data')).filter((f) => /\.(json|csv)$/.test(f) && !f.includes('.schema.') && f !== 'datapackage.json');
    expect(pkg.resources.map((r) => new URL(r.path).pathname.replace('/data/', '')).sort()).toEqual(published.sort());
    expect(pkg.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0']);
    for (const resource of pkg.resources) {
      expect(resource.licenses.map((l) => l.name), resource.path).toEqual(['CC-BY-4.0']);
      expect(resource.schema, resource.path).toBeTruthy();
    }
    expect(JSON.parse(read('programs.schema.json')).description).toContain('CC-BY-4.0');
  });

  test('/data/ describes each file, its fields and the license', () => {
    const $ = loadPage('/data/');
    for (const file of ['programs.json', 'regions.json', 'events.json', 'sources.json', 'adoptions.csv']) expect($(`a[href="/data/${file}"]`).length).toBe(1);
    expect($('#data-programs').parent().find('tbody tr').length).toBeGreaterThan(10);
    expect($('#lisensi').text()).toContain('Creative Commons Attribution 4.0');
    expect($('#lisensi a[rel~="license"]').attr('href')).toBe('https://creativecommons.org/licenses/by/4.0/');
  });
});
