// `npm run bench [-- --sizes 1000,5000,10000 --formats mdx,md --seed 42 --skip-variants --regencies N --districts N --queries N --keep --rebuild]`: builds synthetic catalogs and the plain-Astro
// floor, prints the figures and writes them to BENCHMARKS.md. Content is generated outside content/.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { FLOOR_TOLERANCE, repeatUntilTwoAgree, writeFloorProject } from './bench/floor';
import { timeSimilarPrograms } from './bench/similar';
import { copyProject } from './project-copy';
import { benchmarkQueries, editProgramSummary, generateContent } from './bench/generate';
import { coldQueryBytes, folderSize, measureSearch, median, type SearchFigures } from './bench/measure-search';
import { indexSite } from '../src/lib/search/index-site';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: process.env.BENCH_SIZES ?? '1000,5000' },
    formats: { type: 'string', default: 'mdx,md' },
    seed: { type: 'string', default: '42' },
    out: { type: 'string', default: 'BENCHMARKS.md' },
    // Leaves out the four .md/.mdx builds with and without transforms (the test's smoke run does).
    'skip-variants': { type: 'boolean', default: false },
    // Fewer kota/kabupaten than the registry's 514 (the test's smoke run).
    regencies: { type: 'string' },
    // Fewer kecamatan than a national catalog's proportion (the test's smoke run).
    districts: { type: 'string' },
    // How many of the 50 benchmark queries to measure cold (the test's smoke run takes 20).
    queries: { type: 'string' },
    // Keeps each size's generated content and built site in the work folder, to look at (the test reads its list pages).
    keep: { type: 'boolean', default: false },
    // After each cold build, changes one program and builds again with the caches the first build left.
    rebuild: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes!.split(',').map(Number);
const formats = values.formats!.split(',').map((format): 'md' | 'mdx' => {
  if (format !== 'md' && format !== 'mdx') throw new Error(`--formats takes md and/or mdx, not "${format}"`);
  return format;
});
const seed = Number(values.seed);
const work = resolve('node_modules/.cache/tiru-bench');
rmSync(work, { recursive: true, force: true });

interface Build {
  totalMs: number;
  /** CPU time of the build process (Pagefind's binary not included). */
  cpuMs: number;
  pagefindMs: number;
  pages: number;
  maxRssMb: number;
  /** Pages copied from the incremental-build cache instead of rendered. */
  restored: number;
  /** Seconds between the log lines that open and close each step of the build. */
  steps: { contentSync: number; bundling: number; generating: number };
}

/** Seconds from the first log line matching `from` to the first after it matching `to` (Astro logs whole seconds). */
function stepSeconds(output: string, from: RegExp, to: RegExp): number {
  const lines = output.split('\n');
  const at = (pattern: RegExp, after = 0) => lines.findIndex((line, i) => i >= after && pattern.test(line));
  const clock = (index: number) => {
    const [h, m, sec] = (/^(\d\d):(\d\d):(\d\d) /.exec(lines[index] ?? '') ?? []).slice(1).map(Number);
    return h === undefined ? NaN : h * 3600 + m! * 60 + sec!;
  };
  const start = at(from);
  return start < 0 ? NaN : (clock(at(to, start)) - clock(start) + 86400) % 86400;
}

