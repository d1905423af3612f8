import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { SITE_DIST } from './build';
import { serveDist } from './serve';

/** Debian's Chromium, installed by .ci/run with apt-get. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether browser tests can run. Without Chromium they are skipped locally with a reason,
 * but in CI (CI=true) a missing browser is an error, so browser tests can never silently vanish.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') throw new Error(`Chromium not found at ${CHROMIUM}; CI must install it (apt-get install -y chromium).`);
  console.warn(`Browser tests skipped: Chromium not found at ${CHROMIUM}. Install it with "apt-get install -y chromium".`);
  return false;
}

/** Starts headless Chromium without the network features this machine blocks. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Serves the built site and starts Chromium for the enclosing describe block; closes both afterwards. */
export function useBrowserOnSite(): { browser: () => Browser; url: () => string } {
  let browser: Browser | undefined;
  let site: Awaited<ReturnType<typeof serveDist>> | undefined;
  beforeAll(async () => {
    site = await serveDist(SITE_DIST);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return { browser: () => browser!, url: () => site!.url };
}

/** A page opened by `openPage`, with every request it made and every error it logged. */
export interface OpenedPage {
  page: Page;
  requests: string[];
  errors: string[];
}

/**
 * Opens a site path in a context of its own (axe needs one) and waits for the load event;
 * on /cari/ also until results show and the network is idle. With `record`, it lists requests and script or CSP errors.
 */
export async function openPage(session: ReturnType<typeof useBrowserOnSite>, path: string): Promise<Page>;
export async function openPage(session: ReturnType<typeof useBrowserOnSite>, path: string, options: { record: true }): Promise<OpenedPage>;
export async function openPage(session: ReturnType<typeof useBrowserOnSite>, path: string, options: { record?: boolean } = {}): Promise<Page | OpenedPage> {
  const page = await (await session.browser().newContext()).newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  // Pages other than search load nothing after the load event, so waiting for the network to go quiet
  // (half a second of idle per page, for dozens of pages) would only add time; search fetches its index
  // and facets after load, and is checked once they have arrived.
  await page.goto(`${session.url()}${path}`, { waitUntil: 'load' });
  if (path.startsWith('/cari/')) {
    await page.locator('#search-results li').first().waitFor();
    await page.waitForLoadState('networkidle');
  }
  return options.record ? { page, requests, errors } : page;
}

