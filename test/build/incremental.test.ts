import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyProject } from '../../scripts/project-copy';
import { buildProject, contentVariant, tempDist, type BuildResult } from '../helpers/build';
import { loadPagefind, resultUrls } from '../helpers/pagefind';

const PROGRAM = 'programs/homecare.mdx';
/** Made-up words, so every page that shows the title, and only those, contains them. */
const BEFORE = 'Homecare Ujisatu';
const AFTER = 'Homecare Ujidua';

const setTitle = (content: string, title: string) => {
  const file = join(content, PROGRAM);
  const text = readFileSync(file, 'utf8');
  expect(text).toMatch(/^title: .*$/m);
  writeFileSync(file, text.replace(/^title: .*$/m, `title: ${title}`));
};

/** Every built HTML file's text, by its path in the output folder. */
const htmlOf = (dist: string) =>
  new Map(
    readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .map((file) => [file, readFileSync(join(dist, file), 'utf8')]),
  );
const showing = (pages: Map<string, string>, text: string) => [...pages].filter(([, html]) => html.includes(text)).map(([file]) => file).sort();

// One program's title changes between two builds in the same project and cache folder, as when an
// author edits an entry and runs `npm run build` again. The title is shown on the program's own pages
// and on every page that lists or links it, so it tells whether each page's key covers what it shows.
describe('a rebuild after one edit', () => {
  const root = copyProject();
  const dist = tempDist('incremental');
  let content: string;
  let first: Map<string, string>;
  let rebuild: BuildResult;
  let second: Map<string, string>;

  beforeAll(async () => {
    content = contentVariant((dir) => setTitle(dir, BEFORE));
    const cold = await buildProject(content, dist, root);
    expect(cold.status, cold.output).toBe(0);
    first = htmlOf(dist);
    setTitle(content, AFTER);
    rebuild = await buildProject(content, dist, root);
    second = htmlOf(dist);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('renders again exactly the pages that show the edited title, and copies the others from the last build', () => {
    expect(rebuild.status, rebuild.output).toBe(0);
    const restored = [...rebuild.output.matchAll(/─ \/(\S+) \(restored\)$/gm)].map((line) => line[1]!);
    expect(restored.length).toBeGreaterThan(first.size / 2);
    expect(restored.filter((page) => showing(first, BEFORE).includes(page))).toEqual([]);
  });

  test('leaves no page with the old title, and shows the new one wherever the old one was', () => {
    expect(showing(first, BEFORE)).toContain('program/homecare/index.html');
    expect(showing(second, BEFORE)).toEqual([]);
    expect(showing(second, AFTER)).toEqual(showing(first, BEFORE));
  });

  test('gives every other page byte for byte as the first build did', () => {
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const changed = [...first].filter(([file, html]) => second.get(file) !== html).map(([file]) => file).sort();
    expect(changed).toEqual(showing(first, BEFORE));
  });

  test('parses again for search only the pages whose HTML changed, and the index finds the new title only', async () => {
    const indexed = /indexed (\d+) pages \((\d+) parsed/.exec(rebuild.output);
    expect(indexed, rebuild.output).not.toBeNull();
    const pagesShowingTitle = showing(second, AFTER).filter((file) => second.get(file)!.includes('data-pagefind-body'));
    expect(Number(indexed![2])).toBe(pagesShowingTitle.length);
    const pagefind = await loadPagefind(join(dist, 'pagefind'));
    expect(await resultUrls(pagefind, 'ujidua')).toContain('/program/homecare/');
    expect(await resultUrls(pagefind, 'ujisatu')).toEqual([]);
  });
});
