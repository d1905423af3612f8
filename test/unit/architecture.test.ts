import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * The layers of src/, lowest first: a module may import from its own area and from areas of a lower
 * layer, never from a higher one. The README's folder layout tells the same story.
 */
const LAYERS: string[][] = [
  ['schemas', 'consts.ts', 'types'],
  ['lib/format', 'lib/urls.ts', 'lib/cache', 'lib/map', 'markdown'],
  ['lib/read', 'lib/profile'],
  ['lib/check'],
  ['lib/catalog', 'lib/author', 'lib/import'],
  ['lib/adoption', 'lib/search'],
  ['lib/publish', 'scripts'],
  ['lib/views'],
  ['components', 'loaders', 'integrations', 'content.config.ts'],
  ['layouts'],
  ['pages'],
];

const SRC = 'src';
const IMPORT = /^\s*(?:import|export)\s+(type\s+)?[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/gm;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|astro)$/.test(name) ? [path] : [];
  });
}

/** The area a file belongs to: its folder under lib/, else its folder (or file) under src/. */
function areaOf(file: string): string {
  const parts = relative(SRC, file).split('/');
  return parts[0] === 'lib' ? `lib/${parts[1]}` : parts[0]!;
}

function resolveImport(from: string, specifier: string): string | undefined {
  const base = normalize(join(dirname(from), specifier));
  return [base, `${base}.ts`, `${base}.astro`, join(base, 'index.ts')].find((path) => {
    try {
      return statSync(path).isFile();
    } catch {
      return false;
    }
  });
}

const files = filesUnder(SRC);
/** Each file's imports, and which of them stay at run time (a type-only import vanishes when compiled). */
const parsed = files.map((file) => {
  const found = [...readFileSync(file, 'utf8').matchAll(IMPORT)].flatMap((match) => {
    const target = resolveImport(file, (match[2] ?? match[3])!);
    return target ? [{ target, typeOnly: Boolean(match[1]) }] : [];
  });
  return { file, found };
});
const imports = new Map(parsed.map(({ file, found }) => [file, found.map(({ target }) => target)]));
const runtimeImports = new Map(parsed.map(({ file, found }) => [file, found.filter(({ typeOnly }) => !typeOnly).map(({ target }) => target)]));
const layerOf = new Map(LAYERS.flatMap((areas, layer) => areas.map((area) => [area, layer] as const)));

describe('the architecture of src/', () => {
  test('every area has a layer', () => {
    expect(files.map(areaOf).filter((area) => !layerOf.has(area))).toEqual([]);
  });

  test('imports point down the layers, never up', () => {
    const upward = [...imports].flatMap(([file, targets]) =>
      targets.filter((target) => layerOf.get(areaOf(target))! > layerOf.get(areaOf(file))!).map((target) => `${file} → ${target}`),
    );
    expect(upward).toEqual([]);
  });

  // A type-only import back to a lazily loaded module's importer (search-refine → search-engine) is no cycle at run time.
  test('no import cycle between files at run time', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'visiting');
      for (const target of runtimeImports.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });

  test('no loose modules at the root of lib/ but the URL helpers', () => {
    const loose = readdirSync(join(SRC, 'lib')).filter((name) => name.endsWith('.ts'));
    expect(loose).toEqual(['urls.ts']);
  });

  test('every export of a TypeScript module says what it is in a doc comment', () => {
    const undocumented = files
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => {
        const lines = readFileSync(file, 'utf8').split('\n');
        return lines.flatMap((line, index) => {
          if (!/^export (async )?(function|const|let|class|interface|type|enum)\b/.test(line)) return [];
          // Line comments between the doc comment and the export explain the code, not the export.
          let above = index - 1;
          while (above >= 0 && lines[above]!.trim().startsWith('//')) above -= 1;
          return above >= 0 && lines[above]!.trim().endsWith('*/') ? [] : [`${file}:${index + 1}`];
        });
      });
    expect(undocumented).toEqual([]);
  });
});
