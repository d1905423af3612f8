// `npm run import -- <file…|address…|-> [--publisher NAME] [--url URL] [--published YYYY-MM-DD] [--json] [--write]`:
// proposes entries from news articles (plain text, saved .html pages, http(s) addresses, or "-" for standard input) for review.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CONTENT_DIR } from '../src/lib/read/content-dir';
import { loadImportContext, rereadCatalog } from '../src/lib/import/context';
import { extractArticle } from '../src/lib/import/extract';
import type { ArticleInput, ImportProposal } from '../src/lib/import/proposal';
import { fetchPage, FetchPageError, isAddress } from '../src/lib/import/fetch-page';
import { problemWithText } from '../src/lib/import/input-check';
import { formatReview } from '../src/lib/import/review';
import { formatRegionName } from '../src/lib/format/region-name';
import { isCalendarDate } from '../src/schemas/common';

function fail(message: string): never {
  console.error(`Gagal (failed): ${message}`);
  process.exit(1);
}

const USAGE = `Pemakaian: npm run import -- <berkas…|alamat…|-> [opsi]

Membaca berita daerah (teks .txt, halaman .html tersimpan, alamat http(s), atau "-" untuk standard input)
dan mengusulkan entri untuk diperiksa: jenis acara, tanggal, tempat, tuan rumah, tamu, pejabat, program
dan adopsinya. "pasti" berarti sebuah pola kalimat cocok tanpa keraguan; "periksa" harus dicek.

Opsi:
  --published YYYY-MM-DD  tanggal terbit artikel (untuk tanggal tanpa tahun)
  --publisher NAMA        nama media penerbit
  --url ALAMAT            alamat artikel, dicatat sebagai sumber
  --json                  cetak usulan sebagai JSON
  --write                 tulis usulan ke content/ lalu jalankan pemeriksaan konten
  -h, --help              tampilkan bantuan ini

--published, --publisher dan --url berlaku untuk satu artikel saja.

Contoh:
  npm run import -- artikel.txt --published 2024-01-19
  npm run import -- a.txt b.txt c.txt
  npm run import -- https://contoh.go.id/berita/studi-tiru --json`;

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      publisher: { type: 'string' },
      url: { type: 'string' },
      published: { type: 'string' },
      json: { type: 'boolean' },
      write: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  // An unknown option or a missing value: one line, no stack trace, exit 2 as command-line tools do.
  const message = (error as Error).message;
  const option = /'([^' ]+)/.exec(message)?.[1];
  const code = (error as { code?: string }).code;
  const what =
    code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? `opsi tidak dikenal: ${option ?? message}`
    : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? `opsi ${option ?? ''} perlu nilai`.replace('  ', ' ')
    : message;
  console.error(`Gagal (failed): ${what}; lihat npm run import -- --help`);
  process.exit(2);
}
const { positionals: files, values } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!files.length) fail('sebutkan berkas artikel (.txt atau .html) atau "-" untuk teks dari standard input.\nContoh: npm run import -- artikel.txt --published 2024-01-19');
if (files.length > 1 && (values.publisher || values.url || values.published)) fail('--publisher, --url dan --published berlaku untuk satu artikel; impor beberapa artikel tanpa opsi itu, atau satu per satu');
if (files.length > 1 && files.includes('-')) fail('"-" (standard input) hanya untuk satu artikel');
if (values.published && !isCalendarDate(values.published)) fail(`--published "${values.published}" bukan tanggal YYYY-MM-DD`);

/** Reads one article file, address or standard input as the importer's input; fails with a clear message when nothing can be read. */
async function readArticle(file: string): Promise<ArticleInput> {
  let raw: string;
  let fetchedFrom: string | undefined;
  let isHtml = /\.html?$/i.test(file);
  if (isAddress(file)) {
    try {
      const page = await fetchPage(file);
      raw = page.body;
      fetchedFrom = page.url;
      isHtml = !/^text\/plain/iu.test(page.contentType);
    } catch (error) {
      if (error instanceof FetchPageError) fail(error.message);
      throw error;
    }
  } else {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file === '-' ? 0 : file);
    } catch (error) {
      fail(`tidak dapat membaca ${file}: ${(error as Error).message}`);
    }
    raw = new TextDecoder('utf-8').decode(bytes);
  }
  isHtml ||= /^\s*<(?:!doctype|html)/i.test(raw);
  const rawProblem = problemWithText(raw, { markup: isHtml });
  if (rawProblem) fail(`${file}: ${rawProblem}`);
  // The HTML reader and the checker load only when needed: each costs a few hundred milliseconds of start-up.
  const page = isHtml ? (await import('../src/lib/import/html')).articleFromHtml(raw) : undefined;
  if (page && !page.found) fail(`${file}: tidak ditemukan isi artikel di halaman ini (halaman indeks, pencarian atau kesalahan?); simpan halaman beritanya sendiri`);
  const input: ArticleInput = {
    text: page?.text ?? raw,
    title: page?.title,
    // The command line wins over the page's metadata, which wins over the dateline.
    publisher: values.publisher ?? page?.publisher,
    url: values.url ?? page?.url ?? fetchedFrom,
    published: values.published ?? page?.published,
  };
  const problem = problemWithText(input.text);
  if (problem) fail(`${file}: ${problem}`);
  return input;
}

const inputs = await Promise.all(files.map(readArticle));
const writer = values.write ? await import('../src/lib/import/write') : undefined;
const log = values.json ? console.error : console.log;
const proposals: ImportProposal[] = [];
let context = await loadImportContext(CONTENT_DIR);
// The registry is read once: rereading the catalog never changes it.
const { registry } = context.places;
const regionName = (code: string) => {
  const area = registry.get(code);
  return area ? formatRegionName(area) : code;
};
for (const [i, input] of inputs.entries()) {
  // After a write, read the catalog again: the next article may name what the last one wrote.
  if (writer && i > 0) context = rereadCatalog(context, CONTENT_DIR);
  const proposal = extractArticle(input, context);
  proposals.push(proposal);
  if (files.length > 1) log(`\n#### ${files[i]}`);
  if (!values.json) console.log(formatReview(proposal, regionName));
  if (writer) {
    let result;
    try {
      result = writer.writeProposal(proposal, context, CONTENT_DIR);
    } catch (error) {
      fail(`${files[i]}: ${(error as Error).message}`);
    }
    log(`\n== Ditulis ke ${CONTENT_DIR}`);
    for (const path of result.created) log(`  baru:   ${path}`);
    for (const path of result.edited) log(`  diubah: ${path}`);
  }
}
if (values.json) console.log(JSON.stringify(files.length > 1 ? proposals : proposals[0], null, 2));

if (writer) {
  const [{ checkContent }, { exitCodeFor, formatReport }] = await Promise.all([import('../src/lib/check/check-content'), import('../src/lib/check/report')]);
  log('\n== Pemeriksaan konten (npm run check)');
  const problems = await checkContent(CONTENT_DIR);
  log(formatReport(problems, { errorsOnly: true }));
  process.exit(exitCodeFor(problems));
}
