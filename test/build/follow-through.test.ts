import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { FOLLOW_UP_LIST_SIZE } from '../../src/consts';
import { monthsBefore } from '../../src/lib/adoption/follow-through';
import { SITE_DIST } from '../helpers/build';
import { listPages, loadPage, textOf } from '../helpers/dist';
import { COMPLETE_HISTORY, fixtureSite } from '../helpers/fixture-site';

const JEPARA_VISIT = '/kegiatan/2023-02-06-studi-tiru-jepara-ke-banjarbaru/';

/** Rows of the pair table under a heading, as "program → region: status (first – latest)". */
function pairRows(path: string, sectionId: string, dist = SITE_DIST): string[] {
  const $ = loadPage(path, dist);
  return $(`section[aria-labelledby="${sectionId}"] table.adoptions tbody tr`)
    .map((_, row) => {
      const cells = $(row).find('th, td').map((__, cell) => $(cell).text().trim()).get();
      return `${cells[0]} → ${cells[2]}: ${cells[3]} (${$(row).find('time').first().attr('datetime')} – ${$(row).find('time').last().attr('datetime')})`;
    })
    .get();
}

/** The funnel table as status → count. */
function funnelCounts(dist: string): Record<string, number> {
  const $ = loadPage('/adopsi/', dist);
  return Object.fromEntries($('.funnel-table tbody tr').map((_, row) => [[$(row).find('th').text(), Number($(row).find('data').attr('value'))]]).get());
}

/** The pair table's rows over all its pages (/adopsi/, /adopsi/2/, …). */
const allPairRows = (dist = SITE_DIST) =>
  listPages(dist)
    .filter((page) => /^\/adopsi\/(\d+\/)?$/.test(page))
    .flatMap((page) => pairRows(page, 'semua-pasangan', dist));

/** adopsi.json: one record per region–program pair. */
const pairsJson = (dist = SITE_DIST) => JSON.parse(readFileSync(join(dist, 'data', 'adopsi.json'), 'utf8')) as { program: string; region: string; status: string; latest: string }[];

describe('/adopsi/ on the real content', () => {
  test("shows Jepara's six records from the 2023 visit at the statuses the article gives", () => {
    const rows = allPairRows().filter((row) => row.includes('Kabupaten Jepara'));
    expect(rows.sort()).toEqual(
      [
        'Homecare → Kabupaten Jepara: Direncanakan (2023-02-06 – 2023-02-06)',
        'Pengelolaan Pasar Kota Banjarbaru → Kabupaten Jepara: Direncanakan (2023-02-06 – 2023-02-06)',
        'Pengelolaan Sampah Kota Banjarbaru → Kabupaten Jepara: Direncanakan (2023-02-06 – 2023-02-06)',
        'Pengelolaan Wisata Air Kota Banjarbaru → Kabupaten Jepara: Dipelajari (2023-02-06 – 2023-02-06)',
        'Penataan Kota Banjarbaru → Kabupaten Jepara: Dipelajari (2023-02-06 – 2023-02-06)',
        'RT Mandiri → Kabupaten Jepara: Direncanakan (2023-02-06 – 2023-02-06)',
      ].sort(),
    );
    const page = listPages().find((path) => /^\/adopsi\/(\d+\/)?$/.test(path) && pairRows(path, 'semua-pasangan').some((row) => row.startsWith('RT Mandiri → Kabupaten Jepara')))!;
    const $ = loadPage(page);
    const row = $('section[aria-labelledby="semua-pasangan"] tbody tr').filter((_, tr) => $(tr).text().includes('RT Mandiri') && $(tr).text().includes('Kabupaten Jepara'));
    expect(row.find(`a[href="${JEPARA_VISIT}"]`).length).toBe(1);
  });

  test('counts every pair once in the funnel, chart and table alike', () => {
    const counts = funnelCounts(SITE_DIST);
    const $ = loadPage('/adopsi/');
    const total = Number($('.funnel-table tfoot data').attr('value'));
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(total);
    expect(total).toBe(allPairRows().length);
    expect(total).toBe(pairsJson().length);
    expect($('.funnel-chart desc').text()).toContain(`Direncanakan ${counts['Direncanakan']}`);
    const applied = pairsJson().filter((pair) => pair.status === 'diterapkan').length;
    expect(textOf($, 'section[aria-labelledby="corong"]')).toContain(applied ? `dihitung dari ${applied} pasangan` : 'belum bisa dihitung');
  });

  test('lists a pair for follow-up only once its last record is more than 12 months before the last content commit', () => {
    const $ = loadPage('/adopsi/');
    const asOf = $('section[aria-labelledby="tindak-lanjut"] p time').attr('datetime')!;
    expect(asOf).toBe(execFileSync('git', ['log', '-1', '--format=%cs', '--', 'content'], { encoding: 'utf8' }).trim());
    const cutoff = monthsBefore(asOf, 12);
    const pending = /Dipelajari|Direncanakan|Uji coba/;
    const latest = (row: string) => row.slice(-11, -1);
    const expected = allPairRows().filter((row) => pending.test(row.split(': ')[1]!) && latest(row) < cutoff);
    // The list shows the oldest of them, up to its limit: no pair left out is older than one shown.
    const listed = pairRows('/adopsi/', 'tindak-lanjut');
    expect(listed.length).toBe(Math.min(expected.length, FOLLOW_UP_LIST_SIZE));
    expect(expected).toEqual(expect.arrayContaining(listed));
    const newestListed = listed.map(latest).sort().at(-1)!;
    expect(expected.filter((row) => !listed.includes(row)).every((row) => latest(row) >= newestListed)).toBe(true);
  });
});

