import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import { parsedData } from '../lib/content/parsed-files';

type GlobOptions = Parameters<typeof glob>[0];

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/;

/** The YAML part of an entry file: the frontmatter of Markdown/MDX, or the whole of a .yaml file. */
export function yamlPart(filePath: string, contents: string): string {
  if (/\.ya?ml$/i.test(filePath)) return contents;
  return FRONTMATTER.exec(contents)?.[1] ?? '';
}

/**
 * Astro's `glob()` loader, except that entry data is Tiru's own parse of the file, with dates left as
 * text. Astro parses YAML with timestamps on, which silently rolls an impossible date such as
 * `2023-02-30` over to the next month; with dates as text the schema can reject them. The content
 * check at the start of the build has parsed every file already, and that parse is reused.
 */
export function globWithPlainDates(options: GlobOptions): Loader {
  const inner = glob(options);
  return {
    ...inner,
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          const path = props.filePath;
          const contents = path ? await readFile(path, 'utf8') : undefined;
          const data = contents === undefined ? props.data : parsedData(path!, contents, () => yamlPart(path!, contents));
          return context.parseData({ ...props, data: (data ?? {}) as typeof props.data });
        },
      }),
  };
}
