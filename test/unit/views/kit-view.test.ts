import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildEventKit, buildProgramKit } from '../../../src/lib/views/kit-view';
import { fixtureCatalog } from '../../helpers/catalog';

const JEPARA_VISIT = '2023-02-06-studi-tiru-jepara-ke-banjarbaru';

describe('buildProgramKit', () => {
  test('gives the program, the guide’s own questions, the standard steps in order and a QR code to the live page', async () => {
    const kit = await buildProgramKit(await fixtureCatalog(), 'rt-mandiri', 'https://tiru.example.org');
    expect(kit.programs.map((p) => p.title)).toEqual(['RT Mandiri']);
    expect(kit.programs[0]!.questions.join(' ')).toContain('kriteria RT yang ikut');
    expect(kit.steps.map((step) => step.title)).toEqual([
      'Dasar hukum',
      'Anggaran',
      'Perangkat daerah pengampu',
      'Prosedur (SOP)',
      'Pelaksana, mitra dan masyarakat',
      'Data hasil',
      'Yang tidak berjalan',
      'Yang perlu disesuaikan',
    ]);
    expect(kit.steps.flatMap((step) => step.documents).join(' ')).toMatch(/Perbup\/Perwali.*SOP.*MoU atau PKS.*evaluasi/);
    expect(kit.qrSvg).toMatch(/^<svg role="img" aria-label="Kode QR ke https:\/\/tiru\.example\.org\/program\/rt-mandiri\/"/);
  });

  test('names only people the sources name, each once, with when they were named', async () => {
    const kit = await buildProgramKit(await fixtureCatalog(), 'rt-mandiri', 'https://tiru.example.org');
    const names = kit.people.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('Edy Supriyanta');
    expect(kit.people.find((p) => p.name === 'Edy Supriyanta')).toMatchObject({ dateLabel: '6 Februari 2023', namedAt: { href: `/kegiatan/${JEPARA_VISIT}/` } });
  });

  test('shows the sites a source names, with its number in the kit’s source list', async () => {
    const catalog = await fixtureCatalog((dir) => {
      const file = `${dir}/programs/pengelolaan-pasar-banjarbaru.mdx`;
      writeFileSync(file, readFileSync(file, 'utf8').replace('\nsources:\n', '\nsites:\n  - name: Pasar Uji\n    sources: [klikkalsel-2023-02-06]\nsources:\n'));
    });
    const kit = await buildProgramKit(catalog, 'pengelolaan-pasar-banjarbaru', 'https://tiru.example.org/');
    expect(kit.programs[0]!.sites).toEqual([{ name: 'Pasar Uji', note: undefined, sourceNumbers: [1] }]);
    expect(kit.sources[0]!.id).toBe('klikkalsel-2023-02-06');
  });

  test('has an after-visit checklist that mirrors the adoption statuses', async () => {
    const kit = await buildProgramKit(await fixtureCatalog(), 'homecare', 'https://tiru.example.org/');
    expect(kit.checklist.map((item) => item.status)).toEqual(['direncanakan', undefined, 'uji-coba', 'diterapkan']);
  });
});

describe('buildEventKit', () => {
  test('covers every program the visit discussed, with the visit’s venue', async () => {
    const kit = await buildEventKit(await fixtureCatalog(), JEPARA_VISIT, 'https://tiru.example.org/');
    expect(kit.programs).toHaveLength(6);
    expect(kit.venues.map((venue) => venue.place)).toEqual(['Aula Gawi Sabarataan, Balai Kota Banjarbaru']);
  });
});
