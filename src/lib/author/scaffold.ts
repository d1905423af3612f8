import { stringify } from 'yaml';
import type { FieldDoc } from './field-docs';


/** A YAML comment line describing a field: its meaning, type and allowed values. */
function describe(doc: FieldDoc): string {
  const type = doc.values ? `${doc.type}: ${doc.values.join(', ')}` : doc.type;
  return `${doc.description ?? ''} [${type}]`;
}

/**
 * The frontmatter (or YAML file) of a new entry: every top-level field, the given ones filled in,
 * missing required ones marked WAJIB, optional ones commented out with what they mean.
 */
export function renderFields(docs: readonly FieldDoc[], values: Readonly<Record<string, unknown>>): string {
  const lines: string[] = [];
  for (const doc of docs.filter((d) => !d.name.includes('.'))) {
    const value = values[doc.name];
    if (value !== undefined) {
      lines.push(stringify({ [doc.name]: value }, { lineWidth: 0 }).trimEnd());
    } else if (doc.required) {
      lines.push(`${doc.name}: # WAJIB (required): ${describe(doc)}`);
    } else {
      lines.push(`# ${doc.name}: # ${describe(doc)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Guide sections a program starts with; the checker warns about any left empty. */
export const PROGRAM_SECTIONS = ['Latar belakang', 'Cara kerja', 'Hasil', 'Pelajaran', 'Cara meniru', 'Pertanyaan untuk kunjungan'];

/** A new Markdown/MDX entry: frontmatter plus a body skeleton. */
export function renderEntry(fields: string, sections: readonly string[]): string {
  const body = sections.map((title) => `## ${title}\n\n{/* Tulis dari sumber yang dikutip; hapus bagian ini bila sumber tidak menyebutnya. */}\n`).join('\n');
  return `---\n${fields}---\n\n${body}`;
}
