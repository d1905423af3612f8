import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { copyProject } from '../../scripts/project-copy';
import { buildSite, contentVariant, run, tempDist, type BuildResult } from '../helpers/build';
import { bin } from '../helpers/bin';

/** Replaces text in a content file, failing loudly if the text is not there. */
function edit(dir: string, file: string, from: RegExp, to: string) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toMatch(from);
  writeFileSync(path, text.replace(from, to));
}

// The build runs the checker's validation (unit-tested case by case in test/unit/content/ and
// test/unit/check/); one build of content broken ten ways proves the wiring: the build fails before Astro
// loads content, naming file, line and field of every problem, in the checker's words.
describe('a build of broken content', () => {
  let content: string;
  let build: BuildResult;

  beforeAll(async () => {
    content = contentVariant((dir) => {
      edit(dir, 'programs/pengelolaan-pasar-banjarbaru.mdx', /^origin: kota-banjarbaru$/m, 'origin: kota-banjarbaroe');
      writeFileSync(join(dir, 'programs/homecare.mdx'), `${readFileSync(join(dir, 'programs/homecare.mdx'), 'utf8')}\n<div>\n\nTidak ditutup.\n`);
      edit(dir, 'events/2024-01-18-rakor-camat-lurah-banjarbaru.mdx', /^title: .*$/m, 'title: Rakor: Banjir');
      // The rules an editor applies, what the reader refuses, the region tree and parser messages.
      edit(dir, 'events/2023-02-06-studi-tiru-jepara-ke-banjarbaru.mdx', /^  - kabupaten-jepara$/m, '  - kabupaten-jepara\n  - kota-banjarbaru');
      edit(dir, 'programs/rt-mandiri.mdx', /^    date: 2023-02-06$/m, '    date: 2023-02-01');
      edit(dir, 'regions/kecamatan-cempaka.yaml', /^parent: kota-banjarbaru$/m, 'parent: kecamatan-cempaka');
      appendFileSync(join(dir, 'glossary/rt.yaml'), 'term: RT lagi\n');
      appendFileSync(join(dir, 'programs/banjarbaru-kota-sejuta-kopi.md'), '\n<Kartu judul="Kopi" />\n');
      writeFileSync(join(dir, 'sources/articles/001_f81ba4fa8cc94bfd.txt'), '');
      const outside = join(mkdtempSync(join(tmpdir(), 'tiru-outside-')), 'luar.md');
      writeFileSync(outside, '---\ntitle: Luar\nsummary: Di luar repositori.\norigin: kota-banjarbaru\nsources: [klikkalsel-2023-02-06]\n---\n\nIsi.\n');
      symlinkSync(outside, join(dir, 'programs/luar.md'));
    });
    build = await buildSite(content, tempDist('broken'));
  });

  test('fails, naming the file, line and field of each problem', () => {
    expect(build.status, build.output).not.toBe(0);
    expect(build.output).toMatch(/programs\/pengelolaan-pasar-banjarbaru\.mdx:\d+ +origin/);
    expect(build.output).toContain('kota-banjarbaroe');
    expect(build.output).toContain('programs/homecare.mdx:38');
    expect(build.output).toContain('sintaks MDX');
    expect(build.output).toContain('<div>');
    expect(build.output).toContain('events/2024-01-18-rakor-camat-lurah-banjarbaru.mdx:2');
    expect(build.output).toMatch(/events\/2023-02-06-studi-tiru-jepara-ke-banjarbaru\.mdx:10 +guests\[1\]\n +tuan rumah "kota-banjarbaru" juga tercantum sebagai tamu/);
    expect(build.output).toMatch(/programs\/rt-mandiri\.mdx:12 +adoptions\[0\]\.date\n +tanggal 2023-02-01 sebelum kegiatan/);
    expect(build.output).toMatch(/regions\/kecamatan-cempaka\.yaml:3 +parent\n +wilayah ini menjadi induknya sendiri/);
    expect(build.output).toMatch(/glossary\/rt\.yaml:4 +\(YAML\)\n +sintaks YAML salah: kunci "term" ditulis dua kali/);
    expect(build.output).toMatch(/programs\/banjarbaru-kota-sejuta-kopi\.md:12 +\(isi\)\n +komponen MDX "<Kartu"/);
    expect(build.output).toMatch(/sources\/headline9-2022-02-15\.yaml:5 +file\n +berkas artikel 001_f81ba4fa8cc94bfd\.txt kosong/);
    expect(build.output).toMatch(/programs\/luar\.md:1 +\(berkas\)\n +berkas ini tautan simbolik ke \S+luar\.md, di luar repositori/);
    // The linked file is refused, not built into a page.
    expect(build.output).not.toContain('Di luar repositori.');
    // Astro's raw schema messages never reach the author: the content check stops the build first.
    expect(build.output).not.toMatch(/InvalidContentEntryDataError|:0:0/);
  });

  test('reports each problem in the same words as npm run check', () => {
    const check = spawnSync(bin('tsx'), ['scripts/check.ts', '--content-only'], { encoding: 'utf8', env: { ...process.env, TIRU_CONTENT_DIR: content } });
    expect(check.status).toBe(1);
    const errorLines = (text: string) => text.split('\n').filter((line, i, lines) => line.includes('GALAT') || lines[i - 1]?.includes('GALAT') || lines[i - 2]?.includes('GALAT'));
    const fromCheck = errorLines(check.stdout);
    expect(fromCheck.filter((line) => line.includes('GALAT'))).toHaveLength(10);
    expect(fromCheck.join('\n')).toContain('tanda kutip');
    // The build runs in a copy of the project, so the content folder's path relative to it differs.
    const withoutFolder = (text: string) => text.replaceAll(/\S*tiru-content-[^/\s]+\//g, '');
    for (const line of fromCheck) expect(withoutFolder(build.output)).toContain(withoutFolder(line));
  });

  test('npm run check, types included, shows Tiru\'s report only: no raw Astro message, no stack trace', async () => {
    // In a copy of the project, as builds run: the check's type step writes the project's .astro/ folder.
    const root = copyProject();
    for (const folder of ['scripts', 'test', '.htmlvalidate.mjs']) cpSync(folder, join(root, folder), { recursive: true });
    try {
      const check = await run(bin('tsx'), ['scripts/check.ts'], { ...process.env, TIRU_CONTENT_DIR: content, NO_COLOR: '1', FORCE_COLOR: '0' }, root);
      expect(check.status, check.output).toBe(1);
      // The type check ran and found the source clean; the content errors come from Tiru's report alone.
      expect(check.output, check.output.slice(0, 3000)).toMatch(/Result \(\d+ files\):\s*\n- 0 errors/);
      expect(check.output).toMatch(/10 galat, \d+ peringatan/);
      expect(check.output).not.toMatch(/\n\s+at |InvalidContentEntryDataError|YAMLException|\[ERROR\]|\[glob-loader\]/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
