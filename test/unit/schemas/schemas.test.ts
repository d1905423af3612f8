import { describe, expect, test } from 'vitest';
import { isCalendarDate } from '../../../src/schemas/common';
import { eventSchema } from '../../../src/schemas/event';
import { programSchema } from '../../../src/schemas/program';
import { regionSchema } from '../../../src/schemas/region';
import { sourceSchema } from '../../../src/schemas/source';

const ProgramSchema = programSchema;
const RegionSchema = regionSchema;
const EventSchema = eventSchema;
const SourceSchema = sourceSchema;
import { URUSAN, URUSAN_GROUPS } from '../../../src/schemas/urusan';

/** Paths of the fields a schema rejects, such as `adoptions.0.date`. */
function rejectedFields(schema: { safeParse(input: unknown): { success: boolean; error?: { issues: { path: PropertyKey[] }[] } } }, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error!.issues.map((issue) => issue.path.join('.'));
}

const program = {
  title: 'RT Mandiri',
  summary: 'Program unggulan.',
  origin: 'kota-banjarbaru',
  urusan: ['pemberdayaan-masyarakat-dan-desa'],
  stage: 'penerapan',
  adoptions: [{ region: 'kabupaten-jepara', status: 'direncanakan', date: '2023-02-06', via: 'studi-tiru', sources: ['artikel'] }],
  sources: ['artikel'],
};

describe('isCalendarDate', () => {
  test.each(['2023-02-06', '2024-02-29'])('accepts %s', (date) => expect(isCalendarDate(date)).toBe(true));
  test.each(['2023-02-29', '2023-13-01', '2023-2-6', '06-02-2023', '6 Februari 2023', ''])('rejects %s', (date) =>
    expect(isCalendarDate(date)).toBe(false),
  );
});

describe('UrusanSchema', () => {
  test('holds the 32 urusan of UU 23/2014: 6 basic-service, 18 other mandatory, 8 optional', () => {
    const groups = Object.values(URUSAN).map((u) => u.group);
    expect(groups).toHaveLength(32);
    expect(Object.keys(URUSAN_GROUPS).map((g) => groups.filter((x) => x === g).length)).toEqual([6, 18, 8]);
  });
});

describe('ProgramSchema', () => {
  test('accepts a complete program and parses references and dates', () => {
    const parsed = ProgramSchema.parse(program);
    expect(parsed.origin).toEqual({ id: 'kota-banjarbaru', collection: 'regions' });
    expect(parsed.adoptions[0]!.via).toEqual({ id: 'studi-tiru', collection: 'events' });
    expect(parsed.related).toEqual([]);
  });

  test('turns an unquoted YAML date or year of the profile into text as precise as written', () => {
    const start = [
      { kind: 'peluncuran', date: new Date('2023-07-17T00:00:00Z'), sources: ['artikel'] },
      { kind: 'uji-coba', date: 2022, sources: ['artikel'] },
      { kind: 'mulai', date: '2022-03', sources: ['artikel'] },
    ];
    expect(ProgramSchema.parse({ ...program, profile: { start } }).profile.start.map((s) => s.date)).toEqual(['2023-07-17', '2022', '2022-03']);
  });

  test('gives every program an empty profile when none is written', () => {
    const { profile } = ProgramSchema.parse(program);
    expect(profile).toMatchObject({ legalBasis: [], budget: [], scale: [], results: [] });
    expect(profile.agency).toBeUndefined();
  });

  test.each([
    ['a missing summary', { summary: undefined }, 'summary'],
    ['a missing origin', { origin: undefined }, 'origin'],
    ['an urusan outside UU 23/2014', { urusan: ['olahraga-ekstrem'] }, 'urusan.0'],
    ['an unknown stage', { stage: 'selesai' }, 'stage'],
    ['no sources', { sources: [] }, 'sources'],
    ['an impossible launch date', { profile: { start: [{ kind: 'peluncuran', date: '2023-02-30', sources: ['artikel'] }] } }, 'profile.start.0.date'],
    ['a month that does not exist', { profile: { start: [{ kind: 'mulai', date: '2023-13', sources: ['artikel'] }] } }, 'profile.start.0.date'],
    ['a budget with thousands separators', { profile: { budget: [{ amount: '75.000.000', unit: 'per RT', sources: ['artikel'] }] } }, 'profile.budget.0.amount'],
    ['a budget in fractions of a rupiah', { profile: { budget: [{ amount: 75000000.5, unit: 'per RT', sources: ['artikel'] }] } }, 'profile.budget.0.amount'],
    ['a budget without a unit', { profile: { budget: [{ amount: 75000000, sources: ['artikel'] }] } }, 'profile.budget.0.unit'],
    ['a result without a unit', { profile: { results: [{ indicator: 'Keuntungan', value: 5, sources: ['artikel'] }] } }, 'profile.results.0.unit'],
    ['a legal basis without a source', { profile: { legalBasis: [{ kind: 'perwali', number: '1', year: 2021, sources: [] }] } }, 'profile.legalBasis.0.sources'],
    ['an agency without a source', { profile: { agency: { name: 'Dinas Sosial' } } }, 'profile.agency.sources'],
    ['a scale point without a source', { profile: { scale: [{ indicator: 'RT', unit: 'RT', points: [{ date: '2022', value: 60 }] }] } }, 'profile.scale.0.points.0.sources'],
    ['an unknown regulation kind', { profile: { legalBasis: [{ kind: 'perpres-daerah', sources: ['artikel'] }] } }, 'profile.legalBasis.0.kind'],
    ['an unknown profile part', { profile: { anggaran: [] } }, 'profile'],
    ['an adoption with an unknown status', { adoptions: [{ ...program.adoptions[0], status: 'diadopsi' }] }, 'adoptions.0.status'],
    ['an adoption with a malformed date', { adoptions: [{ ...program.adoptions[0], date: '6 Feb 2023' }] }, 'adoptions.0.date'],
    ['an adoption without sources', { adoptions: [{ ...program.adoptions[0], sources: [] }] }, 'adoptions.0.sources'],
  ])('rejects %s', (_, change, field) => {
    expect(rejectedFields(ProgramSchema, { ...program, ...change })).toEqual([field]);
  });
});

