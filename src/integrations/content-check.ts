import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/check/check-content';
import { ContentError } from '../lib/check/report';
import type { ReadResult } from '../lib/read/read-entries';
import { formatReport } from '../lib/check/report';

/**
 * Runs `npm run check`'s content validation before Astro loads any content, so a build fails on
 * exactly the problems the checker reports, in the same words, and before Astro's own raw schema
 * messages. Warnings are printed and do not stop the build. In `astro dev` errors are printed and
 * the server starts, so an author can keep editing. What parsing each entry body found is kept in
 * the cache folder, so the next build parses only the bodies that changed.
 */
export function contentCheckIntegration(contentDir: string, read: ReadResult): AstroIntegration {
  return {
    name: 'tiru-content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        // Vitest loads this config as a dev server through getViteConfig; its tests run the checker themselves.
        if (command !== 'build' && (command !== 'dev' || process.env['VITEST'])) return;
        const problems = await checkContent(contentDir, { read, bodyCacheFile: join(fileURLToPath(config.cacheDir), 'tiru-entry-bodies.bin') });
        const errors = problems.filter((problem) => problem.severity !== 'warning');
        if (errors.length > 0 && command === 'build') throw new ContentError(problems);
        if (problems.length > 0) (errors.length > 0 ? logger.error : logger.warn).call(logger, formatReport(problems));
      },
    },
  };
}
