import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/content/check-content';
import type { ReadResult } from '../lib/content/read-entries';
import { formatReport } from '../lib/content/report';

/** The build stops with this when content has errors; the report above it names every one. */
export class ContentCheckFailed extends Error {
  constructor(report: string) {
    super(`Konten tidak valid (invalid content); perbaiki lalu bangun ulang:\n\n${report}`);
    this.name = 'ContentCheckFailed';
    // Astro prints the stack of a failed hook; the report is the whole story here.
    this.stack = this.message;
  }
}

/**
 * Runs `npm run check`'s content validation before Astro loads any content, so a build fails on
 * exactly the problems the checker reports, in the same words, and before Astro's own raw schema
 * messages. In `astro dev` it reports the problems and lets the server start.
 */
export function contentCheckIntegration(contentDir: string, read: ReadResult): AstroIntegration {
  return {
    name: 'tiru-content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        // Vitest loads this config through getViteConfig; its tests run the checker themselves.
        if ((command !== 'build' && command !== 'dev') || process.env['VITEST']) return;
        const problems = await checkContent(contentDir, { read });
        const errors = problems.filter((problem) => problem.severity !== 'warning');
        if (errors.length > 0 && command === 'build') throw new ContentCheckFailed(formatReport(problems, { errorsOnly: true }));
        if (errors.length > 0) logger.error(formatReport(problems));
        else if (problems.length > 0) logger.warn(`${problems.length} peringatan konten (content warnings); rinciannya: npm run check`);
      },
    },
  };
}
