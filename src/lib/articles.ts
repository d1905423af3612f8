import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceData } from '../schemas/source';
import type { Entry } from './entries';
import type { ContentProblem } from './problems';

/** Sources whose article text is not in `<contentDir>/sources/articles/`. */
export function findMissingArticles(contentDir: string, sources: readonly Entry<SourceData>[]): ContentProblem[] {
  return sources
    .filter((source) => !existsSync(join(contentDir, 'sources', 'articles', source.data.file)))
    .map((source) => ({
      file: source.filePath ?? source.id,
      field: 'file',
      message: `berkas artikel ${source.data.file} tidak ada di sources/articles/ (article file missing)`,
    }));
}
