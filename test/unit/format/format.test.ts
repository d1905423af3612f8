import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { formatTanggal, yearOf } from '../../../src/lib/format/dates';
import { formatAngka } from '../../../src/lib/format/numbers';
import { compareText } from '../../../src/lib/format/text';
import { bin } from '../../helpers/bin';

describe('formatTanggal', () => {
  test.each([
    ['2023-02-06', 'Senin, 6 Februari 2023'],
    ['2023-07-20', 'Kamis, 20 Juli 2023'],
    ['2024-01-18', 'Kamis, 18 Januari 2024'],
    ['2022-02-15', 'Selasa, 15 Februari 2022'],
  ])('writes %s as "%s"', (iso, expected) => {
    expect(formatTanggal(iso)).toBe(expected);
  });

  // Formatters are built when the module loads, so the time zone must be set before that: in a child process.
  test.each(['America/Los_Angeles', 'Pacific/Kiritimati'])('does not shift the day in the time zone %s', (timeZone) => {
    const script = "import('./src/lib/format/dates.ts').then((m) => console.log(new Date(2023, 1, 6).getTimezoneOffset(), m.formatTanggalPendek('2023-02-06')))";
    const run = spawnSync(bin('tsx'), ['-e', script], { encoding: 'utf8', env: { ...process.env, TZ: timeZone } });
    expect(run.status, run.stderr).toBe(0);
    const [offset, ...date] = run.stdout.trim().split(' ');
    expect(Number(offset), 'the child process runs in that zone').not.toBe(0);
    expect(date.join(' ')).toBe('6 Februari 2023');
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
