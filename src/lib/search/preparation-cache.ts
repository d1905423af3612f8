import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';

/** What Tiru works out for one page before Pagefind reads it. */
export interface PagePreparation {
  /** The page's indexed words and the variant words it matches, space-separated, each once… */
  words: string;
  /** …and how often each occurs, for the suggestion vocabulary. */
  counts: number[];
  /** Hidden terms (roots and variants), space-separated. */
  hidden: string;
}

/** Preparations by the digest of the page's HTML. */
export type Preparations = Map<string, PagePreparation>;

export const htmlDigest = (html: string): string => createHash('sha1').update(html).digest('base64url');

/** This folder's modules: a preparation is only reused while the code that made it is unchanged. */
const SEARCH_CODE = dirname(fileURLToPath(import.meta.url));

/** A digest of everything besides the page itself that a preparation depends on. */
export function preparationInputs(settings: unknown): string {
  const hash = createHash('sha256').update(JSON.stringify(settings));
  for (const file of readdirSync(SEARCH_CODE).sort()) hash.update(readFileSync(join(SEARCH_CODE, file)));
  return hash.digest('base64url');
}

/** The preparations a previous build saved, or none when its inputs differ or there is no readable file. */
export function loadPreparations(file: string, inputs: string): Preparations {
  try {
    const saved = deserialize(readFileSync(file)) as { inputs: string; pages: Preparations };
    return saved.inputs === inputs ? saved.pages : new Map();
  } catch {
    return new Map();
  }
}

/** Saves this build's preparations (only the pages it has, so removed pages drop out). */
export function savePreparations(file: string, inputs: string, pages: Preparations): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, serialize({ inputs, pages }));
}
