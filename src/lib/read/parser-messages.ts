/** A parser's complaint in the author's words: what is wrong (English original in brackets) and how to fix it. */
export interface Explained {
  message: string;
  hint?: string | undefined;
}

/** The quoting rule that fixes most YAML surprises. */
const QUOTE_HINT = 'beri tanda kutip pada nilai yang memuat titik dua, tanda kurung, @, ` atau #, mis. title: "Rakor: Banjir"';

/** Key of a `key: value` line, for messages that name it. */
const keyOf = (line: string) => /^\s*(?:-\s+)?([^:#\s][^:#]*?)\s*:/.exec(line)?.[1];

/** Indonesian wording and hint per error code of the `yaml` package; `line` is the text of the line the error points at. */
const YAML_ERRORS: Record<string, (english: string, line: string) => Explained> = {
  DUPLICATE_KEY: (_, line) => ({
    message: `kunci ${keyOf(line) ? `"${keyOf(line)}" ` : ''}ditulis dua kali`,
    hint: 'setiap kunci hanya boleh muncul sekali; gabungkan isinya atau hapus salah satu',
  }),
  TAB_AS_INDENT: () => ({ message: 'indentasi memakai tab', hint: 'YAML hanya menerima spasi untuk indentasi: ganti tab dengan dua spasi' }),
  BLOCK_AS_IMPLICIT_KEY: () => ({ message: 'nilai terbaca sebagai kunci bersarang', hint: QUOTE_HINT }),
  MULTILINE_IMPLICIT_KEY: () => ({ message: 'kunci terpotong ke baris berikutnya', hint: 'tulis kunci dan titik duanya pada satu baris; nilai panjang diberi tanda kutip' }),
  BAD_INDENT: (english) => ({
    message: /end with a [\]}]/.test(english) ? 'tanda kurung [ atau { tidak ditutup' : 'indentasi tidak rata',
    hint: /end with a [\]}]/.test(english) ? 'tutup daftar dengan ] atau kumpulan dengan }' : 'butir-butir sejajar harus dimulai pada kolom yang sama (pakai spasi, bukan tab)',
  }),
  MISSING_CHAR: (english) => ({
    message: /quote/.test(english) ? 'tanda kutip tidak ditutup' : 'tanda penutup hilang',
    hint: 'tutup tanda kutip atau kurung pada baris ini',
  }),
  BAD_SCALAR_START: (english) => ({ message: `nilai tidak boleh diawali ${english.slice(-1)}`, hint: QUOTE_HINT }),
  BAD_DQ_ESCAPE: () => ({ message: 'garis miring terbalik (\\) tidak sah di dalam tanda kutip ganda', hint: "pakai tanda kutip tunggal ('…') atau tulis \\\\" }),
  BAD_ALIAS: () => ({ message: 'nilai yang diawali * terbaca sebagai alias YAML yang tidak ada', hint: QUOTE_HINT }),
  MULTIPLE_DOCS: () => ({ message: 'berkas memuat lebih dari satu dokumen (baris ---)', hint: 'hapus baris --- di tengah berkas; satu berkas berisi satu entri' }),
  UNEXPECTED_TOKEN: () => ({ message: 'ada teks yang tidak terduga', hint: 'periksa indentasi baris ini dan baris sebelumnya: kunci tingkat atas dimulai di kolom pertama' }),
};

/** Explains a YAML syntax error in Indonesian with a hint; codes without their own wording get a general hint. */
export function explainYamlError(code: string, english: string, lineText: string): Explained {
  const known = YAML_ERRORS[code]?.(english, lineText);
  return {
    message: `sintaks YAML salah: ${known?.message ?? 'tidak dapat dibaca'} (YAML syntax error: ${english})`,
    hint: known?.hint ?? `periksa indentasi (spasi, bukan tab), tanda kutip dan tanda kurung pada baris ini; ${QUOTE_HINT}`,
  };
}

/** Hint shared by messages about a `<` or `{` that MDX reads as code. */
const ESCAPE_HINT = 'di berkas .mdx, tanda < dan { dalam teks biasa ditulis \\< dan \\{';

/** Patterns of micromark/MDX error reasons, with their Indonesian wording and hint. */
const MDX_ERRORS: [RegExp, (match: RegExpExecArray) => Explained][] = [
  [/^Expected a closing tag for `<([^>`]*)>`/, ([, tag]) => ({ message: `tag <${tag}> tidak ditutup`, hint: `tutup dengan </${tag}>, atau tulis <${tag} /> bila tanpa isi; ${ESCAPE_HINT}` })],
  [/^Expected the closing tag `<\/([^>`]*)>`/, ([, tag]) => ({ message: `tag <${tag}> ditutup di blok lain`, hint: `letakkan </${tag}> di paragraf yang sama dengan pembukanya, atau beri baris kosong di sekitar kedua tag` })],
  [/^Unexpected closing tag `<\/([^>`]*)>`, expected corresponding closing tag for `<([^>`]*)>`/, ([, closing, open]) => ({ message: `penutup </${closing}> tidak cocok dengan pembuka <${open}>`, hint: `tutup dengan </${open}>` })],
  [/^Unexpected closing slash `\/` in tag/, () => ({ message: 'tag penutup tanpa tag pembuka', hint: `hapus tag penutup itu; ${ESCAPE_HINT}` })],
  [/^Unexpected end of file in expression/, () => ({ message: 'kurung kurawal { tidak ditutup', hint: `tutup dengan }, atau ${ESCAPE_HINT}` })],
  [/^Could not parse expression with acorn/, () => ({ message: 'isi kurung kurawal {…} bukan ekspresi JavaScript yang sah', hint: ESCAPE_HINT })],
  [/^Could not parse import\/exports with acorn/, () => ({ message: 'baris import/export tidak sah', hint: 'tulis import X from "./berkas"; baris yang diawali "import" atau "export" dibaca sebagai kode' })],
  [/^Unexpected end of file in attribute value, expected a corresponding closing quote/, () => ({ message: 'tanda kutip nilai atribut tidak ditutup', hint: 'tutup tanda kutip pada atribut tag ini' })],
  [/^Unexpected character `!`.*comment in MDX/, () => ({ message: 'komentar HTML <!-- … --> tidak berlaku di MDX', hint: 'tulis komentar sebagai {/* … */}' })],
  [/^Unexpected character `(.+?)` \(U\+[0-9A-F]+\) before (?:name|attribute value)/, ([, char]) => ({ message: `karakter "${char}" tidak terduga di dalam tag`, hint: `${ESCAPE_HINT}; nilai atribut ditulis dalam tanda kutip, mis. src="x"` })],
];

/** Explains an MDX parse error in Indonesian with a hint; unknown reasons keep the English with a general hint. */
export function explainMdxError(reason: string): Explained {
  for (const [pattern, explain] of MDX_ERRORS) {
    const match = pattern.exec(reason);
    if (match) {
      const known = explain(match);
      return { message: `sintaks MDX salah: ${known.message} (MDX syntax error: ${reason})`, hint: known.hint };
    }
  }
  return { message: `sintaks MDX salah (MDX syntax error: ${reason})`, hint: `periksa tag dan kurung kurawal pada baris ini; ${ESCAPE_HINT}` };
}
