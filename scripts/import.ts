// `npm run import -- <file|-> [--publisher NAME] [--url URL] [--published YYYY-MM-DD] [--json] [--write]`:
// proposes entries from a news article (plain text, a saved .html page, or "-" for standard input) for review.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CONTENT_DIR } from '../src/lib/content/content-dir';
import { loadImportContext } from '../src/lib/import/context';
import { extractArticle, type ArticleInput } from '../src/lib/import/extract';
import { formatReview } from '../src/lib/import/review';
import { formatRegionName } from '../src/lib/regions';
import { isCalendarDate } from '../src/schemas/common';

function fail(message: string): never {
  console.error(`Gagal (failed): ${message}`);
  process.exit(1);
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    publisher: { type: 'string' },
    url: { type: 'string' },
    published: { type: 'string' },
    json: { type: 'boolean' },
    write: { type: 'boolean' },
  },
});
const [file] = positionals;
if (!file) fail('sebutkan berkas artikel (.txt atau .html) atau "-" untuk teks dari standard input.\nContoh: npm run import -- artikel.txt --published 2024-01-19');
if (values.published && !isCalendarDate(values.published)) fail(`--published "${values.published}" bukan tanggal YYYY-MM-DD`);

let raw: string;
try {
  raw = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (error) {
  fail(`tidak dapat membaca ${file}: ${(error as Error).message}`);
}
const isHtml = /\.html?$/i.test(file) || /^\s*<(?:!doctype|html)/i.test(raw);
// The HTML reader and the checker load only when needed: each costs a few hundred milliseconds of start-up.
const page = isHtml ? (await import('../src/lib/import/html')).articleFromHtml(raw) : undefined;
const input: ArticleInput = {
  text: page?.text ?? raw,
  title: page?.title,
  // The command line wins over the page's metadata, which wins over the dateline.
  publisher: values.publisher ?? page?.publisher,
  url: values.url ?? page?.url,
  published: values.published ?? page?.published,
};
if (!input.text.trim()) fail(`${file} tidak berisi teks artikel`);

const context = await loadImportContext(CONTENT_DIR);
const proposal = extractArticle(input, context);
const regionName = (code: string) => {
  const area = context.places.registry.get(code);
  return area ? formatRegionName(area) : code;
};

if (values.json) console.log(JSON.stringify(proposal, null, 2));
else console.log(formatReview(proposal, regionName));

if (values.write) {
  const [{ writeProposal }, { checkContent }, { exitCodeFor, formatReport }] = await Promise.all([
    import('../src/lib/import/write'),
    import('../src/lib/content/check-content'),
    import('../src/lib/content/report'),
  ]);
  let result;
  try {
    result = writeProposal(proposal, context, CONTENT_DIR);
  } catch (error) {
    fail((error as Error).message);
  }
  const log = values.json ? console.error : console.log;
  log(`\n== Ditulis ke ${CONTENT_DIR}`);
  for (const path of result.created) log(`  baru:   ${path}`);
  for (const path of result.edited) log(`  diubah: ${path}`);
  log('\n== Pemeriksaan konten (npm run check)');
  const problems = await checkContent(CONTENT_DIR);
  log(formatReport(problems, { errorsOnly: true }));
  process.exit(exitCodeFor(problems));
}
