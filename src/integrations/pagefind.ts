import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexSite } from '../lib/search/index-site';
import type { VariantGroups } from '../lib/search/variants';
import { VOCABULARY_PATH } from '../lib/search/options';

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.wasm': 'application/wasm' };

/**
 * Indexes the built site with Pagefind's Node API after every `astro build` (with the content's search
 * variants; pages unchanged since the last build are taken from the cache folder, not parsed again),
 * and in `astro dev` serves the index of the last build, since the dev server has none of its own.
 */
export function pagefindIntegration({ variants }: { variants: VariantGroups }): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  return {
    name: 'tiru-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = join(fileURLToPath(config.cacheDir), 'tiru-search');
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = req.url?.split('?')[0] ?? '';
          if (!path.startsWith('/pagefind/') && path !== VOCABULARY_PATH) return next();
          const file = join(outDir, path);
          if (!file.startsWith(outDir) || !existsSync(file)) return next();
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          res.end(readFileSync(file));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages, prepared, vocabularySize } = await indexSite(fileURLToPath(dir), { variants, cacheDir });
        logger.info(`indexed ${pages} pages (${prepared} parsed, ${pages - prepared} unchanged since the last build), ${vocabularySize} words for suggestions, in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
