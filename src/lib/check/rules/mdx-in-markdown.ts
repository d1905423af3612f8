import type { ContentProblem } from '../../read/problems';
import type { RawEntry } from '../../read/read-entries';

/** MDX-only syntax, which a `.md` body shows as text (or drops as an unknown HTML tag) instead of running. */
const MDX_SYNTAX: [RegExp, string][] = [
  [/^import\s+[^'"]*?\s+from\s+['"][^'"]+['"];?\s*$/, 'baris import'],
  [/^export\s+(?:const|let|function|default)\b/, 'baris export'],
  [/<[A-Z][\w.]*(?=[\s/>])/, 'komponen'],
  [/\{\/\*/, 'komentar {/* … */}'],
];

const FENCE = /^\s{0,3}(```|~~~)/;
/** Inline code is shown as written, so MDX-looking text inside backticks is meant as text. */
const INLINE_CODE = /`[^`]*`/g;

/**
 * MDX syntax in a `.md` body (an import, an export, a `<Component>`, an MDX comment), which the page
 * would show as text: reported once per entry, at its first line, with what was found.
 */
export function mdxInMarkdownProblem(entry: RawEntry): ContentProblem | undefined {
  if (!entry.body || entry.body.mdx) return undefined;
  let inFence = false;
  const lines = entry.body.text.split('\n');
  for (const [index, raw] of lines.entries()) {
    if (FENCE.test(raw)) inFence = !inFence;
    if (inFence) continue;
    const line = raw.replace(INLINE_CODE, '');
    for (const [pattern, what] of MDX_SYNTAX) {
      const found = pattern.exec(line);
      if (!found) continue;
      return {
        file: entry.file,
        field: '(isi)',
        line: entry.body.line + index,
        message: `${what} MDX "${found[0].trim().slice(0, 60)}" di berkas .md akan tampil sebagai teks di halaman (MDX syntax in a .md file)`,
        hint: `ganti ekstensi berkas menjadi .mdx bila entri ini memerlukan MDX, atau hapus sintaks itu`,
      };
    }
  }
  return undefined;
}
