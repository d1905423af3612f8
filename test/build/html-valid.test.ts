import { HtmlValidate, type ConfigData } from 'html-validate';
// The same rules the html-validate command line reads.
import config from '../../.htmlvalidate.mjs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SITE_DIST } from '../helpers/build';
import { listPages } from '../helpers/dist';

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
