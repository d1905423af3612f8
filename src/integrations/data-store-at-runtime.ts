import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** Astro's module holding every content entry (astro/dist/content/consts.js). */
const DATA_STORE_MODULE = '\0astro:data-layer-content';

/**
 * Makes the build read the content layer's store when it renders, instead of bundling it. Astro 7.3
 * inlines the whole store as one JavaScript string (`JSON.parse("…")`); at 10,000 programs that
 * module is 165 MB and took 66 s to import, against 3 s to read and parse the same JSON from disk
 * (BENCHMARKS.md). Astro's `collectionStorage: 'chunked'` avoids the big module but wrote the same
 * store in 325 s. Remove this once Astro stops inlining the store.
 */
export function dataStoreAtRuntimeIntegration(): AstroIntegration {
  return {
    name: 'tiru-data-store-at-runtime',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'tiru-data-store-at-runtime',
                // Astro's own plugin loads the module; this replaces the code it loaded and keeps its metadata.
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
