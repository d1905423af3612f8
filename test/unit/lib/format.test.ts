import { describe, expect, test } from 'vitest';
import { formatTanggal, formatTanggalPendek, yearOf } from '../../../src/lib/dates';
import { formatAngka } from '../../../src/lib/numbers';
import { compareText } from '../../../src/lib/text';

describe('formatTanggal', () => {
  test.each([
    ['2023-02-06', 'Senin, 6 Februari 2023'],
    ['2023-07-20', 'Kamis, 20 Juli 2023'],
    ['2024-01-18', 'Kamis, 18 Januari 2024'],
    ['2022-02-15', 'Selasa, 15 Februari 2022'],
  ])('writes %s as "%s"', (iso, expected) => {
    expect(formatTanggal(iso)).toBe(expected);
  });

  test('does not shift the day in time zones west of UTC', () => {
    const original = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    expect(formatTanggalPendek('2023-02-06')).toBe('6 Februari 2023');
    process.env.TZ = original;
  });

  test('yearOf reads the year', () => {
    expect(yearOf('2023-07-17')).toBe(2023);
  });
});

describe('formatAngka', () => {
  test.each([
    [837062, '837.062'],
    [12387.28, '12.387,28'],
    [21, '21'],
    ['sekitar seribu', 'sekitar seribu'],
  ])('formats %s as %s', (value, expected) => {
    expect(formatAngka(value)).toBe(expected);
  });
});

describe('compareText', () => {
  test('sorts numbers by value and ignores case', () => {
    expect(['12 Gerakan', '7 Program', 'homecare', 'Dokter'].sort(compareText)).toEqual(['7 Program', '12 Gerakan', 'Dokter', 'homecare']);
  });
});
