import { HtmlValidate, type ConfigData } from 'html-validate';
// The same rules the html-validate command line reads.
import config from '../../.htmlvalidate.mjs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { SITE_DIST } from '../helpers/build';
import { listPages } from '../helpers/dist';
import { javaAvailable, nuErrors } from '../helpers/nu-checker';

describe('every built page', () => {
  test('passes html-validate (recommended rules, see .htmlvalidate.mjs) with zero errors', async () => {
    const validator = new HtmlValidate(config as ConfigData);
    const problems: string[] = [];
    const pages = listPages();
    for (const page of pages) {
      const file = join(SITE_DIST, page.endsWith('.html') ? page : join(page, 'index.html'));
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(pages.length).toBeGreaterThan(40);
    expect(problems).toEqual([]);
  });
});

describe.runIf(javaAvailable())('the W3C Nu HTML checker', () => {
  let site: string[];
  let stray: string[];

  // One run checks the site and a page ending the way /cari/ once did (html-validate accepts it, so this
  // gate must catch it): the checker's Java start-up costs seconds.
  beforeAll(() => {
    const strayFile = join(mkdtempSync(join(tmpdir(), 'tiru-nu-')), 'stray.html');
    writeFileSync(strayFile, '<!doctype html><html lang="id"><head><title>x</title></head><body><p>x</p></body></html><script type="module" src="/x.js"></script>\n');
    const errors = nuErrors([SITE_DIST, strayFile]);
    site = errors.filter((m) => !m.url.endsWith('/stray.html')).map((m) => `${m.url.slice(m.url.indexOf('/dist/') + 5)}:${m.lastLine} ${m.message}`);
    stray = errors.filter((m) => m.url.endsWith('/stray.html')).map((m) => m.message);
  });

  test('finds no error on any built page', () => {
    expect(site).toEqual([]);
  });

  test('catches a script after </html>', () => {
    expect(stray).toContain('Stray start tag “script”.');
  });
});
