import { describe, expect, test } from 'vitest';
import { comparePeriods, profileDateProblems } from '../../../src/lib/check/rules/profile-dates';
import { filledParts, formatAmount, profileFacts, startDate } from '../../../src/lib/profile/profile-facts';
import { layOutSeries } from '../../../src/lib/profile/series-chart';
import { similarPrograms } from '../../../src/lib/catalog/similar-programs';
import { programSchema } from '../../../src/schemas/program';
import { isPeriod } from '../../../src/schemas/profile';

const ProgramSchema = programSchema;
const base = { title: 'Program Uji', summary: 'Ringkasan.', origin: 'kota-a', sources: ['s1'] };
const parse = (extra: object) => ProgramSchema.parse({ ...base, ...extra });
const profileOf = (profile: object) => parse({ profile }).profile;

describe('isPeriod', () => {
  test.each(['2022', '2022-03', '2024-02-29'])('accepts %s', (value) => expect(isPeriod(value)).toBe(true));
  test.each(['22', '2022-13', '2023-02-29', '2022/03', 'Maret 2022'])('rejects %s', (value) => expect(isPeriod(value)).toBe(false));
});

describe('profileFacts', () => {
  const profile = profileOf({
    legalBasis: [{ kind: 'perwali', number: '7', year: 2021, title: 'tentang Program Uji', sources: ['s1'] }, { kind: 'keputusan', sources: ['s2'] }],
    budget: [{ amount: 75000000, unit: 'per RT', year: 2022, fundingSource: 'APBD', sources: ['s1'] }],
    agency: { name: 'Dinas Uji', sources: ['s2'] },
    scale: [{ indicator: 'RT peserta', unit: 'RT', points: [{ date: 2022, value: 60, sources: ['s1'] }, { date: '2023-06', value: 1200, sources: ['s2'] }] }],
    results: [{ indicator: 'Keuntungan kelompok', value: 170000000, unit: 'rupiah', date: 2023, sources: ['s2'] }],
  });

  test('states each item in the guide’s order with its sources', () => {
    expect(profileFacts(profile).map((fact) => [fact.part, fact.label, fact.value, fact.sourceIds])).toEqual([
      ['legalBasis', 'Peraturan Wali Kota', 'Nomor 7 Tahun 2021 tentang Program Uji', ['s1']],
      ['legalBasis', 'Keputusan', 'nomor dan tahun tidak disebut sumber', ['s2']],
      ['budget', 'Tahun anggaran 2022 (APBD)', 'Rp75.000.000 per RT', ['s1']],
      ['agency', 'Perangkat daerah pengampu', 'Dinas Uji', ['s2']],
      ['scale', 'RT peserta', '60 RT (2022)', ['s1']],
      ['scale', 'RT peserta', '1.200 RT (Juni 2023)', ['s2']],
      ['results', 'Keuntungan kelompok', 'Rp170.000.000 (2023)', ['s2']],
    ]);
  });

  test('keeps the bare number and unit for open data', () => {
    expect(profileFacts(profile).find((fact) => fact.part === 'budget')?.amount).toEqual({ value: 75000000, unit: 'rupiah' });
  });

  test('knows which parts are filled', () => {
    expect([...filledParts(profile)].sort()).toEqual(['agency', 'budget', 'legalBasis', 'results', 'scale']);
    expect(filledParts(profileOf({})).size).toBe(0);
  });

  test('formats rupiah as money and other units after the number', () => {
    expect(formatAmount(2500000, 'rupiah')).toBe('Rp2.500.000');
    expect(formatAmount(80.5, 'persen')).toBe('80,5 persen');
  });
});

describe('startDate', () => {
  test('prefers the launch, then the start of work, then the trial', () => {
    const start = (kinds: string[]) => profileOf({ start: kinds.map((kind, i) => ({ kind, date: `202${i}`, sources: ['s1'] })) });
    expect(startDate(start(['uji-coba', 'peluncuran']))).toEqual({ kind: 'peluncuran', date: '2021' });
    expect(startDate(start(['uji-coba', 'mulai']))).toEqual({ kind: 'mulai', date: '2021' });
    expect(startDate(start(['uji-coba']))).toEqual({ kind: 'uji-coba', date: '2020' });
    expect(startDate(start([]))).toBeUndefined();
  });
});

