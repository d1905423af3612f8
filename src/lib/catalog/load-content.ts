import { checkEntries, type CheckOptions } from '../check/check-content';
import type { ContentProblem } from '../read/problems';
import { buildCatalog, type Catalog } from './catalog';
import { lastCommitDates } from './git-dates';

/**
 * Checks a content folder and assembles the catalog of the entries that passed, for code outside
 * Astro that reads the catalog (the importer, tests): the same problems `npm run check` reports.
 */
export async function loadContent(contentDir: string, options: CheckOptions & { commitDates?: boolean } = {}): Promise<{ catalog: Catalog; problems: ContentProblem[] }> {
  const { entries, problems } = await checkEntries(contentDir, options);
  return { catalog: buildCatalog(entries, { commitDates: options.commitDates ? lastCommitDates(contentDir) : undefined }), problems };
}
