// The floor: a minimal Astro project rendering the same program bodies with an empty layout, no
// cross-links and Astro's default Markdown processor, plus a plain Pagefind index.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes the floor project; its content folder is read from FLOOR_PROGRAMS at build time. */
export function writeFloorProject(dir: string): void {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()], outDir: process.env.FLOOR_OUT, cacheDir: process.env.FLOOR_CACHE, devToolbar: { enabled: false } });\n`);
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\nexport const collections = { programs: defineCollection({ loader: glob({ base: process.env.FLOOR_PROGRAMS, pattern: '*.{md,mdx}' }), schema: z.object({ title: z.string() }).passthrough() }) };\n`,
  );
  writeFileSync(
    join(dir, 'src/pages/[slug].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('programs')).map((entry) => ({ params: { slug: entry.id }, props: { entry } })); }\nconst { Content } = await render(Astro.props.entry);\n---\n<html lang="id"><head><meta charset="utf-8"><title>{Astro.props.entry.data.title}</title></head><body><h1>{Astro.props.entry.data.title}</h1><Content /></body></html>\n`,
  );
}
