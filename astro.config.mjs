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
