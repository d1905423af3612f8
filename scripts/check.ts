// `npm run check`: type-checks the project, then validates all content, and reports everything in one run.
// `--content-only` skips the type check (used by tests).
import { spawnSync } from 'node:child_process';
import { checkContent } from '../src/lib/content/check-content';
import { exitCodeFor, formatReport } from '../src/lib/content/report';
import { CONTENT_DIR } from '../src/lib/content/content-dir';

let typesOk = true;
if (!process.argv.includes('--content-only')) {
  console.log('== Pemeriksaan tipe (type check: astro check)');
  const types = spawnSync('npx', ['astro', 'check'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  typesOk = types.status === 0;
}

console.log(`== Pemeriksaan konten (content check: ${CONTENT_DIR})`);
const problems = await checkContent(CONTENT_DIR);
console.log(formatReport(problems));
process.exit(typesOk ? exitCodeFor(problems) : 1);