/** One `astro build` in its own process, with its wall time, Pagefind's share and peak memory. */
function build(root: string, env: Record<string, string>): Build {
  const run = spawnSync('tsx', [resolve('scripts/bench/build-once.ts')], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    // Node's default heap (4.5 GB here) is too small past 10,000 programs; 8 GB is the national-size target's ceiling.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', NODE_OPTIONS: '--max-old-space-size=8192', ...env },
  });
  const output = `${run.stdout}\n${run.stderr}`;
  if (run.status !== 0) throw new Error(`build failed:\n${output.slice(-4000)}`);
  const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { ms: number; cpuMs: number; maxRssKb: number };
  const pagefindMs = Number(/\[tiru-pagefind\] indexed \d+ pages.* in (\d+) ms/.exec(output)?.[1] ?? 0);
  const pages = Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? 0);
  return {
    totalMs: result.ms,
    cpuMs: result.cpuMs,
    pagefindMs,
    pages,
    maxRssMb: Math.round(result.maxRssKb / 1024),
    restored: output.match(/ \((?:restored|cached)\)$/gm)?.length ?? 0,
    steps: {
      contentSync: stepSeconds(output, /\[content\] Syncing content/, /\[content\] Synced content/),
      bundling: stepSeconds(output, /Building static entrypoints/, /\[vite\] ✓ built in/),
      generating: stepSeconds(output, /Rearranging server assets/, /^\d\d:\d\d:\d\d ✓ Completed in/),
    },
  };
}

/** A plain Pagefind index of the floor's pages, as `pagefind --site dist` would make it. */
async function plainIndex(dist: string): Promise<number> {
  const started = performance.now();
  const { index } = await pagefind.createIndex({ forceLanguage: 'id' });
  await index!.addDirectory({ path: dist });
  await index!.writeFiles({ outputPath: join(dist, 'pagefind') });
  await pagefind.close();
  return performance.now() - started;
}

const filesOf = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
const s = (ms: number) => (ms / 1000).toFixed(1);
const kb = (bytes: number) => (bytes / 1024).toFixed(0);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

interface Row {
  size: number;
  format: 'md' | 'mdx';
  tiru: Build;
  floor: Build & { indexMs: number };
  /** Every floor run's total time, and whether two agreed within FLOOR_TOLERANCE. */
  floorRuns: { totalMs: number[]; agreed: boolean };
  distBytes: number;
  distFiles: number;
  indexBytes: number;
  search: SearchFigures;
  /** A cold first query's bytes (gzip) for every benchmark query, on Tiru's index and on a plain one of the floor's pages. */
  coldQueries: { tiru: number[]; plain: number[] };
  rebuild?: Build | undefined;
  similar: { programs: number; medianMs: number };
}

const rows: Row[] = [];
const floorDir = join(work, 'floor');
writeFloorProject(floorDir);
// Tiru builds in a copy of this checkout, so a bench never rewrites the checkout's .astro/ under a running dev server or test.
const tiruRoot = copyProject();

