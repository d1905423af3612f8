// `npm run check`: type-checks the project, then validates all content, and reports everything in one run.
// `--content-only` skips the type check (used by tests).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../src/lib/check/check-content';
import { COLLECTION_TABLE } from '../src/schemas/collections';
import { exitCodeFor, formatReport } from '../src/lib/check/report';
import { CONTENT_DIR } from '../src/lib/read/content-dir';

/** Astro's note about each collection folder of the empty content set. */
const EMPTY_FOLDER = /\[glob-loader\] No files found matching/;

/**
 * Runs `astro check`. When the content has errors it checks against an empty content folder instead:
 * the types come from the schemas, not the entries, and Astro's own messages about broken entries
 * (in English, with a stack trace, sometimes at a wrong line) would only repeat Tiru's report.
 */
function checkTypes(contentHasErrors: boolean): boolean {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const scratch = contentHasErrors ? mkdtempSync(join(tmpdir(), 'tiru-check-')) : undefined;
  if (scratch) {
    for (const { folder } of Object.values(COLLECTION_TABLE)) mkdirSync(join(scratch, 'content', folder), { recursive: true });
    Object.assign(env, { TIRU_CONTENT_DIR: join(scratch, 'content'), TIRU_CACHE_DIR: join(scratch, 'cache') });
    console.log('(konten bermasalah, jadi tipe diperiksa tanpa konten; masalah konten dilaporkan di bawah)');
  }
  // Astro's CLI run directly: npx would cost a second, and finds no `.bin` in the tests' project copies.
  const run = spawnSync(process.execPath, [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'check'], { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  const output = `${run.stdout}${run.stderr}`;
  console.log(scratch ? output.split('\n').filter((line) => !EMPTY_FOLDER.test(line)).join('\n') : output);
  return run.status === 0;
}

const problems = await checkContent(CONTENT_DIR);
let typesOk = true;
if (!process.argv.includes('--content-only')) {
  console.log('== Pemeriksaan tipe (type check: astro check)');
  typesOk = checkTypes(exitCodeFor(problems) !== 0);
}
console.log(`== Pemeriksaan konten (content check: ${CONTENT_DIR})`);
console.log(formatReport(problems));
process.exit(typesOk ? exitCodeFor(problems) : 1);
