import { describe, expect, test } from 'vitest';
import { entryFooter, factText } from '../../../src/lib/views/common';
import { buildEventView } from '../../../src/lib/views/event-view';
import { listGlossary } from '../../../src/lib/views/glossary-view';
import { buildRegionTree, buildTimeline, countEntries, listEvents, listProgramsByOrigin } from '../../../src/lib/views/index-views';
import { buildProgramView } from '../../../src/lib/views/program-view';
import { buildRegionView } from '../../../src/lib/views/region-view';
import { buildSourceView } from '../../../src/lib/views/source-view';
import { fixtureCatalog } from '../../helpers/catalog';

const JEPARA_VISIT = '2023-02-06-studi-tiru-jepara-ke-banjarbaru';

describe('buildProgramView', () => {
  test('shows facts the sources state and leaves the rest empty', async () => {
    const view = buildProgramView(await fixtureCatalog(), 'rt-mandiri');
    const facts = Object.fromEntries(view.facts.map((fact) => [fact.label, factText(fact)]));
    expect(facts['Wilayah asal']).toBe('Kota Banjarbaru');
    // The articles do not name an initiator or agency: those facts stay empty, never guessed.
    expect(view.facts.filter((fact) => factText(fact) === undefined).map((fact) => fact.label)).toEqual(expect.arrayContaining(['Perangkat daerah pengampu', 'Inovasi digital']));
  });

  test('lists each adopting region once with its current status, the event it came through and numbered sources', async () => {
    const view = buildProgramView(await fixtureCatalog(), 'rt-mandiri');
    expect(view.adoptions.map((row) => [row.region.label, row.current.statusLabel, row.current.via?.href])).toEqual([
      ['Kabupaten Jepara', 'Direncanakan', `/kegiatan/${JEPARA_VISIT}/`],
    ]);
    expect(view.adoptions[0]!.current.sourceNumbers.every((n) => n >= 1 && n <= view.sources.length)).toBe(true);
  });

  test('links related programs in both directions', async () => {
    const catalog = await fixtureCatalog();
    const homecare = buildProgramView(catalog, 'homecare').related.map((link) => link.href);
    const rtMandiri = buildProgramView(catalog, 'rt-mandiri').related.map((link) => link.href);
    expect(homecare).toContain('/program/rt-mandiri/');
    expect(rtMandiri).toContain('/program/homecare/');
  });
});

describe('buildRegionView', () => {
  test('gives the breadcrumb up to the province and the programs the region took in', async () => {
    const view = buildRegionView(await fixtureCatalog(), 'kabupaten-jepara');
    expect(view.breadcrumb.map((link) => link.label)).toEqual(['Provinsi Jawa Tengah', 'Kabupaten Jepara']);
    expect(view.adoptions.map((row) => row.program.label).sort()).toHaveLength(6);
    expect(view.eventsAttended.map((event) => event.href)).toEqual([`/kegiatan/${JEPARA_VISIT}/`]);
  });
});

describe('buildEventView', () => {
  test('names host, guests, programs discussed and the adoptions it led to', async () => {
    const view = buildEventView(await fixtureCatalog(), JEPARA_VISIT);
    expect(view.host.label).toBe('Kota Banjarbaru');
    expect(view.guests.map((guest) => guest.label)).toEqual(['Kabupaten Jepara']);
    expect(view.adoptions.every((row) => row.region.label === 'Kabupaten Jepara')).toBe(true);
    expect(view.adoptions).toHaveLength(6);
  });
});

describe('buildSourceView', () => {
  test('groups the entries citing a source by kind, cut to the number asked for', async () => {
    const catalog = await fixtureCatalog();
    const all = buildSourceView(catalog, 'klikkalsel-2023-02-06');
    const cut = buildSourceView(catalog, 'klikkalsel-2023-02-06', 1);
    const programs = (view: typeof all) => view.citedBy.find((group) => group.label === 'Program')!;
    expect(programs(all).links.length).toBeGreaterThan(1);
    expect(programs(cut).links).toHaveLength(1);
  });
});

describe('index views', () => {
  test('group programs by origin, most programs first, cut to the limits', async () => {
    const { groups, moreRegions } = listProgramsByOrigin(await fixtureCatalog(), { regions: 1, programsPerRegion: 2 });
    expect(groups.map((group) => group.origin.label)).toEqual(['Kota Banjarbaru']);
    expect(groups[0]!.programs).toHaveLength(2);
    expect(groups[0]!.more).toBeGreaterThan(0);
    expect(moreRegions).toBe(1);
  });

  test('lay out the event timeline newest year first', async () => {
    const years = buildTimeline(listEvents(await fixtureCatalog())).map((year) => year.year);
    expect(years).toEqual([...years].sort().reverse());
  });

  test('nest regions under their provinces and count every entry', async () => {
    const catalog = await fixtureCatalog();
    expect(buildRegionTree(catalog).map((province) => province.label)).toEqual(['Provinsi Jawa Tengah', 'Provinsi Kalimantan Selatan', 'Provinsi Sumatera Selatan']);
    expect(countEntries(catalog)).toMatchObject({ programs: catalog.programs.size, events: catalog.events.size });
  });

  test('list glossary terms with the entries that use them, cut to the number asked for', async () => {
    const rows = listGlossary(await fixtureCatalog(), 1);
    const rt = rows.find((row) => row.term === 'RT')!;
    expect(rt.usedIn).toHaveLength(1);
    expect(rt.moreUses).toBeGreaterThan(0);
    expect(rt.searchHref).toContain('/cari/');
  });
});

describe('entryFooter', () => {
  test('links "Sunting halaman ini" to the entry file when a repository is configured, and not otherwise', async () => {
    const catalog = await fixtureCatalog();
    const region = catalog.regions.get('kabupaten-banyuasin')!;
    expect(entryFooter(catalog, region, { url: 'https://git.example.org/tiru', branch: 'main' }).editUrl).toBe(
      `https://git.example.org/tiru/edit/main/${region.filePath}`,
    );
    expect(entryFooter(catalog, region, { url: '', branch: 'main' }).editUrl).toBeUndefined();
  });

  test('prefers the updated field to the last commit date', async () => {
    const catalog = await fixtureCatalog();
    const program = catalog.programs.get('homecare')!;
    expect(entryFooter(catalog, { ...program, data: { ...program.data, updated: '2024-05-01' } }).updatedLabel).toBe('Rabu, 1 Mei 2024');
  });
});

describe('a date whose year the source left out', () => {
  const AIR_SALEK = '2023-07-20-rakor-ke-10-kecamatan-air-salek';

  test('says the year is inferred on the event, its source and the leaders it names', async () => {
    const catalog = await fixtureCatalog();
    expect(buildEventView(catalog, AIR_SALEK).dateLabel).toBe('Kamis, 20 Juli 2023 (tahun disimpulkan)');
    expect(buildSourceView(catalog, 'sorotkamera-2023-07-20', 5).dateLabel).toBe('Kamis, 20 Juli 2023 (tahun disimpulkan)');
    const mentions = buildRegionView(catalog, 'kabupaten-banyuasin').leaders.flatMap((leader) => leader.mentions.map((m) => m.dateLabel));
    expect(mentions).toContain('20 Juli 2023 (tahun disimpulkan)');
    // A date the article prints in full keeps its plain label.
    expect(mentions).toContain('17 Juli 2023');
  });
});
