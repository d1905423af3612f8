import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogInput } from '../../read/entries';
import type { ContentProblem } from '../../read/problems';
import { problemAt } from './problem-at';

/** Articles shorter than this many bytes are read to see whether they hold more than white space. */
const SMALL = 1024;

/**
 * A source's article text must be a real, non-empty file: a symbolic link may point outside the
 * repository, and an empty text backs no fact. Sources cited by address have no text to check. A missing file is `buildCatalog`'s to report.
 */
export function articleFileProblems(contentDir: string, sources: CatalogInput['sources']): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const source of sources) {
    if (!source.data.file) continue;
    const path = join(contentDir, 'sources', 'articles', source.data.file);
    let stats;
    try {
      stats = lstatSync(path);
    } catch {
      continue;
    }
    if (stats.isSymbolicLink()) {
      problems.push(problemAt('sources', source, 'file', `berkas artikel ${source.data.file} adalah tautan simbolik; teks artikel harus berupa berkas biasa (symbolic link refused)`, 'salin teks artikelnya ke sources/articles/ sebagai berkas biasa'));
    } else if (stats.size < SMALL && readFileSync(path, 'utf8').trim() === '') {
      problems.push(problemAt('sources', source, 'file', `berkas artikel ${source.data.file} kosong (empty article text)`, 'tempelkan teks artikelnya; fakta di entri lain diperiksa terhadap teks ini'));
    }
  }
  return problems;
}