describe('profile date rules', () => {
  const entry = (profile: object) => ({ id: 'p', filePath: 'programs/p.md', data: parse({ profile }) });

  test('compares dates at the precision both share', () => {
    expect(comparePeriods('2022', '2022-03')).toBe(0);
    expect(comparePeriods('2022-04', '2022-03-31')).toBeGreaterThan(0);
  });

  test('reports a trial after the launch, at the trial', () => {
    const problems = profileDateProblems(entry({ start: [{ kind: 'peluncuran', date: '2022-01', sources: ['s1'] }, { kind: 'uji-coba', date: '2022-05-01', sources: ['s1'] }] }));
    expect(problems).toEqual([expect.objectContaining({ file: 'programs/p.md', field: 'profile.start[1].date', message: expect.stringContaining('trial after launch') })]);
  });

  test('reports a series not in date order, and a repeated date', () => {
    const points = (dates: string[]) => dates.map((date, value) => ({ date, value, sources: ['s1'] }));
    const problems = profileDateProblems(entry({ scale: [{ indicator: 'RT', unit: 'RT', points: points(['2023', '2022', '2022']) }] }));
    expect(problems.map((p) => p.field)).toEqual(['profile.scale[0].points[1].date', 'profile.scale[0].points[2].date']);
    expect(problems[0]!.hint).toMatch(/urutkan/);
  });

  test('accepts a profile in order', () => {
    expect(profileDateProblems(entry({ start: [{ kind: 'uji-coba', date: '2022', sources: ['s1'] }, { kind: 'peluncuran', date: '2023', sources: ['s1'] }] }))).toEqual([]);
  });
});

describe('layOutSeries', () => {
  test('draws the largest value full height and the others in proportion, on one baseline', () => {
    const layout = layOutSeries([{ label: '2022', value: 60 }, { label: '2023', value: 120 }], 200, 100);
    const [small, large] = layout.bars;
    expect(large!.y).toBeLessThan(small!.y);
    expect(small!.y + small!.height).toBeCloseTo(layout.baseline, 0);
    expect(large!.y + large!.height).toBeCloseTo(layout.baseline, 0);
    expect(small!.height * 2).toBeCloseTo(large!.height, 0);
    expect(large!.x + large!.width).toBeLessThanOrEqual(200);
  });

  test('keeps a zero visible on the axis', () => {
    expect(layOutSeries([{ label: '2022', value: 0 }]).bars[0]!.height).toBe(1);
  });
});

describe('similarPrograms', () => {
  const program = (id: string, origin: string, urusan: string[], profile: object = {}) => ({ id, data: parse({ title: id, origin, urusan, profile }) });

  test('lists programs of the same urusan from other regions, those sharing more urusan and richer profiles first', () => {
    const programs = [
      program('a', 'kota-a', ['kesehatan', 'sosial']),
      program('b', 'kota-a', ['kesehatan']),
      program('c', 'kota-c', ['kesehatan']),
      program('d', 'kota-d', ['kesehatan'], { agency: { name: 'Dinas Kesehatan', sources: ['s1'] } }),
      program('e', 'kota-e', ['kesehatan', 'sosial']),
      program('f', 'kota-f', ['pendidikan']),
    ];
    const similar = similarPrograms(programs);
    expect(similar.get('a')).toEqual(['e', 'd', 'c']);
    expect(similar.get('c')).toEqual(['a', 'b', 'd', 'e'].sort((x, y) => (x === 'd' ? -1 : y === 'd' ? 1 : x.localeCompare(y))));
    expect(similar.has('f')).toBe(false);
  });

  test('shows at most the limit', () => {
    const programs = Array.from({ length: 20 }, (_, i) => program(`p${i}`, `kota-${i}`, ['kesehatan']));
    expect(similarPrograms(programs, 5).get('p0')).toHaveLength(5);
  });
});
