import { slugify } from '../format/slugify';
import { escapeRegExp } from './regexp';
import { SAYING_VERB } from './kinds';
import { isShortRegionName } from './places';

/** A program already in the catalog, with the names it goes by. */
export interface KnownProgram {
  slug: string;
  title: string;
  aliases: readonly string[];
  /** The origin's own names ("Kota Banjarbaru", "Banjarbaru"): an article about the origin may leave them out of the title. */
  originNames: readonly string[];
}

/** What a program is called: its slug, title and aliases. */
type ProgramNames = Pick<FoundProgram, 'slug' | 'title' | 'aliases'>;

/** A program the article names: a known one, or a new candidate with the slug it would be written under. */
export interface FoundProgram {
  slug: string;
  title: string;
  aliases: string[];
  inContent: boolean;
  index: number;
  /** Named as a proper name (capitalised, or by its abbreviation), not a generic phrase that happens to equal a title. */
  sure: boolean;
  /** The place its printed name ended with, left out of the title: "Malaka" of "Revolusi Pertanian Malaka". */
  placeInName?: string | undefined;
}

interface Token {
  word: string;
  index: number;
}

/**
 * Words for matching, lowercase, with what a name may carry in between left out: bracketed abbreviations
 * and number words ("Rapat Koordinasi (Rakor) Ke-10 Tingkat Kecamatan", "7 (tujuh) Program Prioritas").
 */
function tokens(text: string): Token[] {
  const found: Token[] = [];
  const skipped = /\([^)]{0,40}\)|\bke-?\d+\b/giu;
  const blanked = text.replace(skipped, (m) => ' '.repeat(m.length));
  // "Bela dan Beli" and "Bela Beli" are one name: "dan" between a name's words is left out on both sides.
  for (const match of blanked.matchAll(/[\p{L}\d]+/gu)) if (match[0] !== 'dan') found.push({ word: spelling(match[0].toLocaleLowerCase('id-ID')), index: match.index });
  return found;
}

/** Spellings news uses for one word: "Center" and "Centre", "online" and "daring". */
const SPELLINGS: Record<string, string> = { centre: 'center', sentra: 'sentra', online: 'online', daring: 'online', elektronik: 'e' };
/**
 * Doubled letters are a common misspelling ("Mall", "budgetting"): both sides are compared with them single. Not in a
 * short form of three letters, where a doubled letter is a word of its own ("DPP" is not "DDP").
 */
const spelling = (word: string) => SPELLINGS[word] ?? (word.length <= 3 ? word : word.replace(/(\p{L})\1+/gu, '$1'));

/** "Home Care", "home-care" and "Homecare" are one name: compared with spacing and hyphens removed. */
const compact = (name: string) => tokens(name).map((t) => t.word).join('');

/** A name without the kind of thing before it: "Aplikasi E-Office" and "Program Smart Kampung" name "E-Office" and "Smart Kampung". */
const bareName = (name: string) => compact(name.replace(/^(?:aplikasi|program|inovasi|layanan|sistem|platform)\s+/iu, ''));

/** Whether two names are one, however spaced, with or without the kind of thing before them. */
const sameName = (a: string, b: string) => compact(a) === compact(b) || bareName(a) === bareName(b);

/** Where `name` occurs in the token stream, however its words are spaced or hyphenated. */
function findName(stream: readonly Token[], name: string): number | undefined {
  const target = compact(name);
  if (target.length < 2) return undefined;
  for (let start = 0; start < stream.length; start++) {
    let joined = '';
    for (let end = start; end < stream.length && joined.length < target.length; end++) {
      joined += stream[end]!.word;
      if (joined === target) return stream[start]!.index;
      if (!target.startsWith(joined)) break;
    }
  }
  return undefined;
}

/** Services with one name everywhere, each region's its own: "Mal Pelayanan Publik Kota Pasuruan". */
export const SERVICE_NAMES: readonly [RegExp, string][] = [
  // "Mall pelayanan" alone is the same service, shortened.
  [/\bmal{1,2} pelayanan(?: publik)?\b/iu, 'Mal Pelayanan Publik'],
  [/\bcommand cent(?:er|re)\b/iu, 'Command Center'],
  // A region's Smart City programme, capitalised as a name: "smart city" in lower case is the idea ("menjadi kota
  // terinovatif sebagai smart city"), and an award, forum or ranking is named after it ("Smart City Award").
  [/(?<!\b[Mm]enuju\s+(?:100\s+)?)\b(?:Smart City|SMART CITY)\b(?!\s+(?:[Aa]wards?|[Ff]orum|[Ss]ummit|[Ee]xpo|[Gg]overnment|[Ii]ndex|[Rr]ating|[Nn]asional)\b)/u, 'Smart City'],
  // A government's electronic system of government, which others visit to study; not its score ("indeks SPBE").
  [/(?<!\b(?:[Ii]ndeks|[Nn]ilai|[Ee]valuasi|[Pp]redikat|[Ss]kor)\s+)\b(?:SPBE|Sistem Pemerintahan Berbasis Elektronik)\b/u, 'Sistem Pemerintahan Berbasis Elektronik'],
];

/** The service names as whole names, built once: "Mal Pelayanan Publik" alone, not inside a longer title. */
const WHOLE_SERVICE_NAMES = SERVICE_NAMES.map(([pattern]) => new RegExp(`^(?:${pattern.source})$`, pattern.flags));

/** The names a known program may appear under in an article that names its origin. */
function namesOf(program: KnownProgram, originNamed: boolean): string[] {
  const names = [program.title, ...program.aliases];
  // "e-SAKIP Desa" is also written without its e- ("penerapan SAKIP Desa"), when two words or more remain.
  const withoutE = /^[eE]-(\S+(?:\s+\S+)+)$/u.exec(program.title)?.[1];
  if (withoutE) names.push(withoutE);
  if (originNamed) {
    for (const origin of [...program.originNames].sort((a, b) => b.length - a.length)) {
      const shorter = program.title.replace(new RegExp(`\\s*(?:se-)?${escapeRegExp(origin)}\\s*$`, 'iu'), '').trim();
      // Not a service every region runs under one name ("Mal Pelayanan Publik"): whose it is, the service's owner tells.
      const service = WHOLE_SERVICE_NAMES.some((pattern) => pattern.test(shorter));
      if (shorter !== program.title && shorter.split(/\s+/).length >= 2 && !service) names.push(shorter);
    }
  }
  return names;
}

/** Catalog programs the text names by title or alias, each with where it is first named. */
function findKnownPrograms(text: string, programs: readonly KnownProgram[], namedPlaces: ReadonlySet<string>): FoundProgram[] {
  const stream = tokens(text);
  // Where each program's longest name matches: "E-Sakip Desa" is the program of that name, not "e-SAKIP" with a word after.
  const matches = programs.map((program) => {
    const originNamed = program.originNames.some((name) => namedPlaces.has(name));
    const found = new Map<number, number>();
    for (const name of namesOf(program, originNamed)) {
      const at = findName(stream, name);
      if (at !== undefined) found.set(at, Math.max(found.get(at) ?? 0, compact(name).length));
    }
    return { program, originNamed, found };
  });
  const shadowed = (at: number, length: number) => matches.some((m) => (m.found.get(at) ?? 0) > length);
  return matches.flatMap(({ program, originNamed, found }) => {
    const positions = [...found].filter(([at, length]) => !shadowed(at, length)).map(([at]) => at);
    if (positions.length === 0) return [];
    // "rapat koordinasi tingkat kecamatan" in lower case is a phrase, not the program "Rakor Tingkat Kecamatan":
    // such a match counts only when the program's origin is named too, and is never sure.
    const properName = positions.some((at) => /^\p{Lu}/u.test(text.slice(at)));
    if (!properName && !originNamed) return [];
    // Sure only with its origin named too: a catalog title like "Kota Sehat" may name another region's program.
    return [{ slug: program.slug, title: program.title, aliases: [...program.aliases], inContent: true, index: Math.min(...positions), sure: properName && originNamed }];
  });
}

/** Where a sentence, or the lead after a dateline's dash, opens; a quotation mark may open it too. */
const SENTENCE_OPENS = String.raw`(?:^["“]?|(?<=[.!?–—]["”]?\s+["“]?))`;

/**
 * Phrasings that say the words after them are names ("inovasi itu adalah A dan B", "aplikasi bernama X"), each
 * followed by a list: a single capitalised word counts as a name there ("Dua inovasi itu adalah Hypnogreen dan …").
 */
