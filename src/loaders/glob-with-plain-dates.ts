import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { yamlPart } from '../lib/read/frontmatter';
import { parsedData } from '../lib/read/parsed-files';

type GlobOptions = Parameters<typeof glob>[0];


/**
 * A digest of the schema sources. Astro re-parses an entry only when its file's digest changes, so a
 * schema change (a new field with a default) would leave stored entries without it; mixing this into
 * every digest makes a schema change re-parse every entry.
 */
function schemaVersion(): string {
  const dir = new URL('../schemas/', import.meta.url);
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(new URL(file, dir)));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Astro's `glob()` loader, except that entry data is Tiru's own parse of the file, with dates left as
 * text. Astro parses YAML with timestamps on, which silently rolls an impossible date such as
 * `2023-02-30` over to the next month; with dates as text the schema can reject them. The content
 * check at the start of the build has parsed every file already, and that parse is reused.
 */
export function globWithPlainDates(options: GlobOptions): Loader {
  const inner = glob(options);
  const version = schemaVersion();
  return {
    ...inner,
    load: (context) =>
      inner.load({
        ...context,
        generateDigest: (data) => context.generateDigest(typeof data === 'string' ? `${version}\0${data}` : { version, data }),
        parseData: async (props) => {
          const path = props.filePath;
          const contents = path ? await readFile(path, 'utf8') : undefined;
          const data = contents === undefined ? props.data : parsedData(path!, contents, () => yamlPart(path!, contents));
          return context.parseData({ ...props, data: (data ?? {}) as typeof props.data });
        },
      }),
  };
}
