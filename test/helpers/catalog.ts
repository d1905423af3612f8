import { expect } from 'vitest';
import type { Catalog } from '../../src/lib/catalog/catalog';
import { loadContent } from '../../src/lib/catalog/load-content';
import { contentVariant, FIXTURE_CONTENT } from './build';

/** Loads a content folder through the same validation as the build, expecting no error. */
async function validCatalog(dir: string): Promise<Catalog> {
  const { catalog, problems } = await loadContent(dir, { today: '2026-11-23' });
  expect(problems.filter((problem) => problem.severity !== 'warning')).toEqual([]);
  return catalog;
}

/** The unedited fixture is loaded once per worker: views only read a catalog. */
let pristine: Promise<Catalog> | undefined;

/** The fixture content's catalog, through the same validation as the build; `mutate` edits a copy first. */
export function fixtureCatalog(mutate?: (dir: string) => void): Promise<Catalog> {
  if (mutate) return validCatalog(contentVariant(mutate));
  return (pristine ??= validCatalog(FIXTURE_CONTENT));
}