const NAMING_INTRODUCERS: readonly RegExp[] = [
  /program (?:unggulan|prioritas|andalan)[^.]{0,40}?\b(?:yakni|yaitu|adalah|ialah|bernama)\s+/giu,
  // "Ketiga inovasi tersebut yakni A, B dan C", "inovasi … seperti A, B", "aplikasi yang bernama X".
  // "program … antara lain perihal e-kinerja, …": a preposition may stand before the first name, which may be an e-service;
  // so may the kind of thing again ("layanan … yaitu aplikasi tentang E-Bundes").
  // Not the services a service hall offers ("layanan yang tersedia antara lain … Akta Kelahiran, izin trayek"): those are
  // every government's business.
  /\b(?:inovasi|program|aplikasi|layanan(?!\s+yang\s+(?:tersedia|ada|disediakan|bisa|dapat))|terobosan)(?:-\p{L}+)?\b[^.;]{0,80}?\b(?:yakni|yaitu|adalah|ialah|seperti|antara lain|di ?antaranya|meliputi|berupa)\s+(?=(?:(?:aplikasi|program|inovasi|layanan)\s+)?(?:(?:perihal|mengenai|terkait|tentang)\s+)?(?:["“'‘\p{Lu}]|[em]-\p{L}))/giu,
  // "terobosan tata kelola baru yang diberi nama KDI (…)", "sebuah aplikasi bernama X", "program yang namanya X": a program noun, then its naming.
  // "Konsep smart city yang diberi label Banda Aceh Islamic Cyber City": a concept labelled is named too.
  /\b(?:aplikasi|inovasi|program|layanan|terobosan|gerakan|sistem|platform|konsep)\b[^.;]{0,50}?\b(?:bernama|dinamakan|dinamai|diberi nama|diberi label|dilabeli|disebut(?:\s+dengan)?|dikenal dengan nama|bertajuk|berlabel|(?:yang\s+)?namanya)\s+/giu,
  // "kampung yang dikenal luas sebagai Kampung Semar": a neighbourhood or village known by a programme's name.
  /\b(?:kampung|desa|kelurahan|lorong|gang)\b[^.;]{0,30}?\bdikenal\s+(?:luas\s+|juga\s+)?(?:sebagai|dengan)\s+(?=["“‘]?\p{Lu})/giu,
  // "hibah aplikasi Sipandu", "mereplikasi inovasi Lapak": an application or an innovation is mostly called by one word,
  // also where the noun opens a sentence ("Inovasi Sipandu akan direplikasi …").
  new RegExp(String.raw`(?:\b(?:aplikasi|inovasi)|${SENTENCE_OPENS}(?:Aplikasi|Inovasi))\s+(?=["“'‘]?\p{Lu})`, 'gmu'),
  // "… mempelajari sejumlah inovasi. Di antaranya Kampung Hijau dan Sapa Warga.": a verbless sentence lists the names
  // the sentence before spoke of.
  /(?<=\b(?:inovasi|program|aplikasi|layanan)\b[^.!?\n]{0,150}[.!?]["”]?\s+)(?:di ?antaranya|antara lain|yakni|yaitu|salah satunya)\s+(?:(?:aplikasi|program|inovasi|layanan)\s+)?(?=["“'‘]?\p{Lu})/giu,
  // "proyek Lorong Garden atau Longgar": a project is named as a program is.
  /\bproyek\s+(?=["“'‘]?\p{Lu})/gu,
  // "… kami juga akan adopsi aplikasi lainnya. Seperti, Laksa …": the list opens the next sentence.
  /\b(?:inovasi|program|aplikasi|layanan)(?:\s+\p{Ll}+){0,2}[.:]\s+(?:Seperti|Yakni|Yaitu|Antara lain|Di ?antaranya),?\s+(?=["“\p{Lu}]|[em]-\p{L})/gu,
  // "pengelolaan manajemen pemerintahan seperti e-budgeting", "kita juga punya e-budgeting", "untuk mengadopsi e-Office":
  // an electronic service's name after a list word, a word of having or a verb of copying.
  /\b(?:seperti|antara lain|di ?antaranya|yakni|yaitu|punya|memiliki|mempunyai|mengadopsi|mereplikasi|meniru|mencontoh|menduplikasi|menerapkan)\s+(?=[em]-\p{L})/giu,
];

/** Phrasings that introduce programs by name, each followed by a list. */
const INTRODUCERS: readonly RegExp[] = [
  ...NAMING_INTRODUCERS,
  // "aplikasi e-Lapor Desa": an electronic service's lowercase e- or m- prefix starts a name too. "sistem Surabaya
  // Single Window", "dalam hal ini Program Kampung Wisata": the noun may be capitalised as the name's first word.
  // "penerapan Super Apps Tangerang Live": an all-in-one application is named after its kind as one is.
  /\b(?:program|layanan|aplikasi|sistem|gerakan|Program|Aplikasi|[Ss]uper ?[Aa]pps?)\s+(?=["“'‘]?(?:\p{Lu}|[em]-\p{L}))/gu,
  // "air mineral dengan brand AirKu": a public product's brand. "contohnya produk AirKu": a product named as a brand is,
  // with a capital inside the word.
  /\b(?:brand|merek|merk)\s+(?=["“'‘]?\p{Lu})/gu,
  /\bproduk\s+(?=["“'‘]?\p{Lu}\p{Ll}+\p{Lu}\p{L}*(?![\p{L}\d-]))/gu,
  // "– Program Dusun Berdaya milik …": the noun capitalised where a sentence or the lead begins.
  // A quotation may open the sentence: "“Aplikasi X dan Y sangat menarik …".
  new RegExp(String.raw`${SENTENCE_OPENS}(?:Program|Aplikasi|Layanan|Inovasi)\s+(?=["“'‘]?\p{Lu})`, 'gmu'),
  // "telah mereplikasi program penataan perkampungan, seperti yang dilakukan di Kampung Warna": the model's name.
  /\b(?:mengadopsi|menerapkan|mereplikasi|meniru|mencontoh)\b[^.;]{0,80}?\b(?:khususnya|terutama|seperti\s+yang\s+(?:dilakukan|diterapkan|ada|dikembangkan)\s+di)\s+/giu,
  /\b(?:pembangunan|membangun)\s+(?=Mal{1,2}\s)/gu,
  // "di Mal Perizinan yang terletak …": a public-service mall is named by its service wherever it stands.
  /(?<![\p{L}\d])(?=Mal{1,2}\s+(?:Pelayanan|Perizinan|Layanan|Investasi)\b)/gu,
  /\b(?:melihat langsung|mempelajari|pelajari)\s+(?=\p{Lu})/gu,
  // Not "Program tersebut diluncurkannya Danny …": after what was launched, "diluncurkannya" names who launched it.
  /\b(?:launching|peluncuran|meluncurkan|me-launching|melaunching|(?<!\b(?:tersebut|itu|ini)\s+)diluncurkannya)\s+(?:program\s+)?/giu,
  // Opening a building or service is its launch: "meresmikan Mal Pelayanan Publik (MPP)", "peresmian Gedung X".
  /\b(?:[Mm]eresmikan|[Rr]esmikan|[Pp]eresmian|[Dd]iresmikannya)\s+(?:program\s+|layanan\s+|gedung\s+)?(?=["“\p{Lu}])/gu,
  /\bstudi (?:tiru|banding)\s+(?:terkait|tentang|mengenai|soal|untuk)\s+(?:pelaks\p{L}*\s+|penerapan\s+|program\s+)?/giu,
  /\binovasi\s+(?:bernama\s+|berupa\s+)?(?=["“\p{Lu}]|[em]-\p{L})/gu,
  // "akan meniru sistem Data Pokok Pendidikan (Dapodik) Kota Bandung": the kind of thing may come before the name.
  /\b(?:berencana|ingin|akan) (?:mengadopsi|mereplikasi|meniru|mencontoh)\s+(?:(?:program(?:-program)?|sistem|aplikasi|inovasi|layanan|konsep|model)\s+)?(?:[^.]{0,80}?\bseperti\s+)?/giu,
  /\bmulai menerapkan\s+(?:program\s+)?/giu,
  // A bulleted or numbered list under a line about programs that ends in a colon ("ada inovasi …:", "• Ngopi Pagi →
  // …"): each line's first capitalised words are a name.
  /(?<=\b(?:inovasi|program|aplikasi|layanan)\b[^\n]{0,120}:[ \t]*\n(?:[ \t]*(?:[•·*-]|\d{1,2}[.)])?[^\n]*\n){0,12}?)[ \t]*(?:[•·*-]|\d{1,2}[.)])[ \t]+(?=\p{Lu})/gu,
  /\buji coba\s+(?:program\s+)?/giu,
];

/** "sistem tanam jagung Baris 40": a method's kind in lower case, then its name, one capitalised word and a number. */
const METHOD_NAME = /\b(?:sistem|system|metode|teknik|pola)\s+(?:\p{Ll}+\s+){1,3}(\p{Lu}\p{Ll}+[ \t]+\d+)(?![\p{L}\d]|[ \t]+\p{Lu}|\s*\()/gu;

/** A list of the nation's programs: "program strategis nasional seperti A dan B", "program nasional yakni …". */
const NATIONAL_LIST = /\bprogram(?:-program)?\s+(?:strategis\s+|prioritas\s+)?nasional\b[^.;]{0,40}?\b(?:seperti|yakni|yaitu|antara lain|di ?antaranya|berupa)\s+([^.;]+)/giu;

/** Words that measure a number: "100 persen", "75 juta", "60 RT". */
const QUANTITY_UNIT = /^\s*(?:persen|%|juta|ribu|miliar|triliun|orang|unit|jiwa|kali|hari|bulan|tahun|RT|RW|desa|kelurahan|kecamatan|titik|jenis|buah|paket)(?![\p{L}])/iu;

/**
 * Phrases that name a field of government work or a common institution, not one program, even when capitalised:
 * "Pemberdayaan Masyarakat", "Rukun Tetangga", "Pelayanan Publik".
 */
const GENERIC_TITLES = new Set(
  ['pemberdayaan masyarakat', 'rukun tetangga', 'rukun warga', 'pelayanan publik', 'pelayanan terpadu', 'sumber daya manusia', 'tata kelola',
    'pengelolaan sampah', 'pengelolaan keuangan', 'pembangunan desa', 'dana desa', 'ketahanan pangan', 'reformasi birokrasi', 'smart city',
    'kota cerdas', 'inovasi daerah', 'pelayanan kesehatan', 'pelayanan administrasi', 'program prioritas', 'corporate social responsibility',
    'tanggung jawab sosial dan lingkungan', 'tanggung jawab sosial perusahaan',
    // Electronic government in general, however spelt.
    'e-government', 'e-goverment', 'e-gov', 'e-govt',
    // The method of copying itself ("sistem ATM (Amati Tiru dan Modifikasi)"), not a program to copy.
    'amati tiru dan modifikasi', 'amati tiru modifikasi', 'amati, tiru, modifikasi', 'amati, tiru dan modifikasi',
    // The rules of a council's proceedings, which every council has, and the smoke-free zone every region must set.
    'tata tertib', 'kawasan tanpa rokok',
    // A region's offices as a whole, and the centre for women and children every region must run.
    'perangkat daerah', 'organisasi perangkat daerah', 'pusat pelayanan terpadu pemberdayaan perempuan dan anak',
    // The nation's welfare programs, which no region owns.
    'program keluarga harapan', 'keluarga harapan', 'kartu indonesia sehat', 'kartu indonesia pintar', 'bantuan langsung tunai',
    'bantuan pangan non tunai', 'jaminan kesehatan nasional',
    // The nation's scheme that coaches regions to innovate (LAN's innovation laboratory), which no region owns.
    'laboratorium inovasi',
    // The nation's restrictions in the pandemic.
    'pembatasan sosial berskala besar', 'pemberlakuan pembatasan kegiatan masyarakat',
    // The nation's schemes a region takes part in, which no region owns: free meals and check-ups, village cooperatives,
    // family-planning and climate villages, child-friendly cities, healthy-living and buy-local movements.
    'makan bergizi gratis', 'cek kesehatan gratis', 'sekolah rakyat', 'koperasi desa merah putih', 'koperasi kelurahan merah putih',
    'program indonesia pintar', 'kartu prakerja', 'program kampung iklim', 'kampung iklim', 'kampung keluarga berkualitas', 'kampung kb',
    'kota layak anak', 'kabupaten layak anak', 'gerakan masyarakat hidup sehat',
    'gerakan nasional bangga buatan indonesia', 'bangga buatan indonesia', 'bantuan sosial tunai', 'sekolah adiwiyata', 'adiwiyata'],
);
/** Words of commercial software and platforms: a tool a report mentions ("Agisoft Photoscan", "Google Form") is no program. */
const SOFTWARE = /^(?:Agisoft|Photoscan|Microsoft|Excel|Word|PowerPoint|WhatsApp|Google|Zoom|Instagram|Facebook|YouTube|TikTok|Twitter|Telegram|Android|iOS|Windows|ArcGIS|QGIS|AutoCAD|Canva|Photoshop|Pix4D|Drone|DJI|Oracle|SAP|Linux)\b/u;

/** Where a list of program names stops: a clause, a place or a full stop. */
const LIST_END = /\s(?:yang|di|ke|untuk|pada|dengan|agar|sebagai|oleh|bersama|dalam rangka|Program|program|guna|sehingga|sudah|telah|akan|kini|sejak|mulai|tahun)\s|[.;:!?"“”]|\s[–—-]\s|,\s*(?=\p{Ll}{4,}\s)/u;
/** A lower-case item in a list of names, followed by another name: ", layanan kontrasepsi via online, Si Kepo". */
const DESCRIBED_ITEM = /^,\s*\p{Ll}[^,.;:!?"“”]{0,80}(?=,\s*["“]?\p{Lu})/u;
/** Days and dates close a lead sentence ("…, Rabu, 12 Juni 2024"): they are never program names. */
const NOT_A_NAME = /^(?:(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)(?:,?\s+\d{1,2}\s+\p{L}+(?:\s+\d{4})?)?|\d{1,2}\s+\p{L}+\s+\d{4})$|^\d+$/iu;
// Introducers print doubled ("di antaranya seperti A, B", "antara lain yaitu A"): the second is filler too.
const FILLER = /^(?:khususnya|terutama|juga|dalam|program|inovasi|aplikasi|yaitu|yakni|ialah|seperti|di ?antaranya|antara lain|meliputi|berupa|perihal|mengenai|terkait|tentang|(?:soft |grand )?launching|peluncuran)\s+/iu;

/** A list item opened by a preposition: what follows says where or by whom, not a program's name. */
const SOURCE_WORD = /^(?:dari|oleh|di|ke|kepada|pada|untuk|bagi|melalui)\s/u;
/** The heads of a region's government, as an office before or opening a name. */
const REGION_HEADS = String.raw`(?:Bupati|Wali\s?[Kk]ota|Walikota|Gubernur)`;
/** An office's holder opening a list item: the sentence has moved on from the list to who acts. */
const HOLDER_OPENS = new RegExp(String.raw`^(?:(?:Wakil\s+)?${REGION_HEADS}|Sekda|Sekretaris Daerah|Camat|Lurah)\s`, 'u');

/** Expansions that name an office, not a program: "DPMPTSP (Dinas Penanaman Modal …)", "BRIDA (Badan Riset …)". */
const OFFICE_HEAD = /^(?:Dinas|Badan|Kantor|Bagian|Biro|Dewan|Sekretariat|Satuan|Unit|Pemerintah|Kementerian|Lembaga|Asosiasi|Forum|Komisi|Perangkat|Organisasi|Rumah Sakit|Perusahaan)\b/u;
/**
 * The subject of a national law, regulation or ministerial rule, from "tentang" to the sentence's end: "Peraturan
 * Pemerintah (PP) Nomor 12 Tahun 2018 tentang Pedoman …". A region's own rule (Perda, Perbup) may found a program.
 */
const NATIONAL_REGULATION = /\b(?:Undang-Undang|UU|Peraturan Pemerintah|PP|Peraturan Presiden|Perpres|Instruksi Presiden|Inpres|Peraturan Menteri|Permen\p{L}*|Keputusan Menteri|Kepmen\p{L}*|Surat Edaran Menteri)\b[^.;]{0,120}?\btentang\s+/gu;
/** A community institution every region has, qualified only by a level of government: "UMKM Desa", "Posyandu Kelurahan". */
const INSTITUTION_OF_A_LEVEL = /^(?:RT|RW|PKK|UMKM|UKM|IKM|BUMDes|BUMDES|Posyandu|POSYANDU|PAUD|KIM|Pokdarwis|LPM|Koperasi)\s+(?:Desa|Kelurahan|Kecamatan|Daerah|Kota|Kabupaten|Provinsi)$/u;
/** A meeting or show, not a program: "Indonesia Smart City Forum (ISCF)", "Jambore Inovasi Summit". */
const EVENT_TAIL = /\s(?:Forum|Summit|Conference|Konferensi|Kongres|Expo|Seminar|Webinar|Workshop)$/u;
/** A ministry or the central government as the subject that has programs: "Kemendes PDT sendiri memiliki 4 program, seperti …". */
const MINISTRY_PROGRAMS = /\b(?:Kementerian|Kemen[\p{L}-]+|Pemerintah Pusat|pemerintah pusat)\b[^.;]{0,60}?\b(?:memiliki|mempunyai|punya|menggulirkan|meluncurkan|mencanangkan|menjalankan)\b[^.;]{0,30}?\bprogram/gu;
/** Words after a name that give it to a ministry or the central government: "… (SLRT) milik Kemensos". */
const MINISTRY_OWNED = /^(?:\s*\([^()]{1,80}\))?[^.;]{0,20}?\b(?:milik|punya|besutan|garapan|dari)\s+(?:Kementerian|Kemen[\p{L}-]+|Menteri|Pemerintah Pusat|pemerintah pusat)\b/u;
/**
 * A council's or office's routine, however a report names it: "sistem Kunker Daerah Pemilihan", "Sosialisasi Perda", a
 * council body's rules of procedure ("Tata Tertib Badan Musyawarah").
 */
const ROUTINE = /^(?:Kunker|Kunjungan Kerja|Reses|Sosialisasi|Sosper(?:da)?|Sosbang|Pokir|Pokok Pikiran|Tata Tertib|Tatib)\b/u;
/** A room or hall named after a program or a city ("Tangerang LIVE Room (TLR)", "Sapta Pesona Hall"): a venue, not a program. */
const VENUE_TAIL = /\s(?:Room|Hall|Ballroom|Auditorium|Lounge|Convention Cent(?:er|re))$/u;
/** Where words the text capitalises as a name are places or offices, not programs. */
// Also institutions a report lists beside a program (the police, utilities, insurers, a ministry, a technical unit, a
// training centre, a landfill), the nation's elections and policies ("Pemilihan Umum", "Pemulihan Ekonomi Nasional"),
// and a level word printed in capitals ("PEMERINTAH Kabupaten"); a place designated for a scheme ("Lokasi Khusus (Lokus)");
// banks ("Bank Indonesia", "Bank Kalbar"; not a program named "Bank Sampah …" or "Bank Obat …"), foreign donors and their projects ("USAID
// CEGAH"), and institutions named in English ("National Science Foundation").
const NOT_A_PROGRAM = /^(?:Bank\s+(?:Indonesia|Dunia|Rakyat|Negara|Mandiri|Syariah|Pembangunan|Tabungan|BRI|BNI|BTN|BPD|BJB|bjb|DKI|Jatim|Jateng|Jabar|Kalbar|Kalsel|Kaltim|Kalteng|Kaltimtara|Sumut|Sumsel|Sulsel|Sulselbar|Sulut|Sultra|Sulteng|NTB|NTT|Papua|Maluku|Malut|Aceh|Riau|Kepri|Bengkulu|Lampung|Banten|Bali|Jambi|Nagari|Babel|Sultengbar|SulutGo)|USAID|UNICEF|UNDP|UNFPA|JICA|KOICA|GIZ|AusAID|DFAT|World Bank|Pemerintah|PEMERINTAH|Pemkab|Pemkot|Pemko|Pemprov|Kabupaten|Kota|Provinsi|Dinas|Badan|Bupati|Wakil|Gubernur|Wali|Camat|Lurah|Sekretaris|Kepala|Ketua|Menurut|Sementara|Selain|Polres|Polda|Polsek|Polresta|Kodim|Korem|Kodam|Kejari|Kejati|Kejaksaan|Pengadilan|PLN|BPJS|UPTD?|Perumda|Perusda|Kementerian|Kemen\p{Lu}\p{L}*|Pusat Pengembangan|Pusat Pendidikan|Tempat Pembuangan|Pemilihan|Pemilu|Pilkada|Kebijakan|Lokasi|Lokus|Nasional)\b|\s(?:Nasional|Foundation|Department|University|Institute|Agency|Organi[sz]ation|Corporation|Council|Association)$/u;
/** The spelling a title takes when news prints several: "Mall Pelayanan Publik" is written "Mal Pelayanan Publik". */
const TITLE_SPELLINGS: Record<string, string> = { Mall: 'Mal' };

/**
 * One word that is a name by its shape: an abbreviation ("GERCEP"), inner capitals ("SiCaCa"), a prefix
 * ("E-Pengendalian"), two capitalised words hyphened ("Matur-Bup"), not a plural doubled ("Desa-Desa").
 */
const ONE_WORD_NAME = /^(?:[\p{Lu}\d-]{3,}|\p{L}+\p{Lu}\p{L}*|\p{L}{1,2}-\p{L}{3,}|(\p{Lu}\p{Ll}+)-(?!\1$)\p{Lu}\p{L}+)$/u;

/** One ordinary word that a naming list makes a name: "Hypnogreen", not an institution every region has ("Posyandu"). */
const LISTED_WORD = /^\p{Lu}(?:\p{Ll}|['’](?=\p{Ll})){4,}$/u;

/** Words that open a clause or a description, never a program's name: "program ini adalah untuk …", "yakni salah satu …". */
const NOT_A_LOWER_NAME = /^(?:untuk|dalam|agar|yang|dengan|ini|itu|tersebut|adalah|merupakan|sudah|telah|akan|bisa|dapat|masih|juga|tidak|belum|secara|melalui|pada|di|ke|dari|dan|serta|para|semua|seluruh|berbagai|beberapa|banyak|salah|sebuah|suatu|satu|dua|tiga|lainnya|lain|program|inovasi|kegiatan|hal|sebagai|bagi|oleh|karena|nanti|kini|saat|sekarang|kemudian|lalu|namun|tetapi|sedangkan)$/u;
/** Words that open a list of names, at the end of an introducer: "program unggulan seperti …", "inovasi itu yakni …". */
const LISTS = /\b(?:yakni|yaitu|adalah|ialah|seperti|antara lain|di ?antaranya|meliputi|berupa)\s+(?:(?:aplikasi|program|inovasi|layanan)\s+)?$/iu;
/** A lower-case name of two to five words: "antar jemput lansia", "penataan gang hijau". */
// No word that opens a clause inside it ("public complaint yang berbasis website" names "public complaint").
const LOWER_NAME = String.raw`\p{Ll}[\p{Ll}-]*(?:[ \t]+(?!(?:dan|serta|atau|yang|untuk|di|dengan|agar|guna|sehingga|oleh|pada|sebagai)\b)\p{Ll}[\p{Ll}-]*){1,4}`;
/** Where a lower-case name ends: punctuation, or a word that opens a clause. */
const LOWER_NAME_END = String.raw`(?=[ \t]*[.,;:!?)]|[ \t]+(?:dan|serta|yang|untuk|di|dengan|agar|guna|sehingga|oleh|pada|sebagai)\s)`;
/**
 * A program noun, then words that say a name follows, then a name in lower case: "inovasi bernama penataan kampung
 * tematik", "program unggulan yakni bedah rumah warga". Verbs ("yakni meningkatkan …") describe, they do not name.
 */
const LOWER_NAMED = new RegExp(String.raw`(?:\b(?:inovasi|program|aplikasi)(?:\s+(?!(?:tidak|tak|bukan|belum)\b)\p{Ll}+){0,4}?\s+(?:bernama|dinamakan|diberi nama|yakni|yaitu|berupa)|\b[Nn]amanya\s+(?:aplikasi|program|inovasi|layanan))\s+(${LOWER_NAME})${LOWER_NAME_END}`, 'gu');

/** A lower-case name as a title: "antar jemput lansia" is "Antar Jemput Lansia"; joiners stay lower case. */
const titleCase = (name: string) => name.split(/\s+/).map((w) => (JOINERS.has(w) ? w : w.charAt(0).toLocaleUpperCase('id-ID') + w.slice(1))).join(' ');

/** Whether lower-case words can be a name: not a clause's opening word, not a field of work every region has. */
const canBeLowerName = (name: string) => !NOT_A_LOWER_NAME.test(name.split(/\s+/)[0]!) && !GENERIC_TITLES.has(name) && !FIELD_OF_WORK.test(name) && !/\d/u.test(name);

/**
 * A field of work in lower case, not one program: a development noun and one word ("pengembangan pariwisata",
 * "pengelolaan sampah"), or a sector ("ekonomi kreatif"). Three words or more may name one ("penataan kampung tematik").
 */
const FIELD_OF_WORK = /^(?:(?:pengembangan|peningkatan|pembangunan|pengelolaan|penataan|pemberdayaan|penguatan|perbaikan|penanganan|pelayanan|pembinaan|penyelenggaraan|pelaksanaan|penerapan)\s+\S+|ekonomi\s+\S+|tata\s+\S+|sumber\s+daya\s+\S+)$/u;

/** Lower-case names a list goes on with after its capitalised ones, up to the first that cannot be a name. */
function lowerCaseItemsAfter(text: string, from: number): NamedItem[] {
  const items: NamedItem[] = [];
  const sentence = /^[^.;:!?\n]*/u.exec(text.slice(from))![0];
  let at = from;
  for (const segment of sentence.split(LIST_SEPARATOR)) {
    const index = at;
    at += segment.length;
    if (!segment.trim() || LIST_SEPARATOR.test(segment)) continue;
    // "dan lainnya", "dan sebagainya": the list ends.
    if (/^\s*(?:lainnya|sebagainya|lain-lain|dll)\b/u.test(segment)) break;
    // "… SIMASN untuk kepegawaian, pendidikan, hingga kesehatan": a preposition opens what the names serve; the list is over.
    if (/^\s*(?:untuk|bagi|guna|dengan|di|ke|pada|yang|agar|sehingga|oleh|melalui)\s/u.test(segment)) break;
    // A capitalised item was read already; a description that is no name ("penarikan retribusi berbasis X") is passed over.
    const name = new RegExp(String.raw`^\s*(?:(?:inovasi|program|aplikasi|layanan)\s+)?(${LOWER_NAME})\s*$`, 'u').exec(segment)?.[1];
    if (name && canBeLowerName(name)) items.push({ title: titleCase(name), index: index + segment.indexOf(name), named: true });
  }
  return items;
}

/** What separates the items of a list: commas, "dan", "serta". */
const LIST_SEPARATOR = /(,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)/u;

/**
 * A program noun, then lower-case names closed by "dan sebagainya" ("Ada program berkantor di desa, ongkir gratis ke
 * seluruh negeri, bantuan warung rakyat, dan sebagainya"): each item, or its words before a preposition, is a name.
 */
const ENUMERATED = /\b(?:program|inovasi|layanan)(?:-(?:program|inovasi|layanan))?\s+((?:\p{Ll}[^,.;:!?]{2,80},\s*){1,10}(?:dan\s+)?(?:sebagainya|lain-lain|lainnya|dll))\b/gu;

/** An item's words before a preposition that begins its description: "ongkir gratis" of "ongkir gratis ke seluruh negeri". */
const ENUMERATED_NAME = /^(\p{Ll}[\p{Ll}-]*(?:[ \t]+(?!(?:ke|untuk|bagi|hingga|dengan|melalui|dan|serta|atau)\b)\p{Ll}[\p{Ll}-]*){1,4})(?=$|[ \t]+(?:ke|untuk|bagi|hingga|dengan|melalui)\b)/u;

/** The lower-case names of a list closed by "dan sebagainya". */
function enumeratedNames(text: string): NamedItem[] {
  return [...text.matchAll(ENUMERATED)].flatMap((match) => {
    let at = match.index + match[0].length - match[1]!.length;
    return match[1]!.split(/(,\s*)/u).flatMap((segment) => {
      const index = at;
      at += segment.length;
      const name = ENUMERATED_NAME.exec(segment.trim())?.[1];
      return name && canBeLowerName(name) ? [{ title: titleCase(name), index: index + segment.indexOf(name), named: true }] : [];
    });
  });
}

/**
 * A short form used as a word with no long form printed ("program Simantap"): capitalised mid-sentence at least twice
 * and never written in lower case, which an ordinary word ("program Kesehatan … kesehatan warga") would be.
 */
function coinedWord(word: string, text: string): boolean {
  const midSentence = [...text.matchAll(new RegExp(String.raw`(?<=[\p{Ll},]\s+)${escapeRegExp(word)}(?![\p{L}\d])`, 'gu'))].length;
  return midSentence >= 2 && !new RegExp(String.raw`(?<![\p{L}\d])${escapeRegExp(word.toLocaleLowerCase('id-ID'))}(?![\p{L}\d])`, 'u').test(text);
}

/**
 * A name in quotation marks, by its opening mark: up to the mark that closes it. A single quote closes only where no
 * letter follows, since it is also an apostrophe ("Jum'at").
 */
const QUOTED_NAME: Record<string, RegExp> = {
  '"': /^(\p{Lu}[^"“”.;]{2,60})["”]/u,
  '“': /^(\p{Lu}[^"“”.;]{2,60})["”]/u,
  '‘': /^(\p{Lu}[^‘’"“”.;]{2,60})’/u,
  "'": /^(\p{Lu}[^"“”.;]{2,60}?)'(?!\p{L})/u,
};

/** One to three capitalised words, then an opening quotation mark: a description before a quoted name. */
const DESCRIBED_THEN_QUOTED = /^((?:\p{Lu}[\p{L}-]*[ \t]+){1,3})(["“‘'])/u;

/** A name, then "atau (yang) dikenal/disebut/disingkat (dengan) (nama)" and the name it goes by. */
const KNOWN_AS = /^(?:(?:program|inovasi|aplikasi|layanan)[ \t]+)?((?:\p{Lu}[\p{L}'’-]*|e-\p{L}+)(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|dan|&)){0,8})[ \t]+atau[ \t]+(?:yang[ \t]+)?(?:lebih[ \t]+)?(?:dikenal|disebut|disingkat)(?:[ \t]+dengan)?(?:[ \t]+(?:nama|istilah))?[ \t]+["“]?(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3})/u;

/** A verb of saying right after a name: the name is a speaker's. */
const SPEAKS_NEXT = new RegExp(String.raw`^\s*${SAYING_VERB}\b`, 'u');

/** Words that open a sentence or clause, never inside a program's name: where a name runs into the next sentence. */
const CLAUSE_OPENER = /[ \t]+(?:Selain|Sementara|Menurut|Namun|Sedangkan|Adapun|Kemudian|Setelah|Usai|Sebelumnya|Selanjutnya)\b.*$/u;

/** Function words that a headline in title case capitalises and no program's name holds. */
const TITLE_CASE_CLAUSE = /(?:^|\s)(?:Bisa|Ini|Itu|Akan|Terkait|Yang|Dapat|Harus|Sudah|Telah)(?=\s|[.,!?…]|$)/u;

/** A name as the article introduces it, with its bracketed abbreviation: "Dokter Masuk Desa (DMD)". */
export interface NamedItem {
  title: string;
  alias?: string | undefined;
  index: number;
  /** Listed after words that say it is a name ("inovasi itu adalah …"). */
  named?: boolean;
}

/** What separates the items of a list of names: semicolons, commas, "dan", "serta", "&". */
const ITEM_SEPARATOR = /;\s*(?:dan\s+|serta\s+)?|,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta|&)\s+/uy;
/** A separator, then the kind of thing again: ", Aplikasi …", " dan Aplikasi …". */
const KIND_AFTER_SEPARATOR = /(?:[,;]\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)(?:aplikasi|program|inovasi|layanan)\s/giu;
/** The kind of thing opening the next item. */
const KIND_NEXT = /^(?:aplikasi|program|inovasi|layanan)\s/iu;

/**
 * A list's items and separators, in order, split only outside brackets: "Sibakul (Koperasi dan Pelaku Usaha)" is one
 * item whose description joins two words with "dan".
 */
function splitOutsideBrackets(list: string): string[] {
  const parts: string[] = [];
  // "aplikasi Hibah dan Bansos, Aplikasi Barang Milik Daerah dan Aplikasi Managemen Jalan dan Jembatan": where every
  // item after the first opens with its kind again, only a separator before that kind ends one.
  const kindEachTime = (list.match(KIND_AFTER_SEPARATOR) ?? []).length >= 2;
  let depth = 0;
  let from = 0;
  for (let at = 0; at < list.length; ) {
    const char = list.charAt(at);
    if (char === '(') depth++;
    else if (char === ')') depth = Math.max(0, depth - 1);
    ITEM_SEPARATOR.lastIndex = at;
    const found = depth === 0 ? ITEM_SEPARATOR.exec(list)?.[0] : undefined;
    const separator = found && (!kindEachTime || KIND_NEXT.test(list.slice(at + found.length))) ? found : undefined;
    if (separator) {
      parts.push(list.slice(from, at), separator);
      at += separator.length;
      from = at;
    } else at++;
  }
  parts.push(list.slice(from));
  return parts;
}

/** The rest of the sentence from `start`: up to a full stop outside brackets that ends it, or the line's end. */
function sentenceFrom(text: string, start: number): string {
  let depth = 0;
  for (let at = start; at < text.length; at++) {
    const char = text.charAt(at);
    if (char === '(') depth++;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (char === '\n' || (depth === 0 && /[.!?]/u.test(char) && /^(?:\s|$)/u.test(text.slice(at + 1, at + 2)))) return text.slice(start, at);
  }
  return text.slice(start);
}

/** The names in lists such as "studi tiru terkait pelaksanaan A, B, C dan D" or "Launching X serta Y (DMD)". */
function findIntroducedNames(text: string): NamedItem[] {
  const items: NamedItem[] = [];
  for (const introducer of INTRODUCERS) {
    const named = NAMING_INTRODUCERS.includes(introducer);
    for (const match of text.matchAll(introducer)) {
      // "… terkait Aplikasi⏎Penandatangan MoU …": a line ends the phrase; the next line's words name nothing it introduced.
      if (/\n\s*$/u.test(match[0])) continue;
      // "Analis Program Pembangunan Pertanian …": a civil servant's job title, not a program introduced.
      if (/^Program\b/u.test(match[0]) && JOB_BEFORE.test(text.slice(Math.max(0, match.index - 20), match.index))) continue;
      // A quoted name ("Sekolah Sungai") starts the list with its quote mark, which would otherwise end it.
      const opening = match.index + match[0].length;
      const start = /["“‘']/.test(text.charAt(opening)) ? opening + 1 : opening;
      // A quoted name is one name, whatever it holds: "Bela dan Beli Kulon Progo", 'Gerakan Bangkit Desa'.
      const quoted = start > opening ? QUOTED_NAME[text.charAt(opening)]!.exec(text.slice(start))?.[1] : undefined;
      if (quoted && !/,/.test(quoted)) {
        items.push({ title: quoted.trim(), index: start, named });
        continue;
      }
      // 'aplikasi Hibah Bansos "Sabilulungan"': what the thing is, then its name in quotes, which is the title.
      const described = DESCRIBED_THEN_QUOTED.exec(text.slice(opening));
      const name = described ? QUOTED_NAME[described[2]!]!.exec(text.slice(opening + described[0].length))?.[1] : undefined;
      if (described && name && !/,/.test(name)) {
        items.push({ title: name.trim(), alias: described[1]!.trim(), index: opening + described[0].length, named });
        continue;
      }
      const rest = text.slice(start, start + 240);
      let listEnd = LIST_END.exec(rest)?.index ?? rest.length;
      // "seperti A, layanan … via online, B, C dan lainnya": a lower-case description between names is an item the
      // list goes on after, when a name follows it.
      for (let skip = DESCRIBED_ITEM.exec(rest.slice(listEnd)); skip; skip = DESCRIBED_ITEM.exec(rest.slice(listEnd))) {
        const next = rest.slice(listEnd + skip[0].length);
        listEnd += skip[0].length + (LIST_END.exec(next)?.index ?? next.length);
      }
      // "yakni A (…); B (…); dan C (…).": a naming list whose items carry descriptions is kept apart by semicolons, up to
      // the sentence's end.
      const list = named && rest.charAt(listEnd) === ';' ? sentenceFrom(text, start) : rest.slice(0, listEnd);
      const before = items.length;
      // "program Bangun Generasi dan Keluarga Sejahtera Papua atau dikenal Bangga Papua": one name, its "dan" inside, and
      // the name it is known by.
      const knownAs = KNOWN_AS.exec(rest);
      if (knownAs) {
        items.push({ title: knownAs[1]!, alias: knownAs[2]!, index: start + knownAs[0].indexOf(knownAs[1]!), named });
        continue;
      }
      let offset = start;
      for (const part of splitOutsideBrackets(list)) {
        const index = offset;
        offset += part.length;
        if (/^(,|;|\s)/.test(part) || !part.trim()) continue;
        let raw = part.trim();
        // "Peluncuran disaksikan Direktur Jenderal …": a verb right after the introducer opens a clause, not a list.
        if (index === start && CLAUSE_VERB.test(raw)) break;
        // "Rilis Aplikasi WargaKu, Warga Bisa Laporkan Keluhan …, Ini Fiturnya": a headline in title case goes on with
        // clauses, not names; a function word capitalised ends the list.
        if (items.length > before && TITLE_CASE_CLAUSE.test(raw)) break;
        // "inovasi … yakni dari Dinas Komunikasi dan Informasi": a preposition opens where a thing comes from, not a name;
        // the words after its "dan" are the rest of an office's name.
        if (SOURCE_WORD.test(raw)) break;
        // "mengadopsi e-Arsip dan e-Perizinan, Bupati Konawe Selatan, Rudi Santoso, …": an office's holder ends it too.
        if (HOLDER_OPENS.test(raw)) break;
        while (FILLER.test(raw)) raw = raw.replace(FILLER, '');
        // "… diantaranya inovasi dari Bappeda, Dinas Pariwisata, Dispora …": the offices the programs come from.
        if (SOURCE_WORD.test(raw)) break;
        // "Rukun Tetangga (RT) Mandiri": an abbreviation inside the name stands for the words before it; the
        // name is the whole ("Rukun Tetangga Mandiri"), the abbreviated form ("RT Mandiri") an alias.
        const inner = /^(.*?)\s*\(([\p{Lu}\d-]{2,11})\)\s+([\p{Lu}][\p{L}\d'’-]*(?:[ \t]+[\p{Lu}][\p{L}\d'’-]*){0,3})/u.exec(raw);
        // "Mal Pelayanan Publik (MPP) Pemerintah Kota Bogor": words naming a government after the bracket are its owner.
        if (inner && abbreviates(inner[2]!, inner[1]!.trim()) && !NOT_A_PROGRAM.test(inner[3]!)) {
          items.push({ title: `${inner[1]!.trim()} ${inner[3]}`, alias: `${inner[2]} ${inner[3]}`, index: index + part.indexOf(part.trim()) });
          continue;
        }
        const bracket = /^(.*?)\s*\(([^)]+)\)\s*$/u.exec(raw);
        // A name is its run of capitalised words: "Bank Sampah Digital mulai tahun depan" names "Bank Sampah Digital".
        const source = (bracket ? bracket[1]! : raw).replace(/^["“'‘]|["”'’]$/g, '');
        // A full stop left out runs the next sentence on: "aplikasi SiMPEL GASPOL Selain sebagai …" names "SiMPEL GASPOL".
        // An item that kept its "dan" (its list repeats the kind before each item) keeps it between capitalised words.
        let title = (/^(?:[em]-\p{L}[\p{L}\d'’-]*[ \t]*)?(?:[\p{Lu}\d][\p{L}\d'’–-]*[ \t]*(?:dan[ \t]+(?=\p{Lu}))?)*/u.exec(source)?.[0].trim() ?? '').replace(CLAUSE_OPENER, '');
        // "RT Mandiri 100 persen": a number the next word measures is a quantity, not part of the name.
        const quantity = /[ \t]+\d[\d.,]*$/u.exec(title);
        if (quantity && QUANTITY_UNIT.test(source.slice(title.length))) title = title.slice(0, quantity.index);
        // "inovasi bernama Pusat jejaring daerah (PujaIndah)": a capital that only starts a lower-case description
        // names nothing; the bracket's word is the name, the description its other name.
        const bracketName = bracket?.[2]!.trim();
        if (bracketName && /^\p{Lu}[\p{L}\d-]{2,}$/u.test(bracketName) && !title.includes(' ') && title !== source.trim() && !abbreviates(bracketName, title)) {
          items.push({ title: bracketName, alias: source.trim(), index: index + part.indexOf(bracketName) });
          continue;
        }
        if (!title || title.split(/\s+/).length > 6 || NOT_A_NAME.test(title)) continue;
        // "Inisiator Aplikasi X, Hari Nugroho mengemukakan …": the next clause's speaker ends the list.
        if (items.length > before && SPEAKS_NEXT.test(source.slice(source.indexOf(title) + title.length))) break;
        // "GERCEP (Gerakan Cepat …)": an abbreviation first, its expansion in brackets, which is the title.
        // Only when the bracket follows the abbreviation: in "PDAM seperti ZAMP (Zona Air Minum Prima)" it is ZAMP's.
        const expansion = bracket && bracket[1]!.trim() === title && /^[\p{Lu}\d-]{3,}$/u.test(title) && /^\p{Lu}\p{Ll}+(?:\s+\S+){1,8}$/u.test(bracket[2]!.trim()) ? bracket[2]!.trim() : undefined;
        if (expansion && OFFICE_HEAD.test(expansion)) continue;
        items.push(expansion ? { title: expansion, alias: title, index: index + part.indexOf(part.trim()) } : { title, alias: bracket?.[2]?.trim(), index: index + part.indexOf(part.trim()), named });
      }
      // "program unggulan seperti Gerakan Lansia Ceria (Gelaci), antar jemput lansia, sekolah sore gratis dan lainnya": a
      // naming list that began with a proper name goes on with lower-case names.
      if (LISTS.test(match[0]) && items.length > before) items.push(...lowerCaseItemsAfter(text, start + listEnd));
    }
  }
  items.push(...enumeratedNames(text));
  for (const match of text.matchAll(METHOD_NAME)) items.push({ title: match[1]!, index: match.index + match[0].length - match[1]!.length });
  for (const match of text.matchAll(LOWER_NAMED)) {
    const name = match[1]!;
    if (canBeLowerName(name) && !/^(?:me|ber|di|ter)\p{Ll}/u.test(name)) items.push({ title: titleCase(name), index: match.index + match[0].length - name.length, named: true });
  }
  // "Managemen Jalan" read by another introducer where the list kept "Managemen Jalan dan Jembatan" whole: the whole wins.
  // (An item's index may be its kind word's or its name's: near is enough.)
  const cutAtAnd = (item: NamedItem) => items.some((other) => Math.abs(other.index - item.index) <= 12 && other.title.startsWith(`${item.title} dan `));
  return items.filter((item) => !cutAtAnd(item)).sort((a, b) => a.index - b.index);
}

/** Job titles of the civil service that take "Program" as their object: "Analis Program", "Pengelola Program". */
const JOB_BEFORE = /(?:^|\s)(?:Analis|Pengelola|Perencana|Penyusun|Pengadministrasi|Pranata|Koordinator|Manajer|Pengawas)\s+$/u;

/** A head's office and at least two more words: how a program named after the head begins ("Bupati Menyapa Warga"). */
const HEAD_LED = /^(?:Wali\s?Kota|Walikota|Bupati|Gubernur|Camat|Lurah)\s+\S+\s+\S+/u;
/** "Wali Kota Jumpa Rakyat (WAJAR)": a head's office opens a program's name when its short form spells the whole. */
const namedAfterHead = (title: string, alias: string | undefined) => HEAD_LED.test(title) && alias !== undefined && (abbreviates(alias, title) || spellsFromInside(alias, title));

/** A verb in lower case ("disaksikan", "dihadiri", "digelar", "menghadirkan", "berlangsung"): what follows it is no name. */
const CLAUSE_VERB = /^(?:di\p{Ll}{3,}(?:kan|i)|di(?:gelar|buka|tutup|ikuti|pimpin|sambut|terima)|me(?:m|n|ng|ny)\p{Ll}{3,}|ber\p{Ll}{3,})\s/u;

/** Words a name may carry between its capitalised words: "Pusat Pelayanan Informasi dan Dokumentasi". */
const JOINERS = new Set(['dan', 'di', 'ke', 'untuk', 'yang', 'bagi', '&', 'se', 'serta']);

/**
 * Whether an abbreviation is made of its expansion's words: each word gives its first letters, in order
 * ("MPP" Mal Pelayanan Publik, "SiPeDe" Sistem Pelayanan Desa), joiners may give one letter or none.
 */
export function abbreviates(abbreviation: string, expansion: string): boolean {
  // "P3M" is PPPM: a digit repeats the letter before it.
  const letters = abbreviation
    .toLowerCase()
    .replace(/(\p{L})(\d)/gu, (_, letter: string, times: string) => letter.repeat(Number(times)))
    .replace(/[^\p{L}]/gu, '');
  const words = expansion.toLowerCase().split(/\s+/).filter(Boolean);
  const memo = new Map<string, boolean>();
  const fits = (a: number, w: number): boolean => {
    if (a === letters.length) return words.slice(w).every((word) => JOINERS.has(word));
    if (w === words.length) return false;
    const id = `${a}:${w}`;
    if (memo.has(id)) return memo.get(id)!;
    const word = words[w]!;
    let ok = JOINERS.has(word) && fits(a, w + 1);
    // A word gives its first letter and then any of its later letters in order: a prefix ("Pel" Pelayanan) or the
    // syllables Indonesian acronyms take ("Long" Lorong, "wis" Wisata: "Longwis" Lorong Wisata).
    if (!ok && word[0] === letters[a]) {
      for (let k = 1, at = 1; !ok && a + k <= letters.length; k++) {
        if (k > 1) {
          while (at < word.length && word[at] !== letters[a + k - 1]) at++;
          if (at === word.length) break;
          at++;
        }
        ok = fits(a + k, w + 1);
      }
    }
    memo.set(id, ok);
    return ok;
  };
  return letters.length >= 2 && fits(0, 0);
}

/** Abbreviations of things every government has, not programs: revenue, budget, offices, staff, plans, schools. */
const GENERIC_ABBREVIATIONS = new Set(
  ('PAD IPM UMKM UKM SDM ASN PNS PPPK APBD APBN APBDES RPJMD RPJMN RKPD RENSTRA DAK DAU DBH DTKS PBB SPM KTP KK NIK CSR KKN ADD DD OPD SKPD ' +
    'IKM LKPJ LAKIP SAKIP WTP BPK BPKP GAPOKTAN POKTAN POKDARWIS UPT UPTD PAUD SD SMP SMA SMK TK RT RW PKL BPJS HUT MUSRENBANG RAKOR RAKORNAS ' +
    'FORKOPIMDA SATGAS POKJA BIMTEK TOT FGD MOU PKS SETDA TPP ZI WBK WBBM SPBE RB PJ PLT PLH PT CV BUMN BUMD BUMDES KADIN PKK TP DPRD DPR OPD ' +
    'PDRB IKU RAPBD KUA PPAS SILPA SPJ SOP RSUD PDAM PUSKESMAS POSYANDU KEMENDAGRI KEMENPANRB MENPANRB KEMENKES BAPPEDA BRIDA LPSE ULP PPK PMI NU ' +
    // A council's bodies and drafts, fuel, a working visit: words of every government's business.
    'AKD BAPEMPERDA BANSUS PANSUS BANGGAR BAMUS RAPERDA PERDA PERBUP PERWALI KUNKER BBM BBG ' +
    // The world's development goals every plan cites.
    'SDGS TPB ' +
    // The nation's new capital, which reports name beside regional programs.
    'IKN ' +
    // A council's routines (informing on bylaws and on the nation, visits to constituencies) and the smoke-free zone
    // every region must set by bylaw.
    'SOSPER SOSPERDA SOSBANG SOSWASBANG DAPIL RESES KTR ' +
    // The nation's welfare programs and cards.
    'PKH BPNT BLT KIS KIP KKS JKN PBI P2TP2A ' +
    // The nation's innovation laboratory.
    'LABINOV PSBB PPKM ' +
    // The nation's schemes named above, by their short names.
    'MBG CKG KDMP KKMP PIP PROKLIM KLA GERMAS BBI BST ' +
    // The nation's agencies, whose work reports name beside regional programs.
    'KPK KPU BAWASLU BPS BNN BNPB BPBD BRIN LAN OJK BPOM BKKBN BPN ATR TNI POLRI KEJAGUNG KEJARI KEJATI ORI OMBUDSMAN ' +
    // Provinces by their short names ("tiga provinsi yakni Jabar, Banten, dan NTB").
    'JABAR JATENG JATIM SUMUT SUMBAR SUMSEL KALBAR KALTENG KALSEL KALTIM KALTARA SULUT SULTENG SULSEL SULTRA SULBAR NTB NTT DIY DKI BABEL KEPRI MALUT ' +
    // Licences and papers every office issues.
    'SIM STNK SKCK NPWP ' +
    // Technologies, not programs.
    'SMS CCTV').split(' '),
);
/** Expansions that name a kind of thing, not one program ("Pendapatan Asli Daerah", "Kartu Tanda Penduduk"), or an award. */
const GENERIC_HEAD = /^(?:Dana|Anggaran|Pajak|Retribusi|Rencana|Indeks|Kartu|Sumber Daya|Usaha Mikro|Pendapatan|Peraturan|Undang|Keputusan|Surat|Kuliah|Kelompok|Gabungan|Standar|Laporan|Musyawarah|Rapat|Pelatihan|Pendidikan|Bimbingan|Kesatuan|Komando|Kepolisian|Tentara|Universitas|Sekolah Tinggi|Institut|Politeknik|Partai|Persatuan|Perkumpulan|Paguyuban|Ikatan|Himpunan|Koperasi|Aparatur|Pegawai|Tenaga|Penjabat|Pelaksana|Menteri|Wakil|Kepala|Ketua|Asisten|Staf|Tim|Organisasi|Perangkat|Daerah|Produk Domestik|Corporate|Pusat Kesehatan|Zona|Wilayah|Palang Merah|Karang Taruna|Gerakan Pramuka|Majelis|Nahdlatul|Muhammadiyah|Alat Kelengkapan|Rancangan|Bahan Bakar|Kunjungan|Studi|Replikasi|Penandatangan(?:an)?|Teknologi Informasi|Jaringan|Ibu Kota|Pusat Pemerintahan|Kompetisi|Lomba|Anugerah|Penghargaan|Sosialisasi|Kunker|Reses|Kawasan Tanpa Rokok|Bantuan|Rumah Jabatan|Rumah Dinas|Rujab|Rumdin|Pendopo|Pendapa|Balai Kota|Balaikota|Aula|Ruang Rapat)\b|\bAwards?$/u;

/** A word that says a sentence is about programs: "aplikasi", "inovasi", "program", "layanan". */
const PROGRAM_WORD = /\b(?:aplikasi|inovasi|program|layanan|proyek perubahan)\b/iu;

/** Community institutions every region has, which a program's name qualifies: "RT Mandiri", "UMKM Naik Kelas", "Posyandu Prima". */
const QUALIFIED_INSTITUTIONS = new Set(['RT', 'RW', 'PKK', 'UMKM', 'UKM', 'IKM', 'BUMDES', 'POSYANDU', 'PAUD', 'KIM', 'POKDARWIS', 'LPM']);

const OFFICE_BEFORE = /^(?:Menteri|Kementerian|Kemenko|Kepala|Dinas|Badan|Kantor|Bagian|Bidang|Deputi|Direktorat|Direktur|Sekretariat|Sekretaris|Asisten|Wakil|Ketua|Komisi|Lembaga|Biro|Kabid|Kasubbid|Kabag|Kasubag|Kasubbag|Kasi|Kasie|Kadis|Kaban|Tim|Satgas|Pokja|Panitia)$/u;
/** Offices whose holder's name may follow with its initials: "program Bupati Yosef Lende Kaka (YLK)" names a person. */
/** The word before a meeting's own name: "Rapat Koordinasi …", "Forum …". */
const MEETING_BEFORE = /^(?:Rapat|Koordinasi|Rakor|Rakorda|Rakornas|Rakerda|Musyawarah|Pertemuan|Konferensi|Seminar|Lokakarya|Workshop|Sosialisasi)$/u;
const HOLDER_BEFORE = new RegExp(String.raw`(?:^|\s)(?:${REGION_HEADS}|Camat|Lurah|Presiden|Kades|Kepala Desa)$`, 'u');

/** Whether a short form's letters occur in order in the words it stands for ("Prodamas" in "ProgramPemberdayaanMasyarakat"). */
/**
 * An abbreviation in capitals of three letters or more that spells a run of three or more words from inside them, as
 * Indonesian acronyms take their letters ("SIMRAL": Sistem Informasi Manajemen peRencanaan, penggAnggaran, peLaporan),
 * starting with the first word's initial.
 */
function spellsFromInside(abbreviation: string, expansion: string): boolean {
  return /^[\p{Lu}\d]{3,}$/u.test(abbreviation) && expansion.split(/\s+/).length >= 3 && expansion[0]!.toLowerCase() === abbreviation[0]!.toLowerCase() && spells(abbreviation, expansion.replace(/[^\p{L}]/gu, ''));
}

function spells(short: string, words: string): boolean {
  let at = 0;
  for (const letter of words.toLowerCase()) if (letter === short[at]?.toLowerCase()) at++;
  return at === short.length;
}

/** A list item that goes on after a name: ", Sekolah Asuh Sungai, hingga Sekolah Wisata Edukasi." */
const NEXT_IN_LIST = /^((?:[ \t]*\([^()]{0,80}\))?(?:[ \t]*,[ \t]*|[ \t]+)(?:(?:dan|serta|hingga|sampai|atau)[ \t]+)?)((?:\p{Lu}[\p{L}'’-]*[ \t]+){0,3}\p{Lu}[\p{L}'’-]*)(?:[ \t]*\(([^()]{2,80})\))?(?=[ \t]*[,.]|[ \t]+(?:dan|serta|hingga|sampai|atau)[ \t])/u;

/**
 * The names a list goes on with after one it introduced by its long form ("Ada Jelita (Jelantah Jadi Berkah), Sekolah
 * Asuh Sungai, hingga Sekolah Wisata Edukasi"), up to the first item that is not a capitalised name.
 */
function namesListedAfter(text: string, from: number, namedPlaces: ReadonlySet<string>): NamedItem[] {
  const items: NamedItem[] = [];
  for (let at = from, next = NEXT_IN_LIST.exec(text.slice(at)); next; next = NEXT_IN_LIST.exec(text.slice(at))) {
    const name = next[2]!;
    if (NOT_A_PROGRAM.test(name) || OFFICE_HEAD.test(name) || GENERIC_HEAD.test(name) || NOT_A_NAME.test(name) || namedPlaces.has(name)) break;
    items.push({ title: name, alias: next[3]?.trim(), index: at + next[1]!.length });
    at += next[0].length;
  }
  return items;
}

/**
 * The letters a two-word spoken short form spells: both words ("Sabuk Mas": Sabilulungan Bangun UMKM dan Koperasi
 * untuk Masyarakat), or the first alone when the second is a place ("Bangga Papua": Bangun Generasi dan Keluarga
 * Sejahtera). Undefined for anything else.
 */
function spokenPair(short: string, namedPlaces: ReadonlySet<string>): string | undefined {
  const pair = /^(\p{Lu}\p{Ll}{2,}) (\p{Lu}\p{Ll}+)$/u.exec(short);
  if (!pair) return undefined;
  return namedPlaces.has(pair[2]!) ? pair[1] : `${pair[1]}${pair[2]}`;
}

/**
 * One capitalised word right after a name's bracketed short form that belongs to the name: "Antenatal Care (ANC)
 * Hipnoterapi". Not a place, an office, a date or the start of another name.
 */
function tailAfter(after: string, namedPlaces: ReadonlySet<string>): string | undefined {
  const tail = /^[ \t]+(\p{Lu}\p{Ll}{2,})(?![\p{L}\d'’-])(?![ \t]+\p{Lu})/u.exec(after)?.[1];
  if (!tail || namedPlaces.has(tail) || NOT_A_PROGRAM.test(tail) || OFFICE_HEAD.test(tail) || GENERIC_HEAD.test(tail) || NOT_A_NAME.test(tail) || /^(?:Nomor|Tahun|Pada|Dan|Di|Yang)$/u.test(tail)) return undefined;
  return tail;
}

/** A word for a group of people or a body, just before a name: "komunitas …", "kelompok …", "paguyuban …". */
const BODY_BEFORE = /(?:^|[^\p{L}])(?:komunitas|kelompok|paguyuban|organisasi|forum|lembaga|yayasan|perkumpulan|asosiasi|ikatan|himpunan)\s+$/u;

/**
 * Names printed with their abbreviation anywhere in the body, whichever comes first: "Mal Pelayanan Publik (MPP)",
 * "KDI (Klinik Diseminasi Inovasi)", "'Gayatri' yang merupakan akronim dari Gerbang Layanan …". The letters must
 * fit the words (or the text must say "akronim dari"), and offices and generic terms are left out.
 */
function findAbbreviatedNames(text: string, namedPlaces: ReadonlySet<string>): NamedItem[] {
  const items: NamedItem[] = [];
  const accept = (title: string, alias: string, index: number) => {
    const words = title.split(/\s+/);
    if (words.length < 2 || words.length > 8 || OFFICE_HEAD.test(title) || GENERIC_HEAD.test(title) || (NOT_A_PROGRAM.test(title) && !namedAfterHead(title, alias))) return;
    // "komunitas PEMPES (Pemuda Peduli Sampah)": a group of people, not a program.
    if (BODY_BEFORE.test(text.slice(Math.max(0, index - 30), index))) return;
    if (GENERIC_ABBREVIATIONS.has(alias.toUpperCase().replace(/[^\p{L}\d]/gu, ''))) return;
    items.push({ title, alias, index });
  };
  const WORD = String.raw`[\p{Lu}][\p{L}'’-]*`;
  // "Covid-19" within a name; "Perencanaan, Penganggaran dan Pelaporan": a name's own list of capitalised words.
  const NAME_WORD = String.raw`[\p{Lu}][\p{L}'’-]*(?:-\d+)?`;
  // "Mal Pelayanan Publik (MPP)": the shortest run of capitalised words before the brackets that the letters fit. An
  // abbreviation in capitals may be two words ("Layanan Klinik Inovasi Daerah (LAKI IDA)").
  for (const match of text.matchAll(new RegExp(String.raw`((?:${NAME_WORD},?\s+(?:(?:dan|di|ke|untuk|bagi|serta|&)\s+)?){0,8}${NAME_WORD})\s*\(([\p{Lu}\d][\p{L}\d-]{1,11}|[\p{Lu}\d]{2,8} [\p{Lu}\d]{2,8}|\p{Lu}\p{Ll}{2,11} \p{Lu}\p{Ll}{1,11})\)`, 'gu'))) {
    // "Provinsi Nusa Tenggara Barat (NTB) Zulkieflimansyah", "Kabupaten Kotawraingin Barat (Kobar)": a region's short name.
    if (isShortRegionName(match[2]!)) continue;
    const printed = match[1]!.split(/\s+/);
    const words = printed.map((w) => w.replace(/,$/u, ''));
    const tail = tailAfter(text.slice(match.index + match[0].length), namedPlaces);
    // Letters from the words' starts first ("MPP"); else, for a run of three or more words, letters from inside them
    // as Indonesian acronyms take them ("SIMRAL": Sistem Informasi Manajemen peRencanaan, penggAnggaran, peLaporan).
    const fitsFrom = (from: number) => {
      const title = words.slice(from).join(' ');
      return abbreviates(match[2]!, title) || spellsFromInside(match[2]!, title);
    };
    let fitted = false;
    for (let from = words.length - 2; from >= 0; from--) {
      const title = printed.slice(from).join(' ');
      if (JOINERS.has(words[from]!) || !fitsFrom(from)) continue;
      fitted = true;
      // "Menteri Pendayagunaan Aparatur Negara … (PAN-RB)": the words name an office's field, not a program.
      // "Rapat Koordinasi Pimpinan Kecamatan (PIKA)": a meeting's name, not a program.
      if (from === 0 || !(OFFICE_BEFORE.test(words[from - 1]!) || MEETING_BEFORE.test(words[from - 1]!) || HOLDER_BEFORE.test(words.slice(0, from).join(' ')))) accept(tail ? `${title} ${tail}` : title, tail ? `${match[2]} ${tail}` : match[2]!, match.index + match[1]!.length - title.length);
      break;
    }
    // "Program Pemberdayaan Masyarakat (Prodamas) Plus": a short form spoken as a word takes its letters from inside
    // the words too. When it begins as the words do and spells along them, it is the program's name, the words its
    // long form: "Prodamas Plus", also called "Program Pemberdayaan Masyarakat Plus".
    const word = match[2]!;
    // It may be two words ("Sabuk Mas"), the second the place the program is named for ("Bangga Papua").
    const spoken = /^\p{Lu}\p{Ll}{3,}$/u.test(word) ? word : spokenPair(word, namedPlaces);
    if (fitted || !spoken) continue;
    // Its first two letters open a word ("Pro" Program) or are two words' initials ("Pi": Pusat Informasi, "Pikobar").
    const opensWith = (i: number) => {
      const [first, second] = spoken.toLowerCase();
      const next = words.slice(i + 1).find((w) => !JOINERS.has(w.toLowerCase()));
      return words[i]![0]!.toLowerCase() === first && (words[i]![1]?.toLowerCase() === second || next?.[0]?.toLowerCase() === second);
    };
    const from = words.findIndex((_, i) => i < words.length - 1 && opensWith(i) && spells(spoken, words.slice(i).join('')));
    const expansion = words.slice(from).join(' ');
    // "Kabid Infrastruktur dan Kewilayahan (Infraswil)": the field an office's head is named after.
    if (from < 0 || (from > 0 && OFFICE_BEFORE.test(words[from - 1]!)) || OFFICE_HEAD.test(expansion) || NOT_A_PROGRAM.test(expansion) || GENERIC_HEAD.test(expansion) || GENERIC_ABBREVIATIONS.has(word.toUpperCase()) || namedPlaces.has(word)) continue;
    items.push({ title: tail ? `${word} ${tail}` : word, alias: tail ? `${expansion} ${tail}` : expansion, index: match.index + match[0].indexOf(`(${word}`) + 1 });
  }
  // "Rukun Tetangga (RT) Berkelas": the abbreviation of an institution every region has, then the words that make it
  // one program. The whole is the title ("Rukun Tetangga Berkelas"), the short form ("RT Berkelas") its alias.
  for (const match of text.matchAll(new RegExp(String.raw`((?:${WORD}\s+){0,4}${WORD})\s*\(([\p{Lu}]{2,6})\)[ \t]+((?:${WORD}[ \t]+){0,2}${WORD})`, 'gu'))) {
    const words = match[1]!.split(/\s+/);
    const from = words.findIndex((_, i) => abbreviates(match[2]!, words.slice(i).join(' ')));
    const qualifier = match[3]!;
    if (from < 0 || !QUALIFIED_INSTITUTIONS.has(match[2]!) || NOT_A_PROGRAM.test(qualifier) || NOT_A_NAME.test(qualifier) || /^(?:Nomor|No|Tahun)\b/u.test(qualifier)) continue;
    const expansion = words.slice(from).join(' ');
    items.push({ title: `${expansion} ${qualifier}`, alias: `${match[2]} ${qualifier}`, index: match.index + match[1]!.length - expansion.length });
  }
  // "KDI (Klinik Diseminasi Inovasi)": the abbreviation first.
  // "GAMPIL (Gadget Mobile Aplication for License)": letters from inside the words too, as above.
  for (const match of text.matchAll(new RegExp(String.raw`(?<![\p{L}\d])([\p{Lu}][\p{Lu}\d-]{1,11})\s*\(((?:${WORD}\s+(?:(?:dan|di|ke|untuk|bagi|serta|for|of|&)\s+)?){1,8}${WORD})\)`, 'gu'))) {
    if (abbreviates(match[1]!, match[2]!) || spellsFromInside(match[1]!, match[2]!)) accept(match[2]!, match[1]!, match.index);
  }
  // "TOSS (Tempat Olah Sampah Setempat, milik Pemkab Klungkung)": a list of others' innovations names each with its
  // owner inside the brackets. The owner makes it a program even when the letters do not fit the words.
  for (const match of text.matchAll(new RegExp(String.raw`(?<![\p{L}\d])([\p{Lu}][\p{Lu}\d-]{1,11})\s*\(([^()]{3,80}?),?\s+(?:milik|punya|inovasi|dari)\s+(?:Pemerintah|Pemkab|Pemkot|Pemko|Pemprov|Kabupaten|Kota|Provinsi)\b`, 'gu'))) {
    const expansion = match[2]!.trim();
    if (GENERIC_ABBREVIATIONS.has(match[1]!.replace(/[^\p{L}\d]/gu, ''))) continue;
    if (abbreviates(match[1]!, expansion)) accept(expansion, match[1]!, match.index);
    else items.push({ title: match[1]!, alias: expansion, index: match.index });
  }
  // "Bakso Kesat (Bakti Sosial Kesehatan Masyarakat)", "Jelita (Jelantah Jadi Berkah)": a name made to sound like a
  // word, its long form in brackets, which starts as the name does though the letters do not spell it.
  // In a sentence about applications or innovations, the long form need not start as the name does: "mengandalkan Si
  // Tali Merah (Relokasi Pertambangan Liar ke Wilayah …)", "Papa Pande (Cepat Tanggap PPNS dalam Penegakan …)".
  for (const match of text.matchAll(new RegExp(String.raw`(?<![\p{L}\d])((?:${WORD}[ \t]+){0,2}${WORD})\s*\(((?:${WORD}\s+(?:(?:dan|di|ke|untuk|bagi|serta|dalam|pada|&)\s+)?){2,11}${WORD})\)`, 'gu'))) {
    const expansion = match[2]!;
    // The name may follow a capitalised word that opens the sentence ("Dari Bakso Kesat (…)", "Ada Jelita (…)").
    const words = match[1]!.split(/[ \t]+/);
    const startsAsLongForm = words.findIndex((_, i) => {
      const name = words.slice(i).join(' ');
      return name.includes(' ') ? name[0] === expansion[0] : name.slice(0, 2) === expansion.slice(0, 2);
    });
    // The sentence so far; a line may break inside it.
    const before = text.slice(Math.max(0, match.index - 1000), match.index);
    const aboutPrograms = PROGRAM_WORD.test(before.slice(Math.max(0, ...[...before.matchAll(/[.!?]["”]?\s/gu)].map((m) => m.index))));
    const from = startsAsLongForm >= 0 || !aboutPrograms ? startsAsLongForm : 0;
    const name = words.slice(from).join(' ');
    const index = match.index + match[1]!.length - name.length;
    if (from < 0 || items.some((i) => i.index === index)) continue;
    // "Kementerian Dalam Negeri RI (Dirjen Otda Kemendagri)": the words name an office's field, the brackets its head.
    const wordBefore = /([\p{L}]+)[ \t]+$/u.exec(text.slice(Math.max(0, index - 40), index))?.[1];
    if (wordBefore && OFFICE_BEFORE.test(wordBefore)) continue;
    if (NOT_A_PROGRAM.test(name) || OFFICE_HEAD.test(name) || GENERIC_HEAD.test(name) || namedPlaces.has(name) || OFFICE_HEAD.test(expansion) || NOT_A_PROGRAM.test(expansion) || GENERIC_HEAD.test(expansion)) continue;
    // An initialism in capitals ("GEMAS (Gerakan Masyarakat Sehat)") gives way to its words, as "KDI (…)" does; a name
    // spoken as a word ("Gemas", "Bakso Kesat") is the title.
    items.push(/^[\p{Lu}\d-]+$/u.test(name) && abbreviates(name, expansion) ? { title: expansion, alias: name, index } : { title: name, alias: expansion, index });
    items.push(...namesListedAfter(text, match.index + match[0].length, namedPlaces));
  }
  // "'Gayatri' yang merupakan akronim dari Gerbang Layanan Informasi Terpadu".
  // "Pemburu Bumil Risti kepanjangan dari Pemburu Ibu Hamil Resiko Tinggi": the short form may be several words.
  // Case matters here: the short form's words are capitalised ("… dengan merk AirKU, singkatan dari …" names "AirKU").
  for (const match of text.matchAll(new RegExp(String.raw`["'‘“]?((?:[\p{Lu}][\p{L}\d-]{1,20}[ \t]+){0,3}[\p{Lu}][\p{L}\d-]{1,20})["'’”]?,?\s+(?:[Yy]ang\s+)?(?:[Mm]erupakan\s+)?(?:[Aa]kronim|[Ss]ingkatan|[Kk]ependekan|[Kk]epanjangan(?:nya)?)\s+(?:[Dd]ari\s+)?((?:${WORD}\s+(?:(?:dan|di|ke|untuk|bagi|serta|&)\s+)?){1,8}${WORD})`, 'gu'))) {
    accept(match[2]!.replace(/\s+(?:dan|di|ke|untuk|bagi|serta|&)$/u, ''), match[1]!, match.index);
  }
  return items;
}

/**
 * Programs the article names: known ones, then new candidates from introduced names that match none.
 * Names in the headline (from `bodyStart` on is the body) count only for known programs.
 * A candidate must start with a capital (a proper name, not "pengelolaan sampah" in passing) and not be a place.
 */
export function findPrograms(text: string, bodyStart: number, known: readonly KnownProgram[], namedPlaces: ReadonlySet<string>): FoundProgram[] {
  const found = findKnownPrograms(text, known, namedPlaces);
  const candidates = new Map<string, FoundProgram>();
  // New names come from the body: headlines capitalise every word and shorten names.
  const body = text.slice(bodyStart);
  const abbreviated = findAbbreviatedNames(body, namedPlaces);
  // A list cut at "dan" ("Pusat Pelayanan Informasi", or "Pelayanan Aspirasi Warga" of "Sistem Aduan dan Pelayanan
  // Aspirasi Warga (Sapa Warga)") yields to the whole name its abbreviation spells.
  // So does its tail with the abbreviation ("Prasarana Kelurahan (PSPK)" of "Pembangunan Sarana dan Prasarana Kelurahan (PSPK)").
  // So do the words a spoken short form stands for ("Pembinaan Usaha Warga" of "Probusa Plus").
  const introduced = findIntroducedNames(body).filter((i) => !abbreviated.some((a) => ((a.index === i.index || a.index + a.title.length === i.index + i.title.length) && a.title.length > i.title.length && (a.title.startsWith(i.title) || a.title.endsWith(i.title))) || (i.alias !== undefined && a.alias === i.alias && a.title.endsWith(i.title) && a.title !== i.title) || (i.title.includes(' ') && a.alias !== undefined && a.alias !== i.title && a.alias.includes(i.title))));
  const named = [...introduced, ...abbreviated].sort((a, b) => a.index - b.index);
  const national = [...body.matchAll(NATIONAL_LIST)].map((m) => compact(m[1]!));
  // What a national law is about, and the programs a ministry is said to have, up to the sentence's end.
  const regulations = [...text.matchAll(NATIONAL_REGULATION), ...text.matchAll(MINISTRY_PROGRAMS)].map((m): [number, number] => [m.index + m[0].length, m.index + m[0].length + sentenceFrom(text, m.index + m[0].length).length]);
  for (const introduced of named.map((i) => ({ ...i, index: i.index + bodyStart }))) {
    // "Mal Pelayanan Publik Tangerang Selatan" is the program "Mal Pelayanan Publik" of that city.
    // "Kotawaringin Barat (Kobar)" is a region and its short name, not a program.
    if (namedPlaces.has(introduced.title)) continue;
    // The longest place the name ends with, or none: "Air Kulon Progo" ends with "Kulon Progo", too long to drop, and
    // its last word alone ("Progo") is no place of its own.
    const longest = [...namedPlaces].sort((a, b) => b.length - a.length).find((p) => introduced.title.endsWith(` ${p}`));
    // Not a place the abbreviation spells: "Orang Asli Papua (OAP)" keeps "Papua".
    const spelt = (title: string) => introduced.alias !== undefined && abbreviates(introduced.alias, title);
    // Nor one its long form names as well: "Manjo Ka Sulut (… untuk Sulut Hebat)" keeps "Sulut".
    const longForm = introduced.alias ?? /^\s*\(([^)]*)\)/u.exec(text.slice(introduced.index + introduced.title.length))?.[1];
    const inLongForm = longest !== undefined && longForm !== undefined && new RegExp(`\\b${escapeRegExp(longest)}\\b`, 'u').test(longForm);
    const place = longest && introduced.title.length - longest.length > 8 && !inLongForm && !(spelt(introduced.title) && !spelt(introduced.title.slice(0, -longest.length - 1))) ? longest : undefined;
    const trimmed = place ? introduced.title.slice(0, -place.length - 1).replace(/\s+(?:di|se|Kota|Kabupaten|Pemkot|Pemkab|Pemko|Pemprov|Pemerintah(?: Kota| Kabupaten| Provinsi)?)$/u, '') : introduced.title;
    const item = { ...introduced, title: trimmed.split(' ').map((word) => TITLE_SPELLINGS[word] ?? word).join(' ') };
    const names = [item.title, ...(item.alias ? [item.alias] : [])];
    // A name cut short where a known program is named ("e-village" of "e-village budgetting") is that program.
    const alreadyKnown = found.some((program) => program.index === item.index || names.some((name) => [program.title, ...program.aliases, ...namesOfFound(program, known, namedPlaces)].some((n) => sameName(n, name))));
    // A name the text stops on (an excerpt cut mid-name: "meluncurkan Inovasi Gerakan Keluarga ") may be incomplete.
    const titleAt = text.indexOf(introduced.title, introduced.index);
    const cutOff = titleAt >= 0 && text.slice(titleAt + introduced.title.length).trim() === '';
    if (cutOff || GENERIC_TITLES.has(item.title.toLocaleLowerCase('id-ID')) || SOFTWARE.test(item.title) || VENUE_TAIL.test(item.title) || EVENT_TAIL.test(item.title) || INSTITUTION_OF_A_LEVEL.test(item.title) || ROUTINE.test(item.title)) continue;
    // "…, ujar Hartawan": a word the article gives as a speaker is a person's name.
    if (!item.title.includes(' ') && new RegExp(String.raw`\b(?:ujar|kata|ucap|ungkap|jelas|tutur|tambah|papar|terang|imbuh)(?:nya)?\s+${escapeRegExp(item.title)}\b`, 'u').test(text)) continue;
    // "Surat Pernyataan Miskin (SPM)": an abbreviation of what every government issues or keeps is no program's name.
    if (!item.title.includes(' ') && GENERIC_ABBREVIATIONS.has(item.title.toUpperCase())) continue;
    // "Laboratorium Inovasi Daerah (Labinov)": the long form of such an abbreviation is no program either.
    if (item.alias && !item.alias.includes(' ') && GENERIC_ABBREVIATIONS.has(item.alias.toUpperCase())) continue;
    // "Sistem Layanan Rujukan Terpadu (SLRT) milik Kemensos": a ministry's program, which no region owns.
    const printedEnd = titleAt >= 0 ? titleAt + introduced.title.length : introduced.index;
    if (MINISTRY_OWNED.test(text.slice(printedEnd, printedEnd + 80))) continue;
    // "PP Nomor 12 Tahun 2018 tentang Pedoman Penyusunan Tata Tertib (Tatib) DPRD": what a national law is about.
    // "Kemendes PDT sendiri memiliki 4 program …, seperti produk unggulan perdesaan (Prukades)": a ministry's programs.
    if (regulations.some(([from, to]) => introduced.index >= from && introduced.index < to)) continue;
    // "program nasional seperti Makan Bergizi Gratis (MBG)": the nation's programs, which no region owns.
    if (national.some((list) => list.includes(compact(item.title)))) continue;
    const listedOrCoined = (item.named || coinedWord(item.title, body)) && LISTED_WORD.test(item.title) && !GENERIC_ABBREVIATIONS.has(item.title.toUpperCase());
    if (alreadyKnown || !/^(?:[\p{Lu}\d]|[em]-\p{L})/u.test(item.title) || namedPlaces.has(item.title) || (NOT_A_PROGRAM.test(item.title) && !namedAfterHead(item.title, item.alias)) || item.title.split(/\s+/).length === 1 && !item.alias && !ONE_WORD_NAME.test(item.title) && !listedOrCoined) continue;
    // "dari Jawa Timur (Jatim)": a short form in brackets after a place is that place's, not a program's.
    // A long form that only ends with a place ("Pusat Informasi dan Koordinasi Covid-19 Jawa Barat (Pikobar)") names more than it.
    if (!item.title.includes(' ') && item.alias && [...namedPlaces].some((p) => item.alias!.endsWith(p) && item.alias!.slice(0, -p.length).trim().split(/\s+/).filter(Boolean).length <= 2)) continue;
    const slug = slugify(item.title);
    // "program PSPK" after "Pembangunan Sarana dan Prasarana Kelurahan (PSPK)" is the same program by its short name.
    // "aplikasi Pantau" after "Aplikasi Pantau Pekalongan" is the same program without its city's name.
    const existing = [...candidates.values()].find((c) => [c.title, ...c.aliases].some((n) => names.some((name) => sameName(n, name) || withoutPlace(n, namedPlaces) === name || withoutPlace(name, namedPlaces) === n)));
    if (existing) {
      if (item.alias && !existing.aliases.includes(item.alias)) existing.aliases.push(item.alias);
      continue;
    }
    // "Sistem Analisis Pelaporan Inovasi Daerah atau SAPIDa": the short form "atau" gives after the name is its alias.
    const shortForm = item.alias ? undefined : SHORT_FORM_AFTER.exec(text.slice(printedEnd))?.[1];
    const alias = item.alias ?? (shortForm && (abbreviates(shortForm, item.title) || spellsFromInside(shortForm, item.title)) ? shortForm : undefined);
    candidates.set(slug, { slug, title: item.title, aliases: alias ? [alias] : [], inContent: false, index: item.index, sure: false, ...(place ? { placeInName: place } : {}) });
  }
  return [...found, ...candidates.values()].sort((a, b) => a.index - b.index);
}

/** "… atau SAPIDa": a short form offered right after a name. */
const SHORT_FORM_AFTER = /^[ \t]+atau[ \t]+(?:disingkat[ \t]+)?["“]?([\p{Lu}][\p{L}\d-]{1,11})(?![\p{L}\d])/u;

/** A name without the place its last words name, or undefined: "Pantau Pekalongan" is "Pantau" of Pekalongan. */
function withoutPlace(name: string, namedPlaces: ReadonlySet<string>): string | undefined {
  const place = [...namedPlaces].find((p) => name.endsWith(` ${p}`));
  return place ? name.slice(0, -place.length - 1) : undefined;
}

function namesOfFound(program: ProgramNames, known: readonly KnownProgram[], namedPlaces: ReadonlySet<string>): string[] {
  const entry = known.find((k) => k.slug === program.slug);
  return entry ? namesOf(entry, entry.originNames.some((name) => namedPlaces.has(name))) : [];
}

/** Where each of a program's names occurs in `text`, however spaced: every mention, not only the first. */
export function programMentions(text: string, program: ProgramNames, known: readonly KnownProgram[], namedPlaces: ReadonlySet<string>): number[] {
  const stream = tokens(text);
  const names = [program.title, ...program.aliases, ...namesOfFound(program, known, namedPlaces)];
  const found = new Set<number>();
  for (const name of names) {
    for (let from = 0; from < stream.length; from++) {
      const at = findName(stream.slice(from), name);
      if (at === undefined) break;
      found.add(at);
      from = stream.findIndex((t) => t.index === at);
    }
  }
  return [...found].sort((a, b) => a - b);
}

/** Whether a program name occurs within a stretch of text (a sentence), however it is spaced. */
export function namesProgram(sentence: string, program: ProgramNames, known: readonly KnownProgram[], namedPlaces: ReadonlySet<string>): boolean {
  const stream = tokens(sentence);
  const names = [program.title, ...program.aliases, ...namesOfFound(program, known, namedPlaces)];
  return names.some((name) => findName(stream, name) !== undefined);
}
