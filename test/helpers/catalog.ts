import { expect } from 'vitest';
import type { Catalog } from '../../src/lib/content/catalog';
import { loadContent } from '../../src/lib/content/check-content';
import { contentVariant, FIXTURE_CONTENT } from './build';

/** The fixture content's catalog, through the same validation as the build; `mutate` edits a copy first. */
export async function fixtureCatalog(mutate?: (dir: string) => void): Promise<Catalog> {
  const { catalog, problems } = await loadContent(mutate ? contentVariant(mutate) : FIXTURE_CONTENT, { today: '2026-11-23' });
  expect(problems.filter((problem) => problem.severity !== 'warning')).toEqual([]);
  return catalog;
}
