// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { pagefindIntegration } from './src/integrations/pagefind.ts';

// Tests and benchmarks build other content sets into other folders; see src/lib/content-dir.ts.
const outDir = process.env.TIRU_OUT_DIR ?? './dist';
const cacheDir = process.env.TIRU_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
  site: process.env.TIRU_SITE_URL ?? 'https://tiru.example.id',
  outDir,
  cacheDir,
  trailingSlash: 'always',
  compressHTML: true,
  integrations: [mdx(), pagefindIntegration()],
  devToolbar: { enabled: false },
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
