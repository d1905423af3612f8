import { parse as parseCsv } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { SITE_DIST } from '../helpers/build';
import { loadPage, textOf } from '../helpers/dist';
import { fixtureSite } from '../helpers/fixture-site';

let fixture: string;
beforeAll(async () => {
  fixture = await fixtureSite();
});

const HOMECARE = '/program/homecare/';

describe('the Profil block of a program page', () => {
  test('cites every statement with a footnote that leads to a listed source', () => {
    const $ = loadPage(HOMECARE, fixture);
    const profile = $('section.profile');
    expect(profile.find('h2').first().text()).toBe('Profil');
    const statements = profile.find('dl.profile-items dd, .series-chart td');
    expect(statements.length).toBe(5);
    statements.each((_, statement) => {
      const refs = $(statement).find('sup.source-ref a');
      expect(refs.length, $(statement).text()).toBeGreaterThan(0);
      refs.each((__, ref) => expect($(`li${$(ref).attr('href')}`).length, $(ref).attr('href')).toBe(1));
    });
    expect(textOf($, 'section.profile')).toContain('Peraturan Wali Kota');
    expect(textOf($, 'section.profile')).toContain('Nomor 99 Tahun 2020 tentang Layanan Uji');
    // The address-only source is in the numbered list like any other.
    expect(textOf($, 'section.sources')).toContain('Laporan uji daring');
  });

  test('draws each series as an accessible chart with the same numbers in a table', () => {
    const $ = loadPage(HOMECARE, fixture);
    const figure = $('section.profile figure.series-chart');
    expect(figure.length).toBe(1);
    const svg = figure.find('svg[role="img"]');
    const labelledBy = svg.attr('aria-labelledby')!.split(' ');
    expect(labelledBy.map((id) => svg.find(`#${id}`).length)).toEqual([1, 1]);
    const drawn = svg.find('text.series-value').map((_, t) => $(t).text().trim()).get();
    const tabled = figure.find('tbody td').map((_, td) => $(td).clone().find('sup').remove().end().text().trim()).get();
    expect(drawn).toEqual(['40', '120', '300']);
    expect(tabled).toEqual(['40 orang', '120 orang', '300 orang']);
    expect(figure.find('tbody th').map((_, th) => $(th).text()).get()).toEqual(['2021', 'Juni 2022', '2023']);
    // Bars grow with their values.
    const heights = svg.find('rect.series-bar').map((_, r) => Number($(r).attr('height'))).get();
    expect(heights[0]).toBeLessThan(heights[1]!);
    expect(heights[1]).toBeLessThan(heights[2]!);
  });

  test('names the parts no report fills yet', () => {
    const $ = loadPage(HOMECARE, fixture);
    expect(textOf($, '.profile-open')).toContain('anggaran');
    expect(textOf($, '.profile-open')).not.toContain('dasar hukum');
  });

  test('the agency comes from the cited profile into the fact box', () => {
    expect(textOf(loadPage(HOMECARE, fixture), '.fact-box')).toContain('Dinas Uji');
  });
});

describe('the kit of a program with a profile', () => {
  const legalQuestion = 'Peraturan apa yang menjadi dasar program ini';
  const budgetQuestion = 'Dari pos anggaran mana program dibiayai';

  test('prints the profile and asks only what it leaves open', () => {
    const $ = loadPage(`${HOMECARE}kit/`, fixture);
    expect(textOf($, '.kit-profile')).toContain('Nomor 99 Tahun 2020');
    // Footnotes aside, a series reads as its values in date order.
    $('.kit-profile sup').remove();
    expect(textOf($, '.kit-profile')).toContain('Pasien uji (orang): 40 orang (2021) → 120 orang (Juni 2022) → 300 orang (2023)');
    const steps = textOf($, '.kit-steps');
    expect(steps).not.toContain(legalQuestion);
    expect(steps).toContain(budgetQuestion);
    expect(steps).toContain('Sudah tercatat di profil Homecare');
  });

  test('a program without a profile is still asked everything', () => {
    const steps = textOf(loadPage('/program/rt-mandiri/kit/', fixture), '.kit-steps');
    expect(steps).toContain(legalQuestion);
    expect(steps).toContain(budgetQuestion);
  });
});

describe('the profile in open data and the guide', () => {
  test('profil.csv has one row per statement, numbers bare', () => {
    const rows = parseCsv(readFileSync(join(fixture, 'data/profil.csv')), { columns: true }) as Record<string, string>[];
    const homecare = rows.filter((row) => row['program'] === 'homecare');
    expect(homecare.map((row) => row['part'])).toEqual(['legalBasis', 'agency', 'scale', 'scale', 'scale']);
    expect(homecare.filter((row) => row['part'] === 'scale').map((row) => [row['amount'], row['unit'], row['date']])).toEqual([
      ['40', 'orang', '2021'],
      ['120', 'orang', '2022-06'],
      ['300', 'orang', '2023'],
    ]);
    const pkg = JSON.parse(readFileSync(join(fixture, 'data/datapackage.json'), 'utf8')) as { resources: { name: string }[] };
    expect(pkg.resources.map((r) => r.name)).toContain('profil');
  });

  test('programs.json carries the profile as written', () => {
    const programs = JSON.parse(readFileSync(join(fixture, 'data/programs.json'), 'utf8')) as { slug: string; profile: { legalBasis: { number: string; sources: string[] }[] } }[];
    expect(programs.find((p) => p.slug === 'homecare')!.profile.legalBasis).toEqual([{ kind: 'perwali', number: '99', year: 2020, title: 'tentang Layanan Uji', sources: ['laporan-uji-daring'] }]);
  });

  test('/panduan/ documents every profile field from the schema', () => {
    const text = textOf(loadPage('/panduan/', SITE_DIST), 'main');
    for (const field of ['profile.legalBasis.kind', 'profile.budget.amount', 'profile.scale.points.value', 'profile.contact.office', 'profile.documents.url']) expect(text).toContain(field);
  });

  test('a source cited by address shows when it was published and read, and no text file', () => {
    const text = textOf(loadPage('/sumber/laporan-uji-daring/', fixture), 'dl.facts');
    expect(text).toContain('Terbit');
    expect(text).toContain('2 Juni 2022');
    expect(text).toContain('Dibaca');
    expect(text).not.toContain('Berkas teks');
  });
});

describe('Program serupa di daerah lain', () => {
  test('lists the programs of the same urusan from other regions, with their facts side by side', () => {
    const $ = loadPage(HOMECARE, fixture);
    const programs = JSON.parse(readFileSync(join(fixture, 'data/programs.json'), 'utf8')) as { slug: string; title: string; origin: string; urusan: string[] }[];
    const homecare = programs.find((p) => p.slug === 'homecare')!;
    const expected = programs.filter((p) => p.origin !== homecare.origin && p.urusan.some((u) => homecare.urusan.includes(u))).map((p) => p.title);
    expect(expected.length).toBeGreaterThan(0);
    const rows = $('section[aria-labelledby="program-serupa"] tbody tr');
    expect(rows.find('th').map((_, th) => $(th).text().trim()).get().sort()).toEqual(expected.sort());
    expect($('section[aria-labelledby="program-serupa"] thead th').map((_, th) => $(th).text()).get()).toEqual(['Program', 'Wilayah', 'Mulai', 'Anggaran', 'Cakupan terakhir', 'Wilayah yang meniru']);
  });

  test('is left out where no other region has a program of the same urusan', () => {
    expect(loadPage('/program/pengelolaan-wisata-air-banjarbaru/', fixture)('#program-serupa').length).toBe(0);
  });
});
