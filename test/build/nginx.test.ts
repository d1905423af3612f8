import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable, connectSharedBrowser } from '../helpers/browser';
import { SITE_DIST } from '../helpers/build';
import { nginxAvailable, startNginx } from '../helpers/nginx';
import { PAGE_TYPES } from '../helpers/page-types';
import { untilState } from '../helpers/wait';

describe.runIf(nginxAvailable())('the site served by nginx with deploy/nginx.conf', () => {
  let server: Awaited<ReturnType<typeof startNginx>>;
  beforeAll(async () => {
    server = await startNginx(SITE_DIST);
  });
  afterAll(() => server?.close());

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers });
  const firstFile = (folder: string, pattern: RegExp) => `/${folder}/${readdirSync(join(SITE_DIST, folder)).find((f) => pattern.test(f))}`;

  test('pages are HTML in UTF-8, revalidated on every visit, with the security headers', async () => {
    const response = await get('/program/rt-mandiri/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const policy = response.headers.get('content-security-policy')!;
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  test('hashed assets and index chunks are cached for a year as immutable', async () => {
    for (const path of [firstFile('_astro', /\.css$/), firstFile('pagefind', /\.pf_meta$/)]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('public, max-age=31536000, immutable');
    }
  });

  test('serves the right types for scripts, WebAssembly and Pagefind data', async () => {
    expect((await get('/pagefind/pagefind.js')).headers.get('content-type')).toMatch(/javascript/);
    expect((await get('/pagefind/pagefind.js')).headers.get('cache-control')).toBe('public, max-age=86400');
    expect((await get('/pagefind/wasm.id.pagefind')).headers.get('content-type')).toBe('application/octet-stream');
    expect((await get(firstFile('pagefind', /\.pf_meta$/))).headers.get('content-type')).toBe('application/octet-stream');
    expect((await get('/data/programs.json')).headers.get('content-type')).toMatch(/^application\/json/);
  });

  test('compresses text when the browser accepts gzip', async () => {
    const response = await fetch(`${server.url}/program/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('vary')).toMatch(/Accept-Encoding/i);
    // fetch decodes the body itself; the same bytes, compressed, must decode to the built page.
    expect(await response.text()).toBe(readFileSync(join(SITE_DIST, 'program/index.html'), 'utf8'));
  });

  test('answers a missing page with status 404 and the site’s own 404 page', async () => {
    const response = await get('/halaman-yang-tidak-ada/');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(readFileSync(join(SITE_DIST, '404.html'), 'utf8'));
  });

  test.runIf(browserAvailable())('every page type loads in Chromium under these headers without an error, and search works', async () => {
    const browser = await connectSharedBrowser();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && !message.text().includes('404') && errors.push(message.text()));
      for (const [, path] of PAGE_TYPES.filter(([name]) => !name.startsWith('search'))) {
        const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
        expect(response?.status(), path).toBe(path.startsWith('/halaman') ? 404 : 200);
      }
      expect(errors).toEqual([]);
      await page.goto(`${server.url}/cari/?q=sampah`);
      await untilState(() => page.locator('#search-results li h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname))).toContain('/program/pengelolaan-sampah-banjarbaru/');
      await untilState(() => page.locator('#search-filters fieldset').count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  describe('wherever the project lives', () => {
    // A clone in a home folder others cannot enter, as root in a container or as its owner.
    let privateFolder: string;
    beforeAll(() => {
      privateFolder = mkdtempSync(join(tmpdir(), 'tiru-private-'));
      for (const file of ['index.html', '404.html', 'program/rt-mandiri/index.html']) cpSync(join(SITE_DIST, file), join(privateFolder, 'dist', file));
    });
    afterAll(() => rmSync(privateFolder, { recursive: true, force: true }));

    test('serves a build inside a folder only its owner can enter', async () => {
      expect(statSync(privateFolder).mode & 0o777).toBe(0o700);
      const privateServer = await startNginx(join(privateFolder, 'dist'));
      try {
        const response = await fetch(`${privateServer.url}/program/rt-mandiri/`);
        expect(response.status).toBe(200);
        expect(await response.text()).toBe(readFileSync(join(SITE_DIST, 'program/rt-mandiri/index.html'), 'utf8'));
      } finally {
        await privateServer.close();
      }
    });

    // Only root can make nginx's workers someone else: www-data, as Debian's nginx runs them in production.
    test.runIf(process.getuid?.() === 0)('says why, in nginx’s own words, when its workers cannot read the build', async () => {
      await expect(startNginx(join(privateFolder, 'dist'), { workerUser: 'www-data' })).rejects.toThrow(/cannot serve .*: "\/" answered 404[^]*\(13: Permission denied\)/);
    });
  });
});