const runs = formats.flatMap((format) => sizes.map((size) => ({ format, size })));
for (const { format, size } of runs) {
  console.log(`\n== ${size} programs as .${format}`);
  const content = join(work, `content-${size}-${format}`);
  const generated = await generateContent(content, { programs: size, seed, format, regencies: values.regencies ? Number(values.regencies) : undefined, districts: values.districts ? Number(values.districts) : undefined });
  console.log(`generated ${generated.programs} programs (${generated.words} words), ${generated.events} events, ${generated.regions} regions, ${generated.adoptions} adoption records`);
  const similar = timeSimilarPrograms(content);
  console.log(`program serupa: ${similar.medianMs.toFixed(0)} ms for ${similar.programs} programs, once per catalog`);
  const dist = join(work, `dist-${size}-${format}`);
  const tiruEnv = { TIRU_CONTENT_DIR: content, TIRU_OUT_DIR: dist, TIRU_CACHE_DIR: join(work, `cache-${size}-${format}`) };
  const tiru = build(tiruRoot, tiruEnv);
  console.log(`tiru: ${s(tiru.totalMs)} s (Pagefind ${s(tiru.pagefindMs)} s; CPU ${s(tiru.cpuMs)} s), ${tiru.pages} pages, peak ${tiru.maxRssMb} MB; load ${loadavg()[0]!.toFixed(1)}`);
  let rebuild: Build | undefined;
  if (values.rebuild) {
    editProgramSummary(content, format);
    rebuild = build(tiruRoot, tiruEnv);
    console.log(`rebuild after one edit: ${s(rebuild.totalMs)} s, ${rebuild.restored} of ${rebuild.pages} pages copied from the cache, peak ${rebuild.maxRssMb} MB`);
  }
  const floorDist = join(floorDir, `dist-${size}-${format}`);
  const floorCache = join(work, `floor-cache-${size}-${format}`);
  const floorRuns = await repeatUntilTwoAgree(
    async () => {
      // Every run cold, as Tiru's build is: no content-layer cache from the run before.
      for (const dir of [floorCache, join(floorDir, '.astro')]) rmSync(dir, { recursive: true, force: true });
      const floorBuild = build(floorDir, { FLOOR_PROGRAMS: join(content, 'programs'), FLOOR_OUT: floorDist, FLOOR_CACHE: floorCache });
      const indexMs = await plainIndex(floorDist);
      console.log(`floor: ${s(floorBuild.totalMs + indexMs)} s (Astro ${s(floorBuild.totalMs)} s, CPU ${s(floorBuild.cpuMs)} s + Pagefind ${s(indexMs)} s), ${floorBuild.pages} pages, peak ${floorBuild.maxRssMb} MB; load ${loadavg()[0]!.toFixed(1)}`);
      return { ...floorBuild, indexMs, totalMs: floorBuild.totalMs + indexMs };
    },
    (run) => run.totalMs,
  );
  // The floor's figures are the mean of the two runs that agree.
  const [first, second] = floorRuns.pair;
  const floor = { ...first, totalMs: (first.totalMs + second.totalMs) / 2, indexMs: (first.indexMs + second.indexMs) / 2, maxRssMb: Math.round((first.maxRssMb + second.maxRssMb) / 2) };
  console.log(`floor: ${floorRuns.runs.length} runs, ${floorRuns.agreed ? 'two within' : 'no two within'} ${FLOOR_TOLERANCE * 100} %; taken as ${s(floor.totalMs)} s, peak ${floor.maxRssMb} MB`);
  const files = filesOf(dist);
  const queries = benchmarkQueries(seed).slice(0, values.queries ? Number(values.queries) : undefined);
  const search = await measureSearch(join(dist, 'pagefind'), queries);
  // A plain Pagefind index of the same pages: what Tiru's root words and variants cost on top.
  const plainBundle = join(work, `plain-index-${size}-${format}`);
  await indexSite(dist, { addRoots: false, outputPath: plainBundle, writeVocabulary: false });
  const coldQueries = { tiru: await coldQueryBytes(join(dist, 'pagefind'), queries), plain: await coldQueryBytes(plainBundle, queries) };
  rows.push({
    similar,
    size,
    format,
    tiru,
    floor,
    floorRuns: { totalMs: floorRuns.runs.map((run) => run.totalMs), agreed: floorRuns.agreed },
    distBytes: folderSize(dist, files),
    distFiles: files.length,
    indexBytes: folderSize(dist, files.filter((f) => f.startsWith('pagefind/'))),
    search,
    coldQueries,
    rebuild,
  });
  // Large runs leave gigabytes behind; the figures are all taken by now.
  for (const dir of values.keep ? [floorDist, plainBundle] : [content, dist, floorDist, plainBundle]) rmSync(dir, { recursive: true, force: true });
}

// Plain Markdown against MDX, each with and without the wiki-link and glossary transforms.
const variantSize = sizes[0]!;
const variants: { name: string; format: 'md' | 'mdx'; transforms: boolean; build?: Build }[] = [
  { name: '.mdx, with transforms', format: 'mdx', transforms: true },
  { name: '.mdx, without transforms', format: 'mdx', transforms: false },
  { name: '.md, with transforms', format: 'md', transforms: true },
  { name: '.md, without transforms', format: 'md', transforms: false },
];
for (const format of values['skip-variants'] ? [] : (['mdx', 'md'] as const)) {
  const content = join(work, `variant-${format}`);
  await generateContent(content, { programs: variantSize, seed, format });
  for (const variant of variants.filter((v) => v.format === format)) {
    variant.build = build(tiruRoot, {
      TIRU_CONTENT_DIR: content,
      TIRU_OUT_DIR: join(work, `variant-dist-${format}-${variant.transforms}`),
      TIRU_CACHE_DIR: join(work, `variant-cache-${format}-${variant.transforms}`),
      TIRU_MARKDOWN_TRANSFORMS: variant.transforms ? 'on' : 'off',
    });
    console.log(`${variant.name}: ${s(variant.build.totalMs)} s`);
  }
}
rmSync(tiruRoot, { recursive: true, force: true });

