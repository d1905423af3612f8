import { abbreviates } from './programs';

/** The article's text with the page furniture removed, plus what was removed so a reviewer can see it. */
export interface CleanArticle {
  /** Paragraphs of the article body, in order. */
  paragraphs: string[];
  /** The first line when it reads as a headline (no dateline, no final full stop). */
  headline?: string | undefined;
  /** Lines dropped as boilerplate, for the review. */
  dropped: string[];
  /** The paragraph that opens the report: its dateline's, or the first that reads as prose. */
  leadIndex: number;
}

/** Whole lines that belong to the page, not the article: comment forms, related links, reading time, captions, copyright. */
const BOILERPLATE_LINES: readonly RegExp[] = [
  /^baca juga\s*:?/i,
  // A related headline under a bare label: "Baca  DPRD Desak …", "Simak: Bupati Tinjau …" (no sentence ends it).
  /^(?:[Bb]aca|BACA|[Ss]imak|SIMAK)\s*:?\s+\p{Lu}[^.!?]*$/u,
  /^(baca|lihat) (selengkapnya|berita lainnya)\b/i,
  /^(tinggalkan balasan|posting komentar|komentar|tulis komentar|berikan komentar)\b/i,
  /^alamat email anda tidak akan dipublikasikan/i,
  /^(nama|email|situs web)\s*\*?$/i,
  /^\d+\s+(min|menit)\s+(read|baca)$/i,
  /^(foto|photo|ilustrasi)\s*(?::|$)/i,
  /^(editor|penulis|reporter|pewarta|sumber)\s*:/i,
  /^(share|bagikan|tags?)\s*:?$/i,
  /^simpan nama, email, dan situs web saya/i,
  /^(advertisement|advertorial|iklan|ads?|sponsored|spot_?img.*|gratispoll|loading\.*)$/i,
  /^(scroll|gulir) (to continue|ke bawah)/i,
  /^(lanjut(kan)? baca|lanjutkan membaca|continue reading)\b/i,
  /^(?:copyright|hak cipta)\b|^©/i,
];

/** A page's heading over links to other stories. */
const RELATED_HEADING = /^(?:(?:berita|artikel|baca)\s+(?:terkait|lainnya|juga|populer|terpopuler)|terpopuler|populer|terkini|rekomendasi)\s*:?$/iu;

