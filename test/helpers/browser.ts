import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { SITE_DIST } from './build';
import { serveDist } from './serve';

/** Debian's Chromium, installed by .ci/run with apt-get: the browser people use, for measurements such as `npm run bench:search`. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's Chromium headless shell (package chromium-headless-shell), the same engine without the desktop
 * browser around it: what Playwright itself runs for headless tests. It measured a third less CPU on the
 * browser tests here, so tests use it when it is installed (.ci/run installs it) and Chromium otherwise.
 */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const TEST_BROWSER = process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : CHROMIUM);

/**
 * Whether browser tests can run. Without Chromium they are skipped locally with a reason,
 * but in CI (CI=true) a missing browser is an error, so browser tests can never silently vanish.
 */
export function browserAvailable(): boolean {
  if (existsSync(TEST_BROWSER)) return true;
  if (process.env.CI === 'true') throw new Error(`Chromium not found at ${TEST_BROWSER}; CI must install it (apt-get install -y chromium chromium-headless-shell).`);
  console.warn(`Browser tests skipped: Chromium not found at ${TEST_BROWSER}. Install it with "apt-get install -y chromium chromium-headless-shell".`);
  return false;
}

/** How Tiru starts Chromium: headless, without the sandbox and network features this machine blocks. */
const LAUNCH_OPTIONS = {
  headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

/** Starts a headless browser (the tests' one unless told) in this process. */
export function launchBrowser(executablePath = TEST_BROWSER): Promise<Browser> {
  return chromium.launch({ ...LAUNCH_OPTIONS, executablePath });
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where test files connect to the one browser the global setup started. */
    browserEndpoint: string;
  }
}

/**
 * Starts the test browser for the whole run (the global setup calls it and provides its endpoint): one
 * start instead of one per test file, each of which cost about a core-second and a half here.
 */
export function startSharedBrowser(): Promise<BrowserServer> {
  return chromium.launchServer({ ...LAUNCH_OPTIONS, executablePath: TEST_BROWSER });
}

/** Connects to the browser the global setup started; closing the connection leaves the browser running. */
export function connectSharedBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'));
}

/** The browser's default window, to which every visit returns unless told otherwise. */
export const DESKTOP = { width: 1280, height: 720 } as const;

/** What a session's page requested and logged since its last visit. */
export interface PageLog {
  requests: string[];
  errors: string[];
}

/** A served site, Chromium, and the one page that a test file's tests take turns on. */
export interface BrowserSession {
  browser(): Browser;
  url(): string;
  page(): Page;
  log: PageLog;
}

/**
 * Serves the built site and connects to the shared Chromium for the enclosing describe block; closes both afterwards.
 * Tests share one page: every new page starts a renderer process, which measured about a core-second
 * here, five times the cost of loading a Tiru page in a page that already exists.
 */
export function useBrowserOnSite(): BrowserSession {
  let browser: Browser | undefined;
  let page: Page | undefined;
  let site: Awaited<ReturnType<typeof serveDist>> | undefined;
  const log: PageLog = { requests: [], errors: [] };
  beforeAll(async () => {
    site = await serveDist(SITE_DIST);
    browser = await connectSharedBrowser();
    page = await browser.newPage({ viewport: DESKTOP });
    page.on('request', (request) => log.requests.push(request.url()));
    page.on('console', (message) => message.type() === 'error' && log.errors.push(message.text()));
    page.on('pageerror', (error) => log.errors.push(error.message));
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return { browser: () => browser!, url: () => site!.url, page: () => page!, log };
}

/** Loads a site path in the session's page at the given window size and waits for the load event; the log starts afresh. */
export async function visit(session: BrowserSession, path: string, viewport: { width: number; height: number } = DESKTOP): Promise<Page> {
  const page = session.page();
  await page.setViewportSize(viewport);
  session.log.requests = [];
  session.log.errors = [];
  await page.goto(`${session.url()}${path}`, { waitUntil: 'load' });
  return page;
}

/**
 * Visits a site path and waits until it is complete: pages other than search load nothing after the
 * load event, so waiting for the network to go quiet (half a second of idle per page) would only add
 * time; search fetches its index and facets after load, and is complete once results show and those
 * have arrived.
 */
export async function openPage(session: BrowserSession, path: string): Promise<Page> {
  const page = await visit(session, path);
  if (path.startsWith('/cari/')) {
    await page.locator('#search-results li').first().waitFor();
    await page.waitForLoadState('networkidle');
  }
  return page;
}