const version = (name: string) => (JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
const table = [
  '| programs | pages | Astro (s) | Pagefind (s) | total (s) | ms/page | peak RSS (MB) | dist (MB) | files | index (MB) | cold query (KB, gzip / raw) | + facet counts (KB, gzip) | 2nd query (KB, gzip) | median query (ms) | floor (s) | floor peak RSS (MB) | ms/page to floor | peak RSS to floor |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map((r) =>
    [
      `${r.size} (.${r.format})`,
      r.tiru.pages,
      s(r.tiru.totalMs - r.tiru.pagefindMs),
      s(r.tiru.pagefindMs),
      s(r.tiru.totalMs),
      (r.tiru.totalMs / r.tiru.pages).toFixed(2),
      r.tiru.maxRssMb,
      mb(r.distBytes),
      r.distFiles,
      mb(r.indexBytes),
      `${kb(r.search.coldGzip)} / ${kb(r.search.coldRaw)}`,
      kb(r.search.facetsGzip),
      kb(r.search.secondGzip),
      r.search.medianMs.toFixed(1),
      `${s(r.floor.totalMs)} (${r.floor.pages} pages, ${(r.floor.totalMs / r.floor.pages).toFixed(2)} ms/page; runs ${r.floorRuns.totalMs.map(s).join(', ')} s, ${r.floorRuns.agreed ? 'two within' : 'no two within'} ${FLOOR_TOLERANCE * 100} %)`,
      r.floor.maxRssMb,
      // Like with like: each build's time divided by the pages it writes.
      `${(r.tiru.totalMs / r.tiru.pages / (r.floor.totalMs / r.floor.pages)).toFixed(2)}×`,
      `${(r.tiru.maxRssMb / r.floor.maxRssMb).toFixed(2)}×`,
    ].join(' | '),
  ).map((line) => `| ${line} |`),
].join('\n');
const partsTable = [
  '| programs | runtime + WASM | page metadata | index chunks | 10 result fragments | cold total |',
  '|---|---|---|---|---|---|',
  ...rows.map(({ size, format, search: { coldParts: p, coldGzip } }) => `| ${size} (.${format}) | ${kb(p.runtime)} | ${kb(p.metadata)} | ${kb(p.index)} | ${kb(p.fragments)} | ${kb(coldGzip)} |`),
].join('\n');
const queryTable = [
  '| programs | queries | cold query, median (KB, gzip) | worst | plain index of the same pages, median | worst | median to plain |',
  '|---|---|---|---|---|---|---|',
  ...rows.map(({ size, format, coldQueries: { tiru, plain } }) =>
    [`${size} (.${format})`, tiru.length, kb(median(tiru)), kb(Math.max(...tiru)), kb(median(plain)), kb(Math.max(...plain)), `${(median(tiru) / median(plain)).toFixed(2)}×`].join(' | '),
  ).map((line) => `| ${line} |`),
].join('\n');
/** The steps of a build, from its log: what a rebuild still spends where. */
const steps = (b: Build) => `${b.steps.contentSync} / ${b.steps.bundling} / ${b.steps.generating} / ${s(b.pagefindMs)}`;
const rebuildTable = [
  '| programs | cold build (s) | rebuild after one edit (s) | rebuild to cold | pages copied from the cache | peak RSS (MB) | cold: content sync / bundling / generating / search (s) | rebuild: the same (s) |',
  '|---|---|---|---|---|---|---|---|',
  ...rows.flatMap(({ size, format, tiru, rebuild }) =>
    rebuild ? [`| ${size} (.${format}) | ${s(tiru.totalMs)} | ${s(rebuild.totalMs)} | ${((rebuild.totalMs / tiru.totalMs) * 100).toFixed(0)} % | ${rebuild.restored} of ${rebuild.pages} | ${rebuild.maxRssMb} | ${steps(tiru)} | ${steps(rebuild)} |`] : [],
  ),
].join('\n');
const similarTable = [
  '| programs | "Program serupa" for every program, once per catalog (ms, median of 3) | per program (µs) |',
  '|---|---|---|',
  ...rows.map(({ size, format, similar }) => `| ${size} (.${format}) | ${similar.medianMs.toFixed(0)} | ${((similar.medianMs * 1000) / Math.max(similar.programs, 1)).toFixed(1)} |`),
].join('\n');
const variantTable = [
  `| ${variantSize} programs as | build (s) |`,
  '|---|---|',
  ...variants.map((v) => `| ${v.name} | ${v.build ? s(v.build.totalMs) : 'not run (--skip-variants)'} |`),
].join('\n');
const machine = `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 1024 ** 3).toFixed(0)} GiB memory; Node ${process.version}, astro ${version('astro')}, @astrojs/mdx ${version('@astrojs/mdx')}, pagefind ${version('pagefind')}, satteri ${version('satteri')}`;

