import { parseYaml } from './yaml-lines';

/** YAML data of an entry file, keyed by its text so an edited file is never served stale. */
interface ParsedFile {
  text: string;
  data: unknown;
}

// Astro loads the config (where the content check runs) and the content loaders in separate module
// graphs of one process; a global registry lets both share one parse of each file.
const KEY = Symbol.for('tiru.parsedEntryFiles');
const cache = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map<string, ParsedFile>()) as Map<string, ParsedFile>;

/** Remembers the data parsed from an entry file's YAML part. */
export function rememberParsed(path: string, text: string, data: unknown): void {
  cache.set(path, { text, data });
}

/**
 * The YAML data of an entry file: the content check's parse when the file is unchanged since, else a
 * fresh one. A remembered parse is handed over once and then forgotten.
 */
export function parsedData(path: string, text: string, yamlText: () => string): unknown {
  const hit = cache.get(path);
  cache.delete(path);
  return hit?.text === text ? hit.data : parseYaml(yamlText());
}