/** A dateline opening a report: "BANJARBARU, klikkalsel.com –", "Metro, (Wartacontoh.com) –", "MEDIA CENTER –". */
export const DATELINE_START = /^[^–—.!?"“]{2,80}?\s+[–—-]\s+\S/u;
/** A line that is only a quotation: a pull quote, page furniture when it comes before the dateline. */
const PULL_QUOTE = /^["“][^"”]{3,300}["”]\.?$/u;

/** A caption: a short line ending in a bracketed photo credit, e.g. "Foto bersama … (mediacenter/kominfobjb/istimewa)". */
// A credit has letters ("(Foto/Humas)"); a line ending with a date in brackets ("…, Senin (26/10/2020)") is the lead.
const CAPTION = /[^.!?”"\s]\s*\((?:foto|(?=[^)]*[a-z])[\w.-]+\/[\w./-]+|istimewa|dok\.?[^)]*)\)\s*$/i;

/** Reporter initials closing the last paragraph: "(Deni).", "(Yds/Rzk/MedCenBJB)", "(nsh)", "(restu/ADV)". */
const REPORTER_INITIALS = /\s*\((?:[\p{L}.]{1,15})(?:\/[\p{L}.]{1,15})*\)\.?\s*$/u;

/**
 * Whether the bracketed letters abbreviate some of the last words before them: "Gerakan Mesti Sekolah (Gemes)", or
 * with letters from inside the words as Indonesian acronyms take them, "Layanan Izin Kilat (Lazat)". Initials follow
 * a finished sentence ("… bersama. (Gms)") and spell no words before them ("kata Budi (Deni).").
 */
function spellsWordsBefore(before: string, bracket: string): boolean {
  const letters = bracket.replace(/[^\p{L}]/gu, '').toLowerCase();
  if (letters.length < 2 || /[.!?”"]\s*$/u.test(before)) return false;
  const words = before.trim().split(/\s+/).slice(-8);
  const inOrder = (from: string) => {
    let at = 0;
    for (const char of from.toLowerCase()) if (char === letters[at]) at++;
    return at === letters.length;
  };
  return words.some((word, i) => i < words.length - 1 && (abbreviates(letters, words.slice(i).join(' ')) || (word[0]?.toLowerCase() === letters[0] && /^\p{Lu}/u.test(word) && inOrder(words.slice(i).join('')))));
}

/** At most this many words, without punctuation, make a line a section label rather than a headline. */
const LABEL_WORDS = 3;
const wordCount = (line: string) => line.split(/\s+/).length;
const isLabel = (line: string) => wordCount(line) <= LABEL_WORDS && !/[.,:;!?"“”–—-]/u.test(line);
/** A line of at most four words with no sentence end: an item of a list, not prose. */
const isShortLine = (line: string) => wordCount(line) <= 4 && !/[.!?”"…]$/u.test(line);
/** How many short lines in a row close a page's list of tags or links. */
const TAIL_LIST = 3;

/** A list line that ends like no sentence: a link to another story under the report's lead. */
const RELATED_LINK = /^[-•·]\s+\p{Lu}[^\n]*[^.!?…”"':;]$/u;
/** A year and at most three words (a weekday, a month, a time zone): the page's date stamp. */
const isStamp = (line: string) => /\b(?:19|20)\d{2}\b/u.test(line) && (line.match(/\p{L}+/gu) ?? []).length <= LABEL_WORDS;

/** Sentence-final or dateline-bearing lines are body; a short first line without them is the headline. */
function looksLikeHeadline(line: string): boolean {
  return line.length <= 200 && !/[.”"]$/.test(line) && !/\s[–—-]\s/.test(line);
}

/**
 * The passive prefix printed apart from its verb, a common slip in regional news ("kunjungan di laksanakan di Desa X",
 * "rombongan di pimpin oleh …"): joined, so the frames read the verb. Only verbs the frames read; "di" before a place
 * stays a preposition.
 */
const SPLIT_PASSIVE = /\b([Dd]i) (?=(?:laksanakan|selenggarakan|gelar|pimpin|kunjungi|sambut|terima|ikuti|hadiri|dampingi|tandatangani|resmikan|luncurkan|lakukan|adopsi|replikasi|terapkan|tiru|pelajari)\b)/gu;

/** A line that stops short of a sentence's end: a column broke it, or a paragraph goes on. */
const OPEN_END = /[^.!?:;"”…|)\]]$/u;
/** A line of a narrow column's width: a press release or a PDF copied with its line breaks. */
const isColumnWide = (line: string) => line.length >= 40 && line.length <= 110;
/** A line a column broke: of its width, stopping short of a sentence's end. */
const isColumnLine = (line: string) => isColumnWide(line) && OPEN_END.test(line);
/**
 * A prose line cut short, then one going on in lower case with a few words ("… dilaksanakan di\ndesa itu sejak pagi"); not
 * a byline or date stamp ("hen | Senin, 19 Juli 2021") under a headline.
 */
const goesOnInLowerCase = (previous: string, line: string) => previous.length >= 40 && /^\p{Ll}\S*(?:\s+\S+){2}/u.test(line) && !/\||\b(?:19|20)\d{2}\b/u.test(line);

/**
 * Lines broken inside a sentence, joined again: a prose line without a sentence end before one that goes on in lower
 * case; and in a text broken into a column throughout (most lines of a column's width, most of them open-ended), every
 * column line with the next ("… di Ruang\nRapat H Aberani …").
 */
function joinBrokenLines(lines: readonly string[]): string[] {
  const open = lines.filter((line, i) => i < lines.length - 1 && isColumnLine(line)).length;
  const column = open >= 6 && open >= 0.5 * lines.length && lines.filter(isColumnWide).length >= 0.7 * lines.length;
  const joined: string[] = [];
  let previous: string | undefined;
  for (const line of lines) {
    const goesOn = previous !== undefined && OPEN_END.test(previous) && (goesOnInLowerCase(previous, line) || (column && isColumnLine(previous)));
    if (goesOn) joined[joined.length - 1] += ` ${line}`;
    else joined.push(line);
    previous = line;
  }
  return joined;
}

/**
 * Splits an article into paragraphs and drops what news pages add around the text.
 * A headline repeated on the next lines (as pages print it twice) is kept once.
 */
export function cleanArticle(raw: string): CleanArticle {
  const dropped: string[] = [];
  const lines = joinBrokenLines(
    raw
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim().replace(SPLIT_PASSIVE, '$1'))
      .filter(Boolean),
  );
  const kept: string[] = [];
  for (const line of lines) {
    const isBoilerplate = BOILERPLATE_LINES.some((pattern) => pattern.test(line)) || (CAPTION.test(line) && !/[–—]/.test(line));
    if (isBoilerplate || kept.includes(line)) dropped.push(line);
    else kept.push(line);
  }
  // "Berita Terkait", then other stories' headlines, perhaps between dashes: the heading and its links go, up to a line
  // that reads as the report (a dateline, a sentence).
  for (let i = 0; i < kept.length; i++) {
    if (!RELATED_HEADING.test(kept[i]!)) continue;
    let end = i + 1;
    while (end < kept.length && (/^[-–—•·]+$/u.test(kept[end]!) || (looksLikeHeadline(kept[end]!) && !DATELINE_START.test(kept[end]!)))) end++;
    dropped.push(...kept.splice(i, end - i));
    i--;
  }
  // Two or more list lines in a row that end like no sentence ("- Bupati Pati Pastikan Bangun Bendung …") are links to
  // other stories, wherever they stand; a list that belongs to the report ends its items with a stop.
  for (let i = 0; i < kept.length; ) {
    let end = i;
    while (end < kept.length && RELATED_LINK.test(kept[end]!)) end++;
    if (end - i >= 2) dropped.push(...kept.splice(i, end - i));
    else i = end + 1;
  }
  // A run of short lines closing the page is its tag cloud or sidebar ("Pemkab Pesisir Barat", "Bank Lampung", "1286"):
  // read as the article, each region there would be proposed as one it names.
  let tail = kept.length;
  while (tail > 1 && isShortLine(kept[tail - 1]!)) tail--;
  if (kept.length - tail >= TAIL_LIST) dropped.push(...kept.splice(tail));
  // Before the report opens, a pull quote is furniture: it would otherwise pass for the headline or the lead.
  const opening = kept.findIndex((line) => DATELINE_START.test(line));
  for (let i = opening - 1; i >= 0; i--) {
    if (PULL_QUOTE.test(kept[i]!)) dropped.push(...kept.splice(i, 1));
  }
  // Above the headline, a section label or breadcrumb ("Penajam Paser Utara", "Berita Daerah") is dropped, and the
  // page's date stamp ("Minggu, 12 Juli 2020 | 06:15 WIB") moves below it, where the date reading can still use it.
  const stamps: string[] = [];
  while (kept.length > 2 && (isLabel(kept[0]!) || isStamp(kept[0]!)) && looksLikeHeadline(kept[1]!) && wordCount(kept[1]!) > LABEL_WORDS) {
    const line = kept.shift()!;
    if (isStamp(line)) stamps.push(line);
    else dropped.push(line);
  }
  const headline = kept.length > 1 && looksLikeHeadline(kept[0]!) ? kept.shift() : undefined;
  kept.unshift(...stamps);
  // Initials close the article, and the comment form may follow them: strip from every paragraph's end.
  // Only the closing paragraphs: "… Layanan Akta Keliling (LAK)." earlier is an abbreviation, not a signature.
  const paragraphs = kept.map((paragraph, index) => {
    const found = index >= kept.length - 2 ? REPORTER_INITIALS.exec(paragraph) : null;
    // "… Gerakan Mesti Sekolah (Gemes).": letters that spell the words before them are the name's abbreviation.
    const initials = found && !spellsWordsBefore(paragraph.slice(0, found.index), found[0]) ? found : null;
    if (!initials || initials.index === 0) return initials ? '' : paragraph;
    dropped.push(initials[0].trim());
    return paragraph.slice(0, initials.index).trim();
  });
  const body = paragraphs.filter(Boolean);
  const dated = body.findIndex((line) => DATELINE_START.test(line));
  // A report without a dateline may open with a quotation and then say who spoke it ("Hal tersebut diungkapkan oleh …"):
  // its lead is the telling, not the words quoted.
  const prose = body.findIndex((line) => line.split(/\s+/).length >= 12 && !PULL_QUOTE.test(line));
  return { paragraphs: body, headline, dropped, leadIndex: Math.max(0, dated >= 0 ? dated : prose) };
}

/** Words before a full stop that do not end a sentence: titles, initials and degrees ("H.", "M.", "Ir.", "SH.,MH"). */
const NOT_SENTENCE_END = /(?:^|[\s(,])(?:\p{Lu}|\p{Lu}\p{Ll}{0,2}|[\p{L}]+\.[\p{L}.]*|Prof|Drs|Dra|drg|dr|Dr|Ir|Hj|KH|No|Pj|Plt|Kab|Kec|Kel|Jl|St|Sos|Si|Pd|Kom|Kes)\.$/u;
/**
 * A degree in capitals before its full stop, then another degree: "Suseno, SP. MM. M.Si melakukan …" is one sentence.
 * A degree that ends a run ("Ibrahim, ST.,MM. Rapat dimulai.") may end the sentence.
 */
const DEGREE_BEFORE = /(?:^|[\s,])\p{Lu}{2,4}\.$/u;
const DEGREE_AFTER = /^\s+(?:\p{Lu}{2,4}\.|\p{Lu}\.\p{L}{1,4}\b)/u;

/** A sentence of the article and where it starts in `text`. */
export interface Sentence {
  text: string;
  start: number;
}

/** Splits text into sentences, keeping names such as "H. M. Aditya Mufti Ariffin" whole. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  // Also a full stop printed without its space ("… study banding.Rombongan itu …") after a lower-case word of four
  // letters or more, which no title or initial is.
  const boundary = /[.!?]["”’]?(?=\s+["“]?[\p{Lu}\d])|(?<=(?<![\p{L}])\p{Ll}{4,})\.(?=\p{Lu}\p{Ll}{2,})|\n+/gu;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    const candidate = text.slice(start, end);
    if (match[0].startsWith('.') && NOT_SENTENCE_END.test(candidate.trimEnd())) continue;
    if (match[0] === '.' && DEGREE_BEFORE.test(candidate) && DEGREE_AFTER.test(text.slice(end, end + 12))) continue;
    pushSentence(sentences, text, start, end);
    start = end;
  }
  pushSentence(sentences, text, start, text.length);
  return sentences;
}

function pushSentence(sentences: Sentence[], text: string, from: number, to: number): void {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed) sentences.push({ text: trimmed, start: from + lead });
}

/** The sentence that contains position `index` of `text`: the quote shown beside an extracted field. */
export function sentenceAt(sentences: readonly Sentence[], index: number): string {
  let found = sentences[0]?.text ?? '';
  for (const sentence of sentences) {
    if (sentence.start > index) break;
    found = sentence.text;
  }
  return found;
}

/** The sentence (or line) of a plain `text` around `index`, for checks that need no full sentence split. */
export function sentenceAround(text: string, index: number): string {
  const start = sentenceStart(text, index - 1);
  const ends = [text.indexOf('. ', index), text.indexOf('\n', index)].filter((i) => i >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) : text.length);
}

/**
 * Where the sentence holding `index` starts: after the last full stop followed by a space, or the last line break.
 * A stop inside a word ("Kompas.com", "Rp1.500") ends nothing.
 */
export function sentenceStart(text: string, index: number): number {
  return Math.max(text.lastIndexOf('. ', index), text.lastIndexOf('\n', index)) + 1;
}

/**
 * Whether the line at `index` reads as prose, ending like a sentence. A line that does not is a related
 * headline, a caption or a line cut short ("Bupati X Tinjau …", "Foto: Kadis Y menyerahkan …"), where a name
 * and an office are often shortened or belong to another story: people found only there are to check.
 */
export function inProse(text: string, index: number): boolean {
  const end = text.indexOf('\n', index);
  const line = text.slice(text.lastIndexOf('\n', index) + 1, end === -1 ? undefined : end).trim();
  return /[.!?…"”’')]$/u.test(line);
}

/** Whether two words differ by one letter added, dropped or changed ("BUKITTINGI", "BUKITTINGGI"). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