describe('RegionSchema', () => {
  const kota = { name: 'Banjarbaru', level: 'kota', parent: 'provinsi-kalimantan-selatan', code: '63.72' };

  test('accepts a kota with facts and leaders', () => {
    const parsed = RegionSchema.parse({
      ...kota,
      facts: [{ label: 'Penduduk', value: 837062, unit: 'jiwa', year: 2023, source: 'artikel' }],
      leaders: [{ role: 'Wali Kota', name: 'X', asOf: '2023-02-06', source: 'artikel' }],
    });
    expect(parsed.facts[0]!.source).toEqual({ id: 'artikel', collection: 'sources' });
  });

  test('accepts a province without parent', () => {
    expect(rejectedFields(RegionSchema, { name: 'Kalimantan Selatan', level: 'provinsi', code: '63' })).toEqual([]);
  });

  test.each([
    ['a kota without parent', { parent: undefined }, 'parent'],
    ['a code of the wrong level', { code: '63.72.03' }, 'code'],
    ['a malformed code', { code: '6372' }, 'code'],
    ['an unknown level', { level: 'kotamadya' }, 'level'],
    ['a fact without source', { facts: [{ label: 'Luas', value: 1 }] }, 'facts.0.source'],
    ['a leader with a bad date', { leaders: [{ role: 'Bupati', name: 'X', asOf: '2023-13-01', source: 'a' }] }, 'leaders.0.asOf'],
  ])('rejects %s', (_, change, field) => {
    expect(rejectedFields(RegionSchema, { ...kota, ...change })).toEqual([field]);
  });
});

describe('EventSchema', () => {
  const event = { title: 'Studi tiru', kind: 'studi-tiru', date: '2023-02-06', location: 'kota-banjarbaru', host: 'kota-banjarbaru', sources: ['artikel'] };

  test('accepts one kind or several, always giving a list', () => {
    expect(EventSchema.parse(event).kind).toEqual(['studi-tiru']);
    expect(EventSchema.parse({ ...event, kind: ['rakor', 'peluncuran'] }).kind).toEqual(['rakor', 'peluncuran']);
  });

  test.each([
    ['an unknown kind', { kind: 'seminar' }, 'kind'],
    ['a malformed date', { date: '2023/02/06' }, 'date'],
    ['a missing host', { host: undefined }, 'host'],
    ['a person without role', { people: [{ name: 'X' }] }, 'people.0.role'],
  ])('rejects %s', (_, change, field) => {
    expect(rejectedFields(EventSchema, { ...event, ...change })).toContain(field);
  });
});

describe('SourceSchema', () => {
  const source = { title: 'Judul', publisher: 'klikkalsel.com', date: '2023-02-06', file: '004_955b092db2c2fec9.txt' };

  test('accepts a source without url', () => {
    expect(rejectedFields(SourceSchema, source)).toEqual([]);
  });

  test.each([
    ['a url that is not one', { url: 'klikkalsel' }, 'url'],
    ['an article file outside the articles folder', { file: '../rahasia.txt' }, 'file'],
    ['an empty title', { title: '  ' }, 'title'],
  ])('rejects %s', (_, change, field) => {
    expect(rejectedFields(SourceSchema, { ...source, ...change })).toEqual([field]);
  });
});
