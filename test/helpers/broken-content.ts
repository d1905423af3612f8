import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content';
import type { ContentProblem } from '../../src/lib/read/problems';
import type { Registry } from '../../src/lib/check/registry';
import { contentVariant } from './build';

/** Replaces text in a content file; the test fails if the text is not there, so a case cannot pass vacuously. */
export function replace(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toMatch(from);
  writeFileSync(path, text.replace(from, to));
}

/** Checks a broken copy of the fixture content; the problems' files are relative to that copy. */
export async function checkVariant(registry: Registry, mutate: (dir: string) => void): Promise<ContentProblem[]> {
  const dir = contentVariant(mutate);
  const problems = await checkContent(dir, { registry, today: '2026-11-23' });
  return problems.map((p) => ({ ...p, file: relative(dir, join(process.cwd(), p.file)) || '.' }));
}