console.log(`\n${machine}\n\n${table}\n\n${partsTable}\n\n${queryTable}\n\n${similarTable}\n\n${values.rebuild ? `${rebuildTable}\n\n` : ''}${variantTable}`);
const previous = (() => {
  try {
    return readFileSync(values.out!, 'utf8');
  } catch {
    return '';
  }
})();
const notes = /<!-- notes -->[\s\S]*$/.exec(previous)?.[0] ?? '<!-- notes -->\n';
writeFileSync(
  values.out!,
  `# Benchmarks\n\nWritten by \`npm run bench -- --sizes ${values.sizes} --formats ${values.formats}\` (seed ${seed}) on ${new Date().toISOString().slice(0, 10)}.\n\nMachine: ${machine}.\n\n## Builds and search\n\n${table}\n\nAstro time is the build minus Tiru's Pagefind step; the floor is a minimal Astro project rendering the same program bodies (same format) with an empty layout and no cross-links, plus a plain Pagefind index of its pages; it is built (cold, in the same run) until two runs agree within ${FLOOR_TOLERANCE * 100} %, and its figures are the mean of those two (every run is listed). Programs are written as \`.mdx\` or \`.md\` as the row says; events are always \`.md\`, as \`npm run new\` writes them, since they use no components. Peak RSS is the Astro build process (the Pagefind binary runs apart). Query bytes count what a browser downloads from \`/pagefind/\` for the search page until the first results show: runtime, worker, WASM, metadata, index chunks and the first 10 result fragments; the facet counts (filter chunks) load after them and are shown apart (gzip as a static host serves text; Pagefind chunks are already compressed).\n\nThe cold first query by part (KB, gzip): the runtime is fixed, the page metadata grows with the number of indexed pages, the index chunks with the number of pages containing the query word.\n\n${partsTable}\n\nThe cold first query over every benchmark query (program words, places, people, common and rare words), each on a fresh Pagefind, against a plain Pagefind index of the same built pages (no root words or variants added):\n\n${queryTable}\n\n## Program serupa\n\nThe comparison table on each program page is computed once per catalog (cross-links), scanning at most 40 programs of each urusan per program:\n\n${similarTable}\n\n${values.rebuild ? `## Rebuild after one edit\n\nWith \`--rebuild\`: after the cold build, one program's summary changes and Tiru builds again into the same folder, with the incremental-build cache and the search step's cache the first build left. Steps are read from the build's log, in whole seconds.\n\n${rebuildTable}\n\n` : ''}## Markdown and MDX, with and without Tiru's transforms\n\n${variantTable}\n\n${notes}`,
);
console.log(`\nwritten to ${values.out}`);
