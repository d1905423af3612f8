import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { describeFields } from '../../src/lib/author/field-docs';
import { COLLECTION_SCHEMAS } from '../../src/schemas';
import { SITE_DIST } from '../helpers/build';
import { loadPage, textOf } from '../helpers/dist';

describe('wiki-links in the built site', () => {
  const $ = loadPage('/program/rt-mandiri/');

  test("link to the target with its title as text, or the author's label", () => {
    expect($('.guide a[href="/wilayah/kabupaten-jepara/"]').first().text()).toBe('Kabupaten Jepara');
    expect($('.guide a[href="/kegiatan/2023-02-06-studi-tiru-jepara-ke-banjarbaru/"]').first().text()).toBe('studi tiru ke Kota Banjarbaru');
    expect($('.guide').text()).not.toContain('[[');
  });

  test('work in plain Markdown entries too', () => {
    expect(loadPage('/program/penataan-kota-banjarbaru/')('.guide a[href="/wilayah/kabupaten-jepara/"]').text()).toBe('Kabupaten Jepara');
  });
});

describe('glossary terms in the built site', () => {
  test('mark the first use in an entry body as an abbreviation linking to /glosarium/, and only the first', () => {
    const $ = loadPage('/program/rt-mandiri/');
    const rt = $('.guide a.istilah[href="/glosarium/#rt"]');
    expect(rt).toHaveLength(1);
    expect(rt.find('abbr').attr('title')).toBe('Rukun Tetangga');
    expect(rt.find('abbr').text()).toBe('RT');
    // Each term is marked once, however often the guide uses it.
    const marked = $('.guide a.istilah abbr').map((_, a) => $(a).text().toLowerCase()).get();
    expect(marked).toEqual(expect.arrayContaining(['rt', 'pokmas']));
    expect(new Set(marked).size).toBe(marked.length);
    expect(($('.guide').text().match(/\bRT\b/g) ?? []).length).toBeGreaterThan(1);
  });

  test('leave headings and links alone', () => {
    const $ = loadPage('/program/rakor-tingkat-kecamatan-banyuasin/');
    expect($('.guide h2 abbr, .guide a:not(.istilah) abbr').length).toBe(0);
  });

  test('are listed on /glosarium/ with the entries that use them', () => {
    const $ = loadPage('/glosarium/');
    const rt = $('#rt');
    expect(rt.find('dt').text()).toContain('Rukun Tetangga');
    expect(rt.find('a[href="/program/rt-mandiri/"]')).toHaveLength(1);
    const dmd = $('#dmd');
    expect(dmd.find('a[href^="/sumber/merahputihnews"]')).toHaveLength(1);
    expect($('.glossary-term').length).toBeGreaterThanOrEqual(14);
  });
});

describe('/panduan/', () => {
  const $ = loadPage('/panduan/');
  const schemas = COLLECTION_SCHEMAS;

  test.each([
    ['programs', 'isian-programs'],
    ['regions', 'isian-regions'],
    ['events', 'isian-events'],
    ['sources', 'isian-sources'],
    ['glossary', 'isian-glossary'],
  ] as const)('has a field table for %s generated from its schema', (collection, id) => {
    const rows = $(`#${id}`).parent().find('tbody tr');
    const fields = describeFields(schemas[collection]);
    expect(rows.map((_, row) => $(row).find('th code').text()).get()).toEqual(fields.map((f) => f.name));
    const first = rows.first().find('td');
    expect(first.eq(1).text()).toBe(fields[0]!.required ? 'Ya' : 'Tidak');
    expect(first.eq(2).text()).toBe(fields[0]!.description);
  });

  test('explains the commands staff use', () => {
    const text = textOf($, 'main');
    for (const command of ['npm run new', 'npm run check', 'npm start', '[[program:slug]]']) expect(text).toContain(command);
  });
});

describe('entry pages', () => {
  test('show when the entry was last updated, from git', () => {
    const $ = loadPage('/program/homecare/');
    expect($('.entry-footer time').attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect($('.entry-footer').text()).toContain('Terakhir diperbarui');
  });

  test('without a repository configured, show no edit link', () => {
    expect(readFileSync(join(SITE_DIST, 'program/homecare/index.html'), 'utf8')).not.toContain('Sunting halaman ini');
  });
});