describe('a complete history (fixture site: Jepara takes Homecare from dipelajari to diterapkan)', () => {
  let fixture: string;
  beforeAll(async () => {
    fixture = await fixtureSite();
  });

  test('moves the pair to diterapkan in the funnel and gives the median time to adoption', () => {
    expect(funnelCounts(fixture)['Diterapkan']).toBe(1);
    // 2022-11-01 → 2024-03-01 is 486 days.
    expect(textOf(loadPage('/adopsi/', fixture), 'section[aria-labelledby="corong"]')).toContain('median sekitar 16 bulan, dihitung dari 1 pasangan');
  });

  test('keeps the applied pair out of the follow-up list and the others in it', () => {
    const rows = pairRows('/adopsi/', 'tindak-lanjut', fixture);
    expect(rows.some((row) => row.startsWith('Homecare'))).toBe(false);
    expect(rows.filter((row) => row.includes('Kabupaten Jepara'))).toHaveLength(5);
  });

  test('draws one timeline segment per status on the program page, with a legend and a text description', () => {
    const $ = loadPage('/program/homecare/', fixture);
    const rects = $('.adoption-timeline > svg rect');
    expect(rects.map((_, rect) => $(rect).attr('class')).get()).toEqual(COMPLETE_HISTORY.map(([status]) => `status-fill status-fill-${status}`));
    const widths = rects.map((_, rect) => Number($(rect).attr('width'))).get();
    expect(widths.every((width) => width > 0)).toBe(true);
    expect($('.adoption-timeline .map-legend li').map((_, li) => $(li).text().trim()).get()).toEqual(['Dipelajari', 'Direncanakan', 'Uji coba', 'Diterapkan']);
    expect($('.adoption-timeline desc').text()).toContain('Kabupaten Jepara: dipelajari sejak 1 November 2022, lalu direncanakan sejak 6 Februari 2023');
    expect($('.adoption-timeline > svg').attr('role')).toBe('img');
  });

  test("reports it in Jepara's study-visit report and Banjarbaru's own", () => {
    const jepara = textOf(loadPage('/wilayah/kabupaten-jepara/', fixture), '.study-report');
    expect(jepara).toContain('Studi tiru yang dilakukan: 1');
    expect(jepara).toContain('Sampai diterapkan: 1');
    expect(textOf(loadPage('/wilayah/kota-banjarbaru/', fixture), '.study-report')).toContain('Homecare oleh Kabupaten Jepara (diterapkan)');
  });

  test('publishes the pair in adopsi.json, valid against its schema, and in the CSV pair columns', () => {
    const read = (file: string) => readFileSync(join(fixture, 'data', file), 'utf8');
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    const validate = ajv.compile(JSON.parse(read('adopsi.schema.json')));
    const pairs = JSON.parse(read('adopsi.json')) as { program: string; region: string }[];
    expect(validate(pairs), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(pairs.find((p) => p.program === 'homecare' && p.region === 'kabupaten-jepara')).toEqual({
      program: 'homecare',
      origin: 'kota-banjarbaru',
      region: 'kabupaten-jepara',
      status: 'diterapkan',
      first: '2022-11-01',
      latest: '2024-03-01',
      via: '2023-02-06-studi-tiru-jepara-ke-banjarbaru',
      evidence: 'PKS uji 1/2024',
      records: 4,
    });
    expect(validate([{ ...pairs[0], status: 'selesai' }])).toBe(false);
    const homecare = read('adoptions.csv').split('\n').filter((line) => line.startsWith('homecare,kota-banjarbaru,kabupaten-jepara,'));
    expect(homecare).toHaveLength(4);
    for (const line of homecare) expect(line.endsWith(',2022-11-01,2024-03-01,diterapkan')).toBe(true);
  });
});
