// @ts-check
import { join } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryTermsOf, linkTargetsOf } from './src/lib/read/content-index.ts';
import { glossaryPlugin, wikiLinksPlugin } from './src/markdown/satteri-plugins.ts';
import { CONTENT_DIR } from './src/lib/read/content-dir.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { variantGroupsOf } from './src/lib/search/variants.ts';
import { contentCheckIntegration } from './src/integrations/content-check.ts';
import { dataStoreAtRuntimeIntegration } from './src/integrations/data-store-at-runtime.ts';
import { readEntries } from './src/lib/read/read-entries.ts';

/** Vite's module for its preload helper (see the plugin below). */
const PRELOAD_HELPER = '\0vite/preload-helper.js';

// Tests and benchmarks build other content sets into other folders; see src/lib/read/content-dir.ts.
const outDir = process.env.TIRU_OUT_DIR ?? './dist';
const cacheDir = process.env.TIRU_CACHE_DIR ?? './node_modules/.astro';
// Every entry file, read and parsed once: for the Markdown transforms, the content check and the loaders.
const content = readEntries(CONTENT_DIR, { yamlCacheFile: join(cacheDir, 'tiru-entry-yaml.bin') });

export default defineConfig({
  // The public address, for feeds, sitemap and canonical links; set TIRU_SITE_URL when deploying.
  site: process.env.TIRU_SITE_URL ?? 'https://tiru.example.org',
  outDir,
  cacheDir,
  trailingSlash: 'always',
  compressHTML: true,
  markdown: {
    // No code blocks in the content; Shiki's inline styles would need 'unsafe-inline' under the CSP.
    syntaxHighlight: false,
    // Astro's Rust processor with Tiru's two mdast transforms (measured cost: BENCHMARKS.md / README).
    // TIRU_MARKDOWN_TRANSFORMS=off exists for the benchmark, which measures what the transforms cost.
    processor: satteri({
      mdastPlugins:
        process.env.TIRU_MARKDOWN_TRANSFORMS === 'off' ? [] : [wikiLinksPlugin(linkTargetsOf(content.entries)), glossaryPlugin(glossaryTermsOf(content.entries))],
    }),
  },
  // The content check comes first: invalid content stops the build before Astro loads any of it.
  integrations: [
    contentCheckIntegration(CONTENT_DIR, content),
    dataStoreAtRuntimeIntegration(),
    mdx(),
    sitemap(),
    pagefindIntegration({ variants: variantGroupsOf(content.entries) }),
  ],
  devToolbar: { enabled: false },
  // Entry pages return a cacheKey (a digest of what they show, src/lib/cache/page-key.ts): a rebuild copies
  // unchanged pages from cacheDir instead of rendering them again.
  experimental: { incrementalBuild: true },
  // Astro hashes every script and style it emits into a <meta> Content-Security-Policy;
  // nothing inline runs unless Astro hashed it, and nothing loads from another origin.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  vite: {
    plugins: [
      {
        // Vite wraps every lazy import() in a preload helper (2.2 kB, in the first script of every page and of
        // /cari/) that fetches the imported chunk's own imports alongside it and turns load errors into a
        // `vite:preloadError` event. Tiru listens to no such event, and its lazy chunks are the search code,
        // imported at a search's start while Pagefind's own start, begun first (src/scripts/pagefind-loader.ts),
        // takes longer than the chunks' one extra round trip. So the helper only calls the import.
        name: 'tiru-plain-dynamic-import',
        enforce: 'pre',
        configEnvironment(name) {
          // Astro's build config overrides the top-level `build.modulePreload`, so it is set per environment.
          return name === 'client' ? { build: { modulePreload: false } } : undefined;
        },
        resolveId(id) {
          return id === PRELOAD_HELPER ? id : undefined;
        },
        load(id) {
          return id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : undefined;
        },
      },
    ],
    build: {
      rolldownOptions: {
        // Every MDX module carries Astro's "use astro:head-inject" directive; rolldown warns about each one
        // although the pages render correctly (notes/astro7-pagefind.md §5). Keep other warnings.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
