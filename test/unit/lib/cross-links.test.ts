import { describe, expect, test } from 'vitest';
import { buildCrossLinks, type CatalogEntries } from '../../../src/lib/cross-links';
import type { EventData } from '../../../src/schemas/event';
import type { ProgramData } from '../../../src/schemas/program';
import type { RegionData } from '../../../src/schemas/region';

const ref = <C extends 'regions' | 'programs' | 'events' | 'sources'>(collection: C, id: string) => ({ id, collection });
const src = [ref('sources', 'artikel')];

const region = (id: string, name: string, parent?: string) => ({
  id,
  data: { name, level: 'kota', code: '00', aliases: [], facts: [], leaders: [], parent: parent ? ref('regions', parent) : undefined } as RegionData,
});
const EMPTY_PROFILE = { legalBasis: [], budget: [], target: [], start: [], scale: [], results: [], contact: [], documents: [] };
const program = (id: string, title: string, origin: string, extra: Partial<ProgramData> = {}) => ({
  id,
  data: { title, summary: '-', origin: ref('regions', origin), urusan: [], aliases: [], related: [], adoptions: [], profile: EMPTY_PROFILE, sources: src, ...extra } as ProgramData,
});
const event = (id: string, date: string, extra: Partial<EventData> = {}) => ({
  id,
  data: {
    title: id,
    kind: ['rakor'],
    date,
    location: ref('regions', 'kota-a'),
    host: ref('regions', 'kota-a'),
    guests: [],
    people: [],
    programs: [],
    keyPoints: [],
    sources: src,
    ...extra,
  } as EventData,
});

const entries: CatalogEntries = {
  regions: [region('prov', 'Provinsi'), region('kota-a', 'Alpha', 'prov'), region('kab-b', 'Beta', 'prov'), region('kec', 'Kecamatan', 'kota-a')],
  programs: [
    program('zeta', 'Zeta', 'kota-a', {
      related: [ref('programs', 'alpha')],
      adoptions: [
        { region: ref('regions', 'kab-b'), status: 'dipelajari', date: '2023-01-01', via: ref('events', 'visit'), sources: src },
        { region: ref('regions', 'kab-b'), status: 'diterapkan', date: '2024-01-01', sources: src },
      ],
    }),
    program('alpha', 'Alpha', 'kota-a', { partOf: ref('programs', 'zeta') }),
  ],
  events: [
    event('visit', '2023-01-01', { guests: [ref('regions', 'kab-b')], programs: [ref('programs', 'zeta')] }),
    event('later', '2024-06-01', { location: ref('regions', 'kec'), programs: [ref('programs', 'alpha')] }),
  ],
  sources: [{ id: 'artikel', data: { title: 't', publisher: 'p', date: '2023-01-01', file: 'a.txt' } }],
};

describe('buildCrossLinks', () => {
  const links = buildCrossLinks(entries);

  test('lists sub-regions by name', () => {
    expect(links.childrenOf.get('prov')).toEqual(['kota-a', 'kab-b']);
    expect(links.childrenOf.get('kota-a')).toEqual(['kec']);
  });

  test('lists programs by origin, by title', () => {
    expect(links.programsFrom.get('kota-a')).toEqual(['alpha', 'zeta']);
  });

  test('gives an adopting region its current status and history', () => {
    const [adoption] = links.adoptionsBy.get('kab-b')!;
    expect(adoption!.programId).toBe('zeta');
    expect(adoption!.adoption.current.status).toBe('diterapkan');
    expect(adoption!.adoption.history).toHaveLength(2);
  });

  test('links events to the programs they discussed, once each', () => {
    expect(links.eventsAbout.get('zeta')).toEqual(['visit']);
    expect(links.eventsAbout.get('alpha')).toEqual(['later']);
  });

  test('separates events hosted, attended and held in a region', () => {
    expect(links.eventsHostedBy.get('kota-a')).toEqual(['later', 'visit']);
    expect(links.eventsAttendedBy.get('kab-b')).toEqual(['visit']);
    expect(links.eventsHeldIn.get('kec')).toEqual(['later']);
  });

  test('makes related programs symmetric and lists parts', () => {
    expect(links.relatedTo.get('alpha')).toEqual(['zeta']);
    expect(links.relatedTo.get('zeta')).toEqual(['alpha']);
    expect(links.partsOf.get('zeta')).toEqual(['alpha']);
  });

  test('remembers which adoptions came from which event', () => {
    expect(links.adoptionsVia.get('visit')?.map((a) => a.record.status)).toEqual(['dipelajari']);
  });

  test('records every entry that cites a source, once', () => {
    expect(links.citedBy.get('artikel')).toEqual([
      { collection: 'programs', id: 'zeta' },
      { collection: 'programs', id: 'alpha' },
      { collection: 'events', id: 'visit' },
      { collection: 'events', id: 'later' },
    ]);
  });
});
