import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fetchPage, FetchPageError } from '../../../src/lib/import/fetch-page';

const PAGE = readFileSync('test/fixtures/articles/halaman-tersimpan.html', 'utf8');
let server: Server;
let base: string;

beforeAll(async () => {
  const routes: Record<string, (response: ServerResponse) => void> = {
    '/berita': (r) => r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE),
    '/pindah': (r) => r.writeHead(301, { location: '/berita' }).end(),
    '/ke-ftp': (r) => r.writeHead(302, { location: 'ftp://127.0.0.1/berkas' }).end(),
    '/besar': (r) => r.writeHead(200, { 'content-type': 'text/html' }).end(`<p>${'a'.repeat(2_000)}</p>`),
    '/gambar': (r) => r.writeHead(200, { 'content-type': 'image/png' }).end('png'),
    '/lambat': (r) => void setTimeout(() => r.writeHead(200).end('terlambat'), 2_000),
    '/kosong': (r) => r.writeHead(200, { 'content-type': 'text/html' }).end('<html><head><title>Portal Contoh</title></head><body><nav>Beranda</nav></body></html>'),
  };
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    // Every /putar… redirects to a longer /putar…: a loop only the redirect cap ends.
    if (path.startsWith('/putar')) response.writeHead(302, { location: `/putar${path.length}` }).end();
    else if (routes[path]) routes[path](response);
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('tidak ada');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const limits = { timeoutMs: 5_000, maxBytes: 1_000_000, maxRedirects: 3 };
const failure = (promise: Promise<unknown>) => promise.then(() => 'no error', (error: Error) => (error instanceof FetchPageError ? error.message : `other: ${error.message}`));

describe('fetchPage', () => {
  test('follows a redirect and returns the final address and the page', async () => {
    const page = await fetchPage(`${base}/pindah`, limits);
    expect(page.url).toBe(`${base}/berita`);
    expect(page.body).toContain('Kabupaten Kendal Studi Tiru');
  });

  test.each([
    ['/putar', /lebih dari 3 pengalihan/],
    ['/ke-ftp', /hanya alamat http:\/\/ atau https:\/\//],
    ['/gambar', /bukan halaman web atau teks \(image\/png\)/],
    ['/tidak-ada', /server menjawab 404/],
  ])('%s fails with a message in Indonesian', async (path, message) => {
    expect(await failure(fetchPage(`${base}${path}`, limits))).toMatch(message);
  });

  test('stops reading past the size limit, and past the time limit', async () => {
    expect(await failure(fetchPage(`${base}/besar`, { ...limits, maxBytes: 1_000 }))).toMatch(/lebih dari batas 1000 bita/);
    expect(await failure(fetchPage(`${base}/lambat`, { ...limits, timeoutMs: 300 }))).toMatch(/tidak ada jawaban dalam 0.3 detik/);
  });

  test('a server that cannot be reached says so, and only http and https are fetched', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await failure(fetchPage(`http://127.0.0.1:${port}/`, limits))).toMatch(/server menolak sambungan/);
    expect(await failure(fetchPage('file:///etc/passwd', limits))).toMatch(/bukan file:\/\//);
  });
});

describe('npm run import from an address', () => {
  const run = promisify(execFile);
  const importer = (...args: string[]) => run('npx', ['tsx', 'scripts/import.ts', ...args], { encoding: 'utf8' }).then(
    ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );

  test('reads the page with Readability and takes address, publisher and date from its metadata', async () => {
    const { code, stdout } = await importer(`${base}/berita`, '--json');
    expect(code).toBe(0);
    const proposal = JSON.parse(stdout) as { source: Record<string, string>; event: Record<string, unknown> };
    expect(proposal.source).toMatchObject({ url: 'https://contohportal.example/berita/kendal-studi-tiru-malang', publisher: 'Contoh Portal Berita', published: '2024-03-15' });
    expect(proposal.event).toMatchObject({ host: '35.73', guests: ['33.24'], date: '2024-03-14' });
  }, 90_000);

  test('a page without an article body, and an English text, exit non-zero with the reason', async () => {
    const page = await importer(`${base}/kosong`);
    expect(page.code).not.toBe(0);
    expect(page.stderr).toMatch(/tidak ditemukan isi artikel/);
    const english = await importer('test/fixtures/articles/english.txt');
    expect(english.code).not.toBe(0);
    expect(english.stderr).toMatch(/bukan teks berbahasa Indonesia/);
  }, 90_000);
});
