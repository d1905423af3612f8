import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';

/**
 * Results of per-file work (parsing a page or an entry body) kept between builds in Astro's cache
 * folder, by a digest of the file's text. A cache is only reused while its inputs are unchanged: the
 * settings the work depends on and the source of the code that does it.
 */

/** A short digest of a text, for cache keys. */
export const textDigest = (text: string): string => createHash('sha1').update(text).digest('base64url');

/** A digest of the settings and of the source files of the modules doing the work. */
export function cacheInputs(settings: unknown, modules: readonly URL[]): string {
  const hash = createHash('sha256').update(JSON.stringify(settings));
  for (const module of modules) hash.update(readFileSync(fileURLToPath(module)));
  return hash.digest('base64url');
}

/** What a previous build saved, or nothing when its inputs differ or the file is missing or unreadable. */
export function loadCache<T>(file: string, inputs: string): Map<string, T> {
  try {
    const saved = deserialize(readFileSync(file)) as { inputs: string; entries: Map<string, T> };
    return saved.inputs === inputs ? saved.entries : new Map();
  } catch {
    return new Map();
  }
}

/**
 * Saves this build's results (only those it used, so results for removed files drop out). Written aside
 * and renamed, so a build starting meanwhile (tests run several) reads the old file or the new one. A
 * cache that cannot be written (a read-only folder) is left as it was: the next run only takes longer.
 */
export function saveCache<T>(file: string, inputs: string, entries: Map<string, T>): void {
  const written = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(written, serialize({ inputs, entries }));
    renameSync(written, file);
  } catch {
    rmSync(written, { force: true });
  }
}

/** A cache in use during one build: results found in the last build's file, the rest worked out and kept for the next. */
export function buildCache<T>(file: string, inputs: string) {
  const previous = loadCache<T>(file, inputs);
  const next = new Map<string, T>();
  let computed = 0;
  return {
    /** The result for `text`, from the cache or from `work`; `reused` when the last build had it. */
    get(text: string, work: () => T): { value: T; reused: boolean } {
      const key = textDigest(text);
      const reused = previous.has(key);
      let value = next.get(key) ?? previous.get(key);
      if (value === undefined) {
        value = work();
        computed++;
      }
      next.set(key, value);
      return { value, reused };
    },
    /** How many results were worked out in this build. */
    get computed() {
      return computed;
    },
    save: () => saveCache(file, inputs, next),
  };
}
