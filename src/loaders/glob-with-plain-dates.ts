import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import yaml from 'js-yaml';

type GlobOptions = Parameters<typeof glob>[0];

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/;

/** Parses YAML without the timestamp type, so `2023-02-30` stays a string instead of becoming 2 March. */
export function parseYamlKeepingDates(text: string): unknown {
  return yaml.load(text, { schema: yaml.CORE_SCHEMA });
}

/** The YAML part of an entry file: the frontmatter of Markdown/MDX, or the whole of a .yaml file. */
export function yamlPart(filePath: string, contents: string): string {
  if (/\.ya?ml$/i.test(filePath)) return contents;
  return FRONTMATTER.exec(contents)?.[1] ?? '';
}

/**
 * Astro's `glob()` loader, except that entry data is re-read with dates left as text.
 * Astro parses YAML with timestamps on, which silently rolls an impossible date such as
 * `2023-02-30` over to the next month; with dates as text the schema can reject them.
 */
export function globWithPlainDates(options: GlobOptions): Loader {
  const inner = glob(options);
  return {
    ...inner,
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          const contents = props.filePath ? await readFile(props.filePath, 'utf8') : undefined;
          const data = contents === undefined ? props.data : parseYamlKeepingDates(yamlPart(props.filePath!, contents));
          return context.parseData({ ...props, data: (data ?? {}) as typeof props.data });
        },
      }),
  };
}
