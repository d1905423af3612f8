/** Function words that make up a large share of any Indonesian text, and of any English one. */
const INDONESIAN = new Set('yang dan di ke dari untuk dengan pada ini itu dalam tidak akan oleh juga para kami kita telah sudah atau serta bahwa karena agar saat tersebut adalah menjadi dapat lebih guna bagi kepada melalui bersama sebagai sebanyak'.split(' '));
const ENGLISH = new Set('the and of to in is for with that on was are as by this from be at it an have has were which their would will'.split(' '));

/**
 * Why a text cannot be read as an Indonesian article, in Indonesian; undefined when it can. With `markup`, the text is
 * a web page before extraction: only whether it is text at all is checked, the article's language after Readability.
 */
export function problemWithText(text: string, { markup = false } = {}): string | undefined {
  const sample = text.slice(0, 200_000);
  if (!sample.trim()) return 'tidak berisi teks artikel (kosong)';
  // Control characters and undecodable bytes mark a binary file read as text.
  const binary = (sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/gu) ?? []).length;
  const visible = sample.replace(/\s+/gu, '');
  const letters = (visible.match(/\p{L}/gu) ?? []).length;
  if (binary > sample.length * 0.01 || (!markup && letters < visible.length * 0.5)) return 'bukan teks (tampaknya berkas biner atau teks rusak); simpan artikelnya sebagai .txt atau .html';
  if (markup) return undefined;
  const words = sample.toLocaleLowerCase('id-ID').match(/\p{L}+/gu) ?? [];
  const indonesian = words.filter((w) => INDONESIAN.has(w)).length;
  const english = words.filter((w) => ENGLISH.has(w)).length;
  if (words.length >= 12 && (english > indonesian || indonesian < words.length * 0.03)) {
    return `bukan teks berbahasa Indonesia (${english} kata fungsi bahasa Inggris, ${indonesian} bahasa Indonesia dari ${words.length} kata); importer hanya membaca berita berbahasa Indonesia`;
  }
  return undefined;
}
