import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { buildCache, cacheInputs } from '../cache/build-cache';
import { explainYamlError } from './parser-messages';
import { refusedFile } from './entry-files';
import { shortenSlug } from '../format/slug-length';
import { slugify } from '../format/slugify';
import { COLLECTION_TABLE, COLLECTIONS, type CollectionName } from '../../schemas/collections';
import { splitFrontmatter } from './frontmatter';
import { rememberParsed } from './parsed-files';
import type { ContentProblem } from './problems';
import { parseYamlWithLines, type ParsedYaml } from './yaml-lines';

/** An entry file as read from disk, before any schema has looked at it. */
export interface RawEntry {
  collection: CollectionName;
  id: string;
  /** Path relative to the working directory, as messages show it. */
  file: string;
  data: unknown;
  /** Line of each field's key in the file. */
  lines: Map<string, number>;
  /** Unquoted numbers written with thousands separators, by field path. */
  groupedNumbers: Map<string, string>;
  /** Markdown body and the file line it starts on (Markdown and MDX entries only). */
  body?: { text: string; line: number; mdx: boolean } | undefined;
}

/** A file that is an entry of a collection but could not be read as one; its slug still exists. */
export interface UnreadableEntry {
  collection: CollectionName;
  id: string;
}

/** What reading the content folder found. */
export interface ReadResult {
  entries: RawEntry[];
  problems: ContentProblem[];
  unreadable: UnreadableEntry[];
}

/** Slugs become URLs: lower-case letters, digits and single hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

/** Decodes a file as UTF-8, or says why it is not text in UTF-8. */
function decode(bytes: Buffer, file: string): string | ContentProblem {
  if (bytes.includes(0)) {
    return { file, field: '(berkas)', line: 1, message: 'berkas biner, bukan teks (binary file)', hint: 'entri harus berupa teks: YAML, Markdown atau MDX' };
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    return {
      file,
      field: '(berkas)',
      line: bytes.subarray(0, bad).filter((byte) => byte === 0x0a).length + 1,
      message: `berkas bukan UTF-8: byte 0x${bytes[bad]!.toString(16).toUpperCase()} tidak sah, kemungkinan Latin-1/Windows-1252 (not UTF-8)`,
      hint: 'simpan ulang berkas dengan encoding UTF-8',
    };
  }
  return bytes.toString('utf8');
}

/** How to read the content folder. */
export interface ReadOptions {
  /**
   * Where builds and the dev server keep what parsing each file's YAML found, so an unchanged file is
   * not parsed again (4.5 s of a start at 10,000 programs).
   */
  yamlCacheFile?: string | undefined;
}

/** The module whose code shapes a parse: a change to it empties the cache. */
const YAML_CODE = [new URL('./yaml-lines.ts', import.meta.url)];

type ParseYaml = (text: string) => ParsedYaml;

/** Reads one file; returns the entry, or the problem that stops it from being one. */
function readEntry(collection: CollectionName, path: string, cwd: string, parseYaml: ParseYaml): RawEntry | ContentProblem {
  const file = relative(cwd, path);
  const ext = extname(path);
  const name = basename(path, ext);
  if (!SLUG.test(name)) {
    return {
      file,
      field: '(berkas)',
      line: 1,
      message: `nama berkas "${basename(path)}" bukan slug: hanya huruf kecil, angka dan tanda hubung (invalid file name)`,
      hint: `ganti nama menjadi ${shortenSlug(slugify(name)) || 'nama-entri'}${ext}; nama berkas menjadi alamat halaman dan slug rujukan`,
    };
  }
  const text = decode(readFileSync(path), file);
  if (typeof text !== 'string') return text;
  if (text.trim() === '') return { file, field: '(berkas)', line: 1, message: 'berkas kosong (empty file)' };
  const markdown = ext === '.md' || ext === '.mdx';
  let yamlText = text;
  let offset = 0;
  let body: RawEntry['body'];
  if (markdown) {
    const parts = splitFrontmatter(text);
    if ('missing' in parts) {
      return parts.missing === 'closing'
        ? { file, field: '(frontmatter)', line: 1, message: 'frontmatter tidak ditutup: baris "---" penutup tidak ditemukan (unclosed frontmatter)', hint: 'tambahkan baris --- setelah isian terakhir, sebelum isi panduan' }
        : { file, field: '(frontmatter)', line: 1, message: 'frontmatter tidak ditemukan: berkas harus diawali baris "---" (missing frontmatter)', hint: 'awali berkas dengan ---, isian YAML, lalu --- lagi' };
    }
    yamlText = parts.yaml;
    offset = 1;
    body = { text: parts.body, line: parts.bodyLine, mdx: ext === '.mdx' };
  }
  const parsed = parseYaml(yamlText);
  if (parsed.error) {
    const { code, message, line } = parsed.error;
    return { file, field: '(YAML)', line: line + offset, ...explainYamlError(code, message, yamlText.split('\n')[line - 1] ?? '') };
  }
  if (typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data)) {
    return { file, field: '(YAML)', line: 1 + offset, message: 'isi harus berupa daftar kunci: nilai (expected a YAML mapping)' };
  }
  rememberParsed(path, text, parsed.data);
  const shift = (map: Map<string, number>) => new Map([...map].map(([field, line]) => [field, line + offset]));
  return { collection, id: name, file, data: parsed.data, lines: shift(parsed.lines), groupedNumbers: parsed.groupedNumbers, body };
}

/**
 * Reads every entry file of every collection. Files with another ending or name, binary or
 * non-UTF-8 files, empty files, broken frontmatter and YAML syntax errors come back as problems;
 * nothing is skipped silently.
 */
export function readEntries(contentDir: string, { yamlCacheFile }: ReadOptions = {}): ReadResult {
  const result: ReadResult = { entries: [], problems: [], unreadable: [] };
  // Messages name files relative to where the command runs.
  const cwd = process.cwd();
  const cache = yamlCacheFile ? buildCache<ParsedYaml>(yamlCacheFile, cacheInputs({}, YAML_CODE)) : undefined;
  const parse: ParseYaml = cache ? (text) => cache.get(text, () => parseYamlWithLines(text)).value : parseYamlWithLines;
  for (const collection of COLLECTIONS) {
    const { folder, extensions } = COLLECTION_TABLE[collection];
    const dir = join(contentDir, folder);
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const path = join(dir, name);
      if (name.startsWith('.')) continue;
      const refused = refusedFile(path, relative(cwd, path));
      if (refused) {
        result.problems.push(refused);
        result.unreadable.push({ collection, id: basename(name, extname(name)) });
        continue;
      }
      if (statSync(path).isDirectory()) continue;
      if (!(extensions as readonly string[]).includes(extname(name))) {
        result.problems.push({
          file: relative(cwd, path),
          field: '(berkas)',
          message: `ekstensi ${extname(name) || '(tanpa ekstensi)'} tidak dibaca sebagai entri ${collection} (unexpected file extension)`,
          hint: `gunakan ${extensions.join(' atau ')}`,
        });
        continue;
      }
      const entry = readEntry(collection, path, cwd, parse);
      if ('collection' in entry) {
        result.entries.push(entry);
      } else {
        result.problems.push(entry);
        result.unreadable.push({ collection, id: basename(name, extname(name)) });
      }
    }
  }
  cache?.save();
  return result;
}
