import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** Astro's module holding every content entry (astro/dist/content/consts.js). */
const DATA_STORE_MODULE = '\0astro:data-layer-content';

/**
 * Makes builds and the dev server read the content layer's store when a page needs it, instead of
 * compiling it into a module. Astro 7.3 inlines the whole store as one JavaScript string
 * (`JSON.parse("…")`); at 10,000 programs that module is 165 MB and took 66 s to import, against 3 s
 * to read and parse the same JSON from disk (BENCHMARKS.md). Astro's `collectionStorage: 'chunked'`
 * avoids the big module but wrote the same store in 325 s. Remove this once Astro stops inlining it.
 */
export function dataStoreAtRuntimeIntegration(): AstroIntegration {
  return {
    name: 'tiru-data-store-at-runtime',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build' && command !== 'dev') return;
        // Where Astro keeps the store: the cache folder for builds, `.astro/` for the dev server (astro/dist/content/paths.js).
        const file = fileURLToPath(new URL('data-store.json', command === 'build' ? config.cacheDir : new URL('.astro/', config.root)));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'tiru-data-store-at-runtime',
                // Astro's own plugin loads the module (and in dev reloads it when the store changes); this
                // replaces the code it loaded and keeps its metadata.
                transform(code, id) {
                  if (id !== DATA_STORE_MODULE || !code.startsWith('export default JSON.parse(')) return null;
                  return { code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`, map: { mappings: '' } };
                },
              },
            ],
          },
        });
      },
    },
  };
}
