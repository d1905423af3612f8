import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { CollectionName } from '../entries';
import type { ContentProblem } from '../problems';
import { COLLECTION_FILES } from '../../schemas';
import { parseYamlWithLines } from './yaml-lines';

/** An entry file as read from disk, before any schema has looked at it. */
export interface RawEntry {
  collection: CollectionName;
  id: string;
  /** Path relative to the working directory, as messages show it. */
  file: string;
  data: unknown;
  /** Line of each field's key in the file. */
  lines: Map<string, number>;
  /** Markdown body and the file line it starts on (Markdown and MDX entries only). */
  body?: { text: string; line: number; mdx: boolean } | undefined;
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Reads one file; returns the entry, or the problem that stops it from being one. */
function readEntry(collection: CollectionName, path: string, cwd: string): RawEntry | ContentProblem {
  const file = relative(cwd, path);
  const ext = extname(path);
  const text = readFileSync(path, 'utf8');
  if (text.trim() === '') return { file, field: '(berkas)', line: 1, message: 'berkas kosong (empty file)' };
  const markdown = ext === '.md' || ext === '.mdx';
  let yamlText = text;
  let offset = 0;
  let body: RawEntry['body'];
  if (markdown) {
    const match = FRONTMATTER.exec(text);
    if (!match) {
      return { file, field: '(frontmatter)', line: 1, message: 'frontmatter tidak ditemukan: berkas harus diawali baris "---" (missing frontmatter)' };
    }
    yamlText = match[1]!;
    offset = 1;
    body = { text: text.slice(match[0].length), line: match[0].split('\n').length, mdx: ext === '.mdx' };
  }
  const parsed = parseYamlWithLines(yamlText);
  if (parsed.error) {
    return { file, field: '(YAML)', line: parsed.error.line + offset, message: `sintaks YAML salah: ${parsed.error.message} (YAML syntax error)` };
  }
  if (typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data)) {
    return { file, field: '(YAML)', line: 1 + offset, message: 'isi harus berupa daftar kunci: nilai (expected a YAML mapping)' };
  }
  const lines = new Map([...parsed.lines].map(([field, line]) => [field, line + offset]));
  return { collection, id: ext ? path.slice(path.lastIndexOf('/') + 1, -ext.length) : path, file, data: parsed.data, lines, body };
}

/**
 * Reads every entry file of every collection. Files with another ending, empty files, missing
 * frontmatter and YAML syntax errors come back as problems; nothing is skipped silently.
 */
export function readEntries(contentDir: string, cwd = process.cwd()): { entries: RawEntry[]; problems: ContentProblem[] } {
  const entries: RawEntry[] = [];
  const problems: ContentProblem[] = [];
  for (const [collection, { folder, extensions }] of Object.entries(COLLECTION_FILES) as [CollectionName, (typeof COLLECTION_FILES)[CollectionName]][]) {
    const dir = join(contentDir, folder);
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const path = join(dir, name);
      if (statSync(path).isDirectory() || name.startsWith('.')) continue;
      if (!(extensions as readonly string[]).includes(extname(name))) {
        problems.push({
          file: relative(cwd, path),
          field: '(berkas)',
          message: `ekstensi ${extname(name) || '(tanpa ekstensi)'} tidak dibaca sebagai entri ${collection} (unexpected file extension)`,
          hint: `gunakan ${extensions.join(' atau ')}`,
        });
        continue;
      }
      const result = readEntry(collection, path, cwd);
      if ('collection' in result) entries.push(result);
      else problems.push(result);
    }
  }
  return { entries, problems };
}
