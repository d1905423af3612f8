import { isShortRegionName } from './places';
import { SAYING_VERB } from './kinds';
import { oneEditApart } from './text';
import { escapeRegExp } from './regexp';

/** Offices a person is named with, longest first so "Wakil Wali Kota" wins over "Wali Kota". */
const HEAD_OFFICES = [
  'Wakil Wali Kota', 'Wakil Walikota', 'Wali Kota', 'Walikota', 'Wakil Bupati', 'Bupati', 'Wakil Gubernur', 'Gubernur',
  'Sekretaris Daerah', 'Sekertaris Daerah', 'Sekda', 'Sekdakab', 'Sekdakot', 'Sekdako', 'Sekdaprov', 'Sekkab', 'Sekkot', 'Sekot', 'Wawali', 'Wabup', 'Camat', 'Sekretaris Camat', 'Lurah', 'Kepala Desa', 'Kades', 'Kepala Kelurahan',
];
/** Offices whose name continues with a unit up to a place: "Kepala Bagian Pemerintahan Setdako Banjarbaru". */
const UNIT_OFFICES = [
  'Kepala Dinas', 'Kepala Badan', 'Kepala Bagian', 'Kepala Bidang', 'Kepala Kantor', 'Kepala Biro', 'Kepala Seksi', 'Kepala UPT',
  'Kepala UPTD', 'Kepala Puskesmas', 'Sekdis', 'Kadis', 'Kaban', 'Kabid', 'Kabag', 'Kasubag', 'Kasubbag', 'Kasi', 'Kepala Sekolah', 'Kepala Satuan', 'Kepala Pelaksana', 'Sekretaris Dinas', 'Sekretaris Badan',
  'Direktur', 'Ketua DPRD', 'Wakil Ketua DPRD', 'Wakil Ketua', 'Anggota DPRD', 'Pimpinan DPRD', 'Komisi', 'Anggota', 'anggota', 'ketua', 'Wakil ketua', 'wakil ketua', 'Ketua TP PKK', 'Ketua Tim Penggerak PKK', 'Ketua PKK', 'Ketua',
  // "Kepala DPMPTSP …", "Kepala Bappeda …", "Sekretaris DPMPTSP …": the unit follows; without one, no office is read.
  'Kepala', 'Sekretaris', 'Sekertaris',
  // "…, Anang Warsito, pimpinan rombongan DPRD Bojonegoro", "Ketua rombongan Diklatpim …, Eny Iriani": who leads a delegation.
  'Ketua Rombongan', 'Ketua rombongan', 'ketua rombongan', 'Pimpinan Rombongan', 'Pimpinan rombongan', 'pimpinan rombongan',
  'Sekretaris Dewan', 'Sekwan', 'Staf Ahli', 'Staff Ahli', 'Staf Ahli Bupati', 'Staff Ahli Bupati', 'Staf Ahli Wali Kota', 'Staf Ahli Walikota', 'Staf Ahli Gubernur',
  'Kajari', 'Asisten', 'Assek', 'Staf Khusus Bupati', 'Staf Khusus Wali Kota', 'Staf Khusus Gubernur', 'Staf Khusus',
];
/** "Penjabat (Pj) Bupati", "Pejabat (Pj) Bupati", "Pejabat Walikota", "Pjs Bupati", "Pelaksana Tugas Wali Kota", "Penjabat (PJ) Bupati", "Pj. Wali Kota", "Plt. Camat", "Pelaksana Tugas (Plt) Sekretaris DPRD", "Pelaksana harian Kepala …". */
const ACTING_WORDS = String.raw`(?:Pe(?:n)?jabat\s*\(P[Jj]\.?\)|Pelaksana\s+Tugas(?:\s*\(Plt\.?\))?|Pelaksana\s+[Hh]arian(?:\s*\(Plh\.?\))?|P[Jj]s?\.?|Plt\.?|Plh\.?|Pe(?:n)?jabat)`;
const ACTING = String.raw`(?:${ACTING_WORDS}\s+)?`;
/** An office's acting prefix, to compare offices without it. */
export const ACTING_PREFIX = new RegExp(`^${ACTING_WORDS}\\s+`, 'u');

const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
/** Heads of police and military commands and their deputies, whose unit and place follow: "Kapolres X", "Dandim 0430/X". */
const COMMAND_OFFICE = String.raw`(?:Waka|Ka)pol(?:da|res(?:ta(?:bes)?)?|sek)|Dan(?:dim|ramil|rem|lanal|lanud)`;
const IS_COMMAND_OFFICE = new RegExp(`^(?:${COMMAND_OFFICE})$`, 'u');
// "Kadisnaker", "Kadinkes": a head of a dinas with the dinas's short name joined on, one word.
const OFFICES = `(Kadi[sn]\\p{Ll}{3,}|${COMMAND_OFFICE}|${alternation([...UNIT_OFFICES, ...HEAD_OFFICES])})(?![\\p{L}])`;
const OFFICE = new RegExp(`(?<![\\p{L}])${ACTING}${OFFICES}`, 'gu');
const STARTS_WITH_OFFICE = new RegExp(`^${ACTING}${OFFICES}`, 'u');

/** "Asisten l" prints a lowercase L for the roman I; also "Asisten 1". */
const ASSISTANT_NUMBER = /^\s+(I{1,3}|IV|l{1,3}|[1-4])(?![\p{L}\d])/u;

/** Police and military ranks printed before a name: "Kapolres Banyuasin AKBP …", "Dandim Letkol Inf …". */
const RANK = String.raw`(?:(?:AKBP|AKP|Kompol|Kombes|Iptu|Ipda|Aiptu|Bripka|Brigpol|Letkol|Mayor|Kapten|Kolonel|Lettu|Letda|Serka|Sertu|Pelda|Peltu|Brigjen|Irjen)(?:\s+(?:Pol|Inf|Arh|Kav|Czi|Cba|Arm)\.?)?\s+)`;
/** Titles before a name: "H.", "Hj.", "Hi." (Lampung's spelling), "Ir.", "dr."; the pilgrim titles also without their dot ("HM": Haji Muhammad) or spelt out ("Haji"), "DR", "Drh" (veterinarian); a ship captain's "Capt.". */
// Also academic and religious titles without their dot ("dr Reny", "Ir Novia", "Pendeta Petra") and the short forms
// of Muhammad ("Moh.", "Muh."), which a key drops like a title.
const HONORIFIC = String.raw`(?:(?:H|Hj|Hi|Ir|Dr|DR|dr|drg|Drs|Dra|Prof|KH|R|Rr|Hc|Pdt|Moh|Muh|Mhd|Moch|Much|Capt|Kapt)\.[ \t]*|\(H\.?C\.?\)[ \t]*|(?:H|Hj|Hi|HM|KH|TGH|TGB|Haji|Hajjah|Hajah|Ir|Dr|DR|dr|Drh|DrH|drh|Drs|Dra|Prof|Pdt|Pendeta|Ustadz|Ustaz|Romo|Pastor)[ \t]+(?=\p{Lu}))`;
/** A nickname printed inside a name, in quotes or brackets: "Moh. Ramdhan ‘Danny’ Pomanto", "… Ariffin (Ovie)". */
const NICKNAME = String.raw`(?:[‘'"“]\p{Lu}\p{Ll}+[’'"”]|\(\p{Lu}\p{Ll}+\))`;
/**
 * An initial, with its dot or, before a name word, without ("H M Syarif Hidayat"); or two or three initials run
 * together before a name word ("IGN Jaya Negara", "TM Syaifullah").
 */
const INITIAL = String.raw`(?:\p{Lu}\.[ \t]*|\p{Lu}{1,3}[ \t]+(?=\p{Lu}\p{Ll}))`;
const NAME_WORD = String.raw`(?!Se-)\p{Lu}\p{Ll}+(?:[-'’]\p{L}+)*`;
/** A name as printed on one line: titles and initials, then up to five capitalised words. */
/**
 * Titles inside a name, or opening it: Minangkabau "Dt." (Datuak), Bugis-Makassar "Dg." (Daeng), "St."/"ST." (Sutan,
 * or Sitti: "Hj. ST. Suraidah …"), North Maluku's "Hi." (Haji).
 */
const TITLE_IN_NAME = String.raw`(?:Dt|Dg|St|ST|Hi)\.[ \t]*`;
/** A degree printed without a comma after a name: "Asmiati S.Sos", "Harun M.Si" (an initial has a space after its dot). */
const DEGREE_AHEAD = String.raw`(?!\p{Lu}\.\p{Lu}\p{Ll}{1,3}(?![\p{L}]))`;
const NAME_BODY = `${RANK}?(?:${HONORIFIC}|${INITIAL}|${TITLE_IN_NAME})*${NAME_WORD}(?:[ \\t]+${DEGREE_AHEAD}(?:${NICKNAME}[ \\t]+)?(?:${INITIAL}|${TITLE_IN_NAME})*${NAME_WORD}){0,4}(?:[ \\t]+${NICKNAME})?`;
const NAME = new RegExp(`^${NAME_BODY}`, 'u');
/** What may stand before a name: not a letter, dot or comma, nor a hyphen after a letter ("e-Sakil" is an app). */
const NAME_OPENS = String.raw`(?:^|(?<!\p{L})-|[^\p{L}.,-])`;
/** A name just before its office, as in "…, Hj. Ani Suryani, Camat Glagah": the name and the comma that ends it. */
const NAME_BEFORE = new RegExp(`${NAME_OPENS}(${NAME_BODY})(?:,[ \\t]*(?:(?!${OFFICES})\\p{Lu}[\\p{L}.]{0,5}\\.?,?[ \\t]*){0,3})?(?:,[ \\t]*(?:mewakili[ \\t]+)?|,?[ \\t]+yang[ \\t]+juga(?:[ \\t]+(?:menjabat|merupakan|selaku)(?:[ \\t]+sebagai)?)?[ \\t]+|,?[ \\t]+(?:selaku|sebagai)[ \\t]+)$`, 'u');

/** A name that opens a sentence or line right before its office, with no comma between ("Winarti Bupati X, …"). */
const NAME_OPENING_BEFORE = new RegExp(`(?:^|[.!?]["”]?[ \\t]+|\\n)(${NAME_BODY})[ \\t]+$`, 'u');
/** What may follow an office and its place when its holder was named first: a comma or a verb of saying. */
const ROLE_THEN_SPEECH = new RegExp(String.raw`^[ \t]*(?:,|[ \t]+${SAYING_VERB}\b)`, 'u');
/** A name right before an office printed in lower case, with no comma between ("Suradi wakil ketua DPRD …"). */
const NAME_BEFORE_BARE = new RegExp(`${NAME_OPENS}(${NAME_BODY})[ \\t]+$`, 'u');

/**
 * Words of Indonesian government offices and units ("Dinas Pemberdayaan Masyarakat dan Desa", "Asisten Perekonomian
 * dan Pembangunan", "Bagian Kesra"): a run of them continues an office, and a name made of them is no name.
 */
const OFFICE_WORDS = new Set(
  `dinas badan bagian bidang kantor biro seksi sekretariat setda setdako setdakab sekretaris asisten kepala unit upt uptd satuan
  pemerintahan pemerintah perekonomian pembangunan administrasi umum kesejahteraan rakyat kesra sosial kesehatan pendidikan
  kebudayaan pertanian perkebunan peternakan perikanan kelautan pangan ketahanan perhubungan pariwisata perdagangan perindustrian
  koperasi ukm umkm usaha mikro kecil menengah lingkungan hidup kehutanan pekerjaan penataan ruang perumahan permukiman kawasan
  kependudukan pencatatan sipil dukcapil disdukcapil pemberdayaan masyarakat desa kampung perempuan perlindungan anak keluarga
  berencana pengendalian penduduk kesatuan bangsa politik kesbangpol polisi pamong praja satpol penanaman modal pelayanan terpadu
  satu pintu perizinan komunikasi informatika kominfo diskominfo statistik persandian perpustakaan kearsipan arsip pemuda olahraga
  tenaga kerja transmigrasi energi sumber daya mineral keuangan aset pendapatan daerah kepegawaian pengembangan manusia riset inovasi
  penelitian litbang bappeda bapperida bappelitbang brida bkpsdm bpbd bkd dpmptsp bpkad bapenda dispenda bppkad penanggulangan bencana pemadam kebakaran
  hukum organisasi protokol humas hubungan perencanaan evaluasi pengawasan inspektorat inspektur babinsa bhabinkamtibmas
  babinkamtibmas danramil kapolsek kapolres dandim camat lurah kades sekcam sekdes ketua anggota forkopimcam forkopimda
  tim penggerak pkk opd skpd adum ekbang ekubang ekonomi ekosbang pemkesra sekdakab sekdakot sekdaprov sekkab sekkot sekot
  sekdis kadis kaban kabid kabag kasubag kasubbag kasi wawali wabup komisi kepemudaan olah raga olahraga koperindag perindag
  perkim pupr damkar persidangan perundangan perundang-undangan
  kreatif ekraf parekraf bk bamus banggar bapemperda dprd prokopim pansus panitia khusus panja pansel fraksi protokoler
  protokol publikasi risalah tim verifikasi evaluasi kinerja pengusul penilai kapasitas monitoring balitbang balitbangda dekranasda pengelola wisata dewan diklat diklatpim pelatihan kepemimpinan angkatan
  sekolah dasar menengah pertama atas kejuruan negeri madrasah kpu kpud bawaslu panwaslu baznas korpri pajak retribusi
  komandan kodim koramil korem danrem kapolda polda polres polresta polrestabes polsek kapolresta kapolrestabes wakapolda wakapolres wakapolresta wakapolrestabes kejaksaan kejari kajari pengadilan`.split(/\s+/),
);
/** Level words of a region: a "name" made of them ("Kepala DPMPTSP Kota", cut off) is the start of a place. */
const LEVEL_NAME_WORDS = new Set(['kota', 'kabupaten', 'kab', 'kec', 'kel', 'prov', 'provinsi', 'kecamatan', 'kelurahan', 'desa', 'nagari', 'kampung', 'gampong', 'distrik', 'pemkab', 'pemkot', 'pemko', 'pemprov']);
/**
 * Short names of ministries start with "Kemen-" ("Kemendagri", "Kemenpan"), of their ministers with "Men-" ("Mendagri");
 * those of regional offices are built from a
 * few stems: "Dis-" for a dinas ("Diskominfo", "Disdukcapil", "Dispar"), "Bappe-"/"Bapel-" for planning ("Bappeda",
 * "Bapelitbangda"), "Din-" with a field ("Dinkes", "Dinsos").
 */
const OFFICE_ACRONYM = /^(?:Kemen\p{Ll}{3,}|Men(?:dagri|panrb|pan|PANRB|sos|kes|dikbud|dikdasmen|tan|keu|kominfo|komdigi|hub|parekraf|desa|ko\p{Ll}+)|[DB]\p{Lu}{2,6}|Dis\p{Ll}{3,}|Din(?:kes|sos|kop|perta\p{Ll}*)|Bap(?:pe|el)\p{Ll}+|BAP(?:PE|EL)\p{Lu}+|DIS\p{Lu}{3,})$/u;
/** A level word misspelt by one letter ("Keluraha Selat", "Kecamtan …"): a place follows, not a name. */
const isMisspeltLevelWord = (word: string) => word.length >= 6 && [...LEVEL_NAME_WORDS].some((level) => level.length >= 6 && oneEditApart(word.toLocaleLowerCase('id-ID'), level));
const isOfficeWord = (word: string) =>
  OFFICE_WORDS.has(word.toLocaleLowerCase('id-ID')) || LEVEL_NAME_WORDS.has(word.toLocaleLowerCase('id-ID')) || isMisspeltLevelWord(word) || OFFICE_ACRONYM.test(word) || isShortRegionName(word);
/** Words a dateline or venue puts after an office that are not names ("Kantor Bupati Gresik, Kamis (18/01/2024)"). */
const NOT_A_NAME = /^(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum['’]at|Sabtu|Minggu|Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)$/u;
/** Academic degrees after a comma: "SH.,MH", "SE.,M.SI", "SSTP, MM", "S.Sos.,M.SI", "ST.,MM.,MBA". */
const DEGREE = /^\s*\.?,\s*((?:\p{Lu}{1,2}\.)?\p{Lu}[\p{L}]{0,4}\.?(?:\p{Lu}[\p{L}]{0,3}\.?)?)/u;
const isDegree = (token: string) => (token.match(/\p{Lu}/gu)?.length ?? 0) >= 2 || /\p{L}\.\p{L}/u.test(token);

/**
 * Words that open a sentence or a clause and are never part of a name: when a name ends (or starts) with one, the
 * full stop before it was left out ("… Radityo Egi Pratama Kegiatan itu …") or a verb was taken in ("Menurut Senen").
 */
const NOT_NAME_WORDS = new Set(
  `kegiatan acara agenda dalam pada selain sementara menurut menurutnya hal ini itu tersebut kunjungan rombongan para turut
  hadir tampak terlihat sejumlah beberapa seluruh semua sebanyak usai setelah sebelum sebelumnya adapun kemudian namun dengan kami kita saat ia beliau mereka dia pertemuan program
  inovasi layanan pelayanan selanjutnya tak tidak juga bahkan sedangkan karena sehingga lebih bersama didampingi mengatakan
  menjelaskan menyampaikan berharap memberi memberikan sambutan sambutannya ikuti hadiri tinjau resmikan terima buka pimpin serahkan kunjungi
  tegaskan pastikan harapkan sampaikan luncurkan tekankan ingatkan instruksikan tertibkan kunker rakor sidak studi senin selasa rabu kamis
  jumat jum'at jum’at sabtu minggu berikutnya pengawas terpisah diketahui dijelaskan ditambahkan sebagaimana plt plh pj pjs
  ketika oleh kepada bagi untuk narasumber periode`.split(/\s+/),
);
/** Headline verbs ("Kades Taja Mulya Ikuti Upacara"): what follows them is their object, never a name. */
const HEADLINE_VERBS = new Set(
  'ikuti hadiri tinjau resmikan terima buka pimpin serahkan kunjungi tegaskan pastikan harapkan sampaikan luncurkan tekankan ingatkan instruksikan tertibkan minta ajak dorong imbau sambut apresiasi'.split(' '),
);
/**
 * Nouns of government fields are built as ke-…-an or pe(r/m/n/ng)-…-an ("Kepemudaan", "Perikanan", "Pemerintahan");
 * Indonesian personal names are not: such a word makes a "name" the rest of an office.
 */
const FIELD_NOUN = /^(?:ke|pe[rmn]g?|pem|pen|per)\p{Ll}{3,}an$/iu;

function trimNonNameWords(name: string): string {
  const [body, ...degrees] = name.split(', ');
  const words = body!.split(/\s+/);
  if (HEADLINE_VERBS.has(words[0]!.toLocaleLowerCase('id-ID'))) return '';
  // "Drs. H. Cek Endra Dalam Sambutannya": in a sentence printed in title case the clause after a name is capitalised
  // too; the name ends before the first word that opens a clause (and degrees printed after that are not its own).
  const cut = words.findIndex((w, i) => i > 0 && NOT_NAME_WORDS.has(w.toLocaleLowerCase('id-ID')));
  if (cut > 0 && cut < words.length - 1) return trimNonNameWords(words.slice(0, cut).join(' '));
  while (words.length > 1 && NOT_NAME_WORDS.has(words.at(-1)!.toLocaleLowerCase('id-ID'))) words.pop();
  if (words.some((w) => FIELD_NOUN.test(w))) return '';
  while (words.length > 1 && NOT_NAME_WORDS.has(words[0]!.toLocaleLowerCase('id-ID'))) words.shift();
  if (words.length === 1 && NOT_NAME_WORDS.has(words[0]!.toLocaleLowerCase('id-ID'))) return '';
  return [words.join(' '), ...degrees].join(', ');
}

/** The name a text opens with, without a clause's words glued to it ("Diah Natalisa Dalam …"), or undefined. */
export function leadingName(text: string): string | undefined {
  const printed = NAME.exec(text)?.[0];
  return printed ? trimNonNameWords(printed.trim()) || undefined : undefined;
}

/** A short form the text defines after the words it stands for: "Asosiasi Pemerintah Kota Seluruh Indonesia (Apeksi)". */
const DEFINED_SHORT_FORM = /\p{Lu}[\p{L}-]*(?:[ \t]+\p{L}+){1,8}[ \t]+\((\p{Lu}[\p{L}]{2,11})\)/gu;
/** Words for a body of people ("Ketua Forum", "Ketua Asosiasi …"), which a name of one word is not. */
const BODY_WORD = /^(?:forum|asosiasi|ikatan|persatuan|himpunan|paguyuban|lembaga|yayasan|perkumpulan|komunitas|organisasi)$/u;
/** A unit's head and its unit, then a comma: "Kepala Bagian Organisasi, ", "Kabid Litbang, ". */
const UNIT_HEAD_BEFORE = /(?:Kepala (?:Bagian|Bidang|Sub ?bagian|Seksi)|Kabag|Kabid|Kasubag|Kasubbag|Kasi)[ \t]+\p{Lu}[^,.\n]{0,40},[ \t]*$/u;
const BUILDING_BEFORE = /(?:Kantor|Rumah Dinas|Rumah Jabatan|Rujab|Pendopo|Pendapa|Gedung)\s+$/u;
/**
 * Words before an office that make the person named next someone else: the holder's spouse ("Istri Walikota X, Ny Y",
 * who heads the PKK), or a program or application named after the office ("Program Bupati Berkantor di Desa", "Aplikasi
 * Sapa Bupati X, Dedi …").
 */
const NOT_THE_HOLDER = /(?:^|[^\p{L}])(?:[Ii]stri|[Ss]uami|(?:[Pp]rogram|[Gg]erakan|[Aa]plikasi|[Ii]novasi)(?:\s+\p{Lu}[\p{L}-]*){0,2})\s+$/u;
/** Words before an office that say its holder does not hold it now: "Calon Gubernur X", "mantan Bupati Y". */
const NOT_IN_OFFICE_NOW = /(?:^|[^\p{L}])(?:[Cc]alon|[Cc]alon [Ww]akil|[Bb]akal|[Mm]antan|[Ee]ks|[Pp]urna)\s+$/u;
/** "Ibu Bupati X", "Ny. Y, Bupati X": a married woman's form of address before a head's office often names the holder's wife. */
const WIFE_BEFORE_OFFICE = /(?:^|[^\p{L}])(?:Ibu|ibu|Bu|Ny\.?|Nyonya)\s+$/u;
const WIFE_ADDRESS = /(?:^|[^\p{L}])(?:Ny\.?|Nyonya)[ \t]*$/u;
/**
 * A unit that ends with a word its government's place should follow ("Kabag Organisasi Setda", "Anggota DPRD"): a
 * name printed right after it, without a comma, may begin with a place the registry does not know ("Setda Lutra").
 * Not "DPRD": lists name its members and commissions after the council's place was given once ("Ketua BK DPRD Name").
 */
const PLACE_EXPECTED_AT_END = /(?:^|[ \t])(?:Setda|Setdakab|Setdako|Setdakot|Setdaprov|Pemkab|Pemkot|Pemko|Pemprov|Kabupaten|Kota|Provinsi|Kecamatan|Kelurahan|Desa)$/u;
/** A name that ends with a short form of Muhammad or a title was cut before the rest of it ("Moh" of "Moh. Ramdhan"). */
const CUT_AFTER_TITLE = /(?:^|\s)(?:Moh|Muh|Mhd|Moch|Much|Muhd|H|Hj|Hi|Ir|Dr|Drs|Dra|Prof)\.?$/u;

/** An honorary doctorate opening a name: "Dr. (H.C) H. Mochamad …". */
const HONORARY_DOCTORATE = /^(?:Dr|DR)\.?[ \t]*\(H\.?C\.?\)[ \t]*/u;
/** A title glued to the next word ("Drs.H. Basok", "drg.H Darmadji"): printed apart, as a reader and a key expect. */
const GLUED_TITLE = /(?<![\p{L}(])(H|Hj|Hi|Ir|Dr|dr|drg|Drs|Dra|Prof|KH)\.(?=\p{Lu})/gu;

/** An office anywhere in a stretch of capitalised words. */
const OFFICE_INSIDE = new RegExp(`(?<![\\p{L}])${OFFICES}`, 'u');
/** An office and up to three capitalised words (its place) at the end of a stretch: the name after it is that office's. */
const OFFICE_JUST_BEFORE = new RegExp(`(?<![\\p{L}])${ACTING}${OFFICES}(?:[ \\t]+\\p{Lu}[\\p{L}.]*){0,3}[ \\t]*,?[ \\t]*$`, 'u');
/** "Ketua dan ", "Bupati dan ": an office joined to the one that follows, which shares its body and place. */
const PAIRED_OFFICE_BEFORE = new RegExp(`(?<![\\p{L}])(${ACTING})${OFFICES}[ \\t]+dan[ \\t]+$`, 'u');
/** Words that put a sentence on another occasion than the one reported: before, once, last year. */
const OTHER_OCCASION = /(?:^|[^\p{L}])(?:[Ss]ebelumnya|[Pp]ernah|[Dd]ulu|[Dd]ahulu|[Ss]ilam|[Tt]ahun lalu|[Tt]ahun sebelumnya|[Pp]eriode sebelumnya)(?![\p{L}])/u;
/**
 * The words that tell the occasion of a mention at `index`: its sentence (from the last full stop after a word, not
 * an initial or a title, to the next), or only the quotation it stands in. A quotation's own past ("“Dulu …,” kata
 * Kepala Dinas X") says nothing of its speaker, so outside one the quotations are left out.
 */
function occasionOf(text: string, index: number): string {
  const stop = /(?<=\p{Ll}{3}[.!?]["”]?)\s+|\n/gu;
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(stop)) {
    if (m.index < index) start = m.index;
    else {
      end = m.index;
      break;
    }
  }
  const sentence = text.slice(start, end);
  const quotes = [...sentence.matchAll(/[“"][^”"]*[”"]?/gu)];
  const inside = quotes.find((q) => start + q.index <= index && index < start + q.index + q[0].length);
  return inside ? inside[0] : sentence.replace(/[“"][^”"]*[”"]?/gu, ' ');
}

/**
 * The holders of two paired offices ("Bupati dan Wakil Bupati Sintang, A dan B"), in order, both periksa: the first
 * name with the first office and the role's body and place, the second with the second office. Undefined when only
 * one name follows (which office it holds is unclear: the person keeps the second, periksa).
 */
function holdersOfPair(second: FoundPerson, paired: RegExpExecArray, roleTail: string, afterName: string): FoundPerson[] | undefined {
  const afterDegrees = afterName.replace(/^(?:[ \t]*\.?,[ \t]*(?:\p{Lu}{1,2}\.)?\p{Lu}[\p{L}]{0,4}\.?(?:\p{Lu}[\p{L}]{0,3}\.?)?)*/u, '');
  const and = /^[ \t]*,?[ \t]*dan[ \t]+/u.exec(afterDegrees);
  const next = and ? NAME.exec(afterDegrees.slice(and[0].length).replace(ADDRESS_FORM, ''))?.[0].trim() : undefined;
  if (!next || STARTS_WITH_OFFICE.test(next) || next.split(/\s+/).some(isOfficeWord)) return undefined;
  const firstOffice = `${paired[1]!}${CANONICAL_OFFICE[paired[2]!] ?? paired[2]!}`;
  const tail = roleTail ? roleTail.replace(/^\s+/, ' ').replace(/\s+/g, ' ').trimEnd() : '';
  return [
    { ...second, role: `${firstOffice}${tail}`.trim(), office: firstOffice, unsure: true },
    { ...second, name: next, unsure: true },
  ];
}

/** "dari Fraksi PDIP ", "dari Fraksi Partai Golkar ": the faction of a council member, printed before the name. */
const FACTION = /^(?:dari[ \t]+)?Fraksi[ \t]+(?:\p{Lu}{2,}[\p{Lu}-]*|Partai[ \t]+\p{Lu}\p{L}+)[ \t]*,?[ \t]*/u;
/** "yaitu", "yakni", "antara lain" after an office: the names of its holders follow as a list. */
const LIST_INTRO = /^(?:yaitu|yakni|antara lain)[ \t]*,?[ \t]*(?=\p{Lu})/u;
/** The names after the first of a list ("…, B, C, dan D"), up to the first item that is no name. */
function listedNames(after: string): string[] {
  const names: string[] = [];
  let rest = after;
  for (let degree = DEGREE.exec(rest); degree && isDegree(degree[1]!); degree = DEGREE.exec(rest)) rest = rest.slice(degree[0].length);
  for (let join = /^(?:[ \t]*,)?[ \t]*(?:dan|serta)?[ \t]+|^[ \t]*,[ \t]*/u.exec(rest); join; join = /^(?:[ \t]*,)?[ \t]*(?:dan)?[ \t]+|^[ \t]*,[ \t]*/u.exec(rest)) {
    if (/serta/u.test(join[0])) break;
    const name = NAME.exec(rest.slice(join[0].length))?.[0].trim();
    if (!name) break;
    names.push(name);
    rest = rest.slice(join[0].length + name.length);
  }
  return names;
}

/** Offices that say nothing without their unit: "Kepala DPMPTSP …", "Kabag Persidangan …"; alone, no office is read. */
const NEEDS_UNIT = new Set(['Anggota', 'anggota', 'ketua', 'Wakil ketua', 'wakil ketua', 'Kepala', 'Sekretaris', 'Sekdis', 'Kadis', 'Kaban', 'Kabid', 'Kabag', 'Kasubag', 'Kasubbag', 'Kasi']);

/** An office's short form in brackets right after it: "Wakil Wali Kota (wawali) Palu", "Sekretaris Daerah (Sekda)". */
const OFFICE_SHORT_FORM = /^[ \t]*\((?:\p{L}{2,10})\)/u;
/** Forms of address before a name: "Bapak Heru", "Ibu Ani", "Ny Alexandria" (Nyonya). */
const ADDRESS_FORM = /^(?:Bapak|Ibu|bapak|ibu|Pak|Bu|Ny\.?|Nyonya)[ \t]+(?=\p{Lu})/u;
/** A title printed with a comma for its full stop: "…, Drs, Latif Rusdi, MM" is "Drs. Latif Rusdi". */
const TITLE_WITH_COMMA = /^(Drs|Dra|Dr|Ir|Prof|Hj)\.?,[ \t]*(?=\p{Lu}\p{Ll})/u;
/** Up to five capitalised words, then a form of address: an organisation's name before its head's ("… Darmakartini Ny Forisa"). */
const ORGANISATION_THEN_ADDRESS = /^((?:\p{Lu}[\p{L}-]*[ \t]+){1,5})(?:Bapak|Ibu|Ny\.?|Nyonya)[ \t]+(?=\p{Lu})/u;

/** Whether a "name" is followed by the bracketed initials of its own words, as epithets and slogans are. */
function isSlogan(name: string, after: string): boolean {
  const acronym = /^[ \t]*\((\p{Lu}{2,8})\)/u.exec(after)?.[1];
  return Boolean(acronym) && name.split(/\s+/).map((w) => w.charAt(0)).join('') === acronym;
}

/** Words that end a quote and name its speaker next: "…," kata Bupati X. */
const SPEECH_VERB = /\b(?:kata|ujar|urai|ucap|tutur|ungkap|jelas|terang|papar|tegas|pungkas|tambah|imbuh|sebut|katanya|ujarnya)\s+$/iu;

/** Offices that head a region: their holders become the region's `leaders`. */
export const LEADER_OFFICES = new Set(['Wali Kota', 'Wakil Wali Kota', 'Bupati', 'Wakil Bupati', 'Gubernur', 'Wakil Gubernur', 'Sekretaris Daerah', 'Camat', 'Lurah', 'Kepala Desa']);

const CANONICAL_OFFICE: Record<string, string> = {
  Walikota: 'Wali Kota', 'Wakil Walikota': 'Wakil Wali Kota', Wawali: 'Wakil Wali Kota', Wabup: 'Wakil Bupati', Kades: 'Kepala Desa',
  // "Sekertaris" is a common misspelling in regional news.
  'Sekertaris Daerah': 'Sekretaris Daerah', Sekertaris: 'Sekretaris',
  Sekda: 'Sekretaris Daerah', Sekdakab: 'Sekretaris Daerah', Sekdakot: 'Sekretaris Daerah', Sekdako: 'Sekretaris Daerah Kota', Sekdaprov: 'Sekretaris Daerah',
  Sekkab: 'Sekretaris Daerah', Sekkot: 'Sekretaris Daerah', Sekot: 'Sekretaris Daerah',
  // "Assek III": an assistant of the regional secretary ("Asisten Sekda").
  Assek: 'Asisten',
};

/** A person the article names with an office. */
export interface FoundPerson {
  name: string;
  /** The office as printed, with the place it belongs to when the article names one ("Camat Air Salek"). */
  role: string;
  /** The office alone ("Camat", "Penjabat (Pj) Bupati"), for a region's list of leaders. */
  office: string;
  /** The place words inside the role, e.g. "Air Salek", when there are any. */
  place?: string | undefined;
  /** Set when the frame leaves doubt (a candidate or former holder, a name that may begin with a place): mark it periksa. */
  unsure?: boolean;
  index: number;
}

/** A place name as printed in the text, e.g. "Kota Banjarbaru" or "Banjarbaru": roles extend up to one of these. */
export type PlaceSpans = readonly { text: string }[];

/** The longest place name that `rest` starts with, ignoring level words before it. */
function leadingPlace(rest: string, places: PlaceSpans): string | undefined {
  return places
    .map((p) => p.text)
    .filter((name) => rest.startsWith(name) && !/[\p{L}]/u.test(rest.charAt(name.length)))
    .sort((a, b) => b.length - a.length)[0];
}

/**
 * "Sekdis Komunikasi, Informatika dan Statistik Kota X", "Kasubag Humas, Protokol dan Publikasi …": a comma before an
 * office word lists the fields of one unit. Such commas become spaces (same length, so positions hold).
 */
function withoutListCommas(rest: string): string {
  // Not before a second office: "Para Kepala OPD, Camat Air Salek …" names two.
  // "Staf Ahli Bidang Hukum, Pemerintahan, dan Politik": "dan" may follow the comma before the last field.
  return rest.replace(/,(?=[ \t]+(dan[ \t]+)?([\p{L}-]+))/gu, (comma, and: string | undefined, word: string, at: number) =>
    isOfficeWord(word) && !STARTS_WITH_OFFICE.test(rest.slice(at + 1).trimStart().slice(and?.length ?? 0)) ? ' ' : comma,
  );
}

/** For unit offices: the text up to the end of the last place named in the next few capitalised words. */
function unitUpToPlace(printed: string, places: PlaceSpans): string | undefined {
  const rest = withoutListCommas(printed);
  // Unit codes count as words of the office: "Dandim 0430/Banyuasin", "Kapolsek Air Salek".
  // "dan" joins the words of one unit ("Pemerintahan dan Kesra"), never a second office ("dan Dandim …").
  const joined = /\s(?:dan|&)\s+(\S+)/gu;
  let limit = rest.length;
  for (const join of rest.matchAll(joined)) {
    if (!isOfficeWord(join[1]!) || STARTS_WITH_OFFICE.test(rest.slice(join.index + join[0].length - join[1]!.length))) {
      limit = join.index;
      break;
    }
  }
  // "Ketua DPC Asosiasi Pemerintahan Desa Seluruh Indonesia (Apdesi) Kabupaten Subang": a short form in brackets may stand inside.
  // "DPRD Kab. Semarang": a level word's short form keeps its dot.
  const span = /^(?:\s+(?:(?:Kab|Kec|Kel|Prov)\.|[\p{Lu}\d][\p{L}\d/-]*|dan|&|\([\p{L}\d-]{2,12}\))){1,10}/u.exec(rest.slice(0, limit))?.[0] ?? '';
  let end = -1;
  for (const { text } of places) {
    for (let at = span.indexOf(text); at >= 0; at = span.indexOf(text, at + 1)) {
      if (!/[\p{L}]/u.test(span.charAt(at + text.length))) end = Math.max(end, at + text.length);
    }
  }
  return end > 0 ? printed.slice(0, end) : undefined;
}

/** For unit offices without a place: the run of office words that names the unit ("Dinas Kominfo", "Pemerintahan dan Kesra"). */
function unitOfficeWords(printed: string, places: PlaceSpans = []): string | undefined {
  const rest = withoutListCommas(printed);
  const run = /^(?:[ \t]+(?:[\p{Lu}][\p{L}]*|dan|&|\([^()]{1,15}\)))+/u.exec(rest)?.[0] ?? '';
  let end = 0;
  for (const word of run.matchAll(/\([^()]*\)|\S+/gu)) {
    const bracket = word[0].startsWith('(') && end > 0;
    // "Bagian Protokol dan Komunikasi Pimpinan": the leaders' communication unit every secretariat has.
    const leaders = word[0] === 'Pimpinan' && /Komunikasi\s+$/u.test(run.slice(0, word.index));
    // "Ketua Tim Setmilpres", "Ketua Tim Pengusul": the word after "Tim" names the team; "Kepala Madrasah Aliyah": the
    // word after "Madrasah" its level (a level that is also a name: "Wakil Wali Kota Aliyah …").
    const team = /(?:^|\s)(?:Tim|Madrasah)\s+$/u.test(run.slice(0, word.index)) && /^\p{Lu}/u.test(word[0]);
    // "Ketua Komisi B", "Anggota Komisi II": a commission's letter or number.
    const commission = /^(?:[A-E]|I{1,3}|IV|V)$/u.test(word[0]) && /Komisi\s+$/u.test(run.slice(0, word.index));
    // A field noun names a unit too ("Kadis Pertanahan, …"), though a name may run into one ("… Pratama Kegiatan").
    if (isOfficeWord(word[0]) || FIELD_NOUN.test(word[0]) || leaders || commission || team || bracket || ((word[0] === 'dan' || word[0] === '&') && end > 0)) end = word.index + word[0].length;
    else break;
  }
  let unit = rest.slice(0, end).replace(/\s+(?:dan|&)$/u, '');
  // A unit may end with its government's place: "Asisten … (Adum) Setdakab Lampung Selatan".
  const place = leadingPlace(rest.slice(unit.length).replace(/^[ \t]+/u, ''), places);
  if (unit.trim() && place) unit = rest.slice(0, rest.indexOf(place, unit.length) + place.length);
  return unit.trim() ? printed.slice(0, unit.length) : undefined;
}

/** A role that ends with a level word ("… Pengelola Desa Wisata"): the place's name comes next, unknown to the registry. */
const LEVEL_AT_END = /(?:^|[ \t])(?:Desa|Kelurahan|Kecamatan|Kabupaten|Kota|Provinsi|Nagari|Kampung|Gampong)(?:[ \t]+Wisata)?$/u;
/** Offices of a village head, whose village the registry often spells otherwise ("Candikuning" for "Candi Kuning"). */
const VILLAGE_OFFICES = new Set(['Kepala Desa', 'Kepala Kelurahan', 'Lurah']);
const CAPITALISED_WORDS = String.raw`\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3}`;
/** "Kepala Desa Desa Carang Sari": a level word after the office opens the village's name. */
const VILLAGE_AFTER_LEVEL = new RegExp(`^[ \t]+(?:Desa|Kelurahan|Nagari|Gampong|Kampung)[ \t]+${CAPITALISED_WORDS}`, 'u');

/**
 * A village's name after a village head's office when it runs on past what the registry knows: after a level word
 * ("Kepala Desa Desa Carang Sari"), or past a known name up to a comma and a name ("Kepala Desa Candi Kuning, I Made
 * Sudana", where only "Candi" is a registry village). The role's tail, or nothing.
 */
function villageRunningOn(rest: string, place: string | undefined): string | undefined {
  const afterLevel = VILLAGE_AFTER_LEVEL.exec(rest)?.[0];
  if (afterLevel) return afterLevel;
  if (!place) return undefined;
  const longer = new RegExp(String.raw`^[ \t]+${escapeRegExp(place)}(?:[ \t]+\p{Lu}[\p{L}'’-]*){1,2}(?=,[ \t]*(?:${HONORIFIC}|${INITIAL})*${NAME_WORD})`, 'u').exec(rest)?.[0];
  return longer && !STARTS_WITH_OFFICE.test(rest.slice(longer.length).replace(/^,[ \t]*/, '')) ? longer : undefined;
}

/** Words of direction that end a region's name ("Sulawesi Barat Utara …" read short, "Kota Makassar Timur …"). */
const COMPASS = new Set(['utara', 'selatan', 'timur', 'barat', 'tengah', 'tenggara', 'laut', 'daya']);

/**
 * A person whose "name" begins with a region's name ("Sekretaris Camat Mariso Makassar Andi Ilham", "Kepala Puskesmas
 * Kalukku Mamuju Hasanuddin") or a word of direction right after the role's place ("Kepala Bappeda Sulawesi Barat Utara
 * Rahmat"): those words end the role, the rest is the name, and the split is periksa. `isRegionName` tells a
 * kabupaten, kota or province by its name as printed that may continue the role: any, when the role names no place
 * yet; else only one that contains the role's place ("Mariso Makassar"), not another ("Wali Kota Bogor Bima Arya").
 * Returned unchanged when no such word stands before the last.
 */
export function withPlaceOutOfName<T extends Pick<FoundPerson, 'name' | 'role' | 'place' | 'unsure'>>(person: T, isRegionName: (name: string, rolePlace: string | undefined) => boolean): T {
  const [body, ...degrees] = person.name.split(', ');
  const words = body!.split(/\s+/);
  let cut = 0;
  for (let i = 0; i < words.length - 1; i++) {
    const two = i < words.length - 2 && isRegionName(`${words[i]} ${words[i + 1]}`, person.place);
    if (two || isRegionName(words[i]!, person.place)) cut = i + (two ? 2 : 1);
    else if (i === cut && person.place && COMPASS.has(words[i]!.toLocaleLowerCase('id-ID'))) cut = i + 1;
  }
  // A region of two words inside the name that cannot continue the role ("Wakil Bupati Sintang Kapuas Hulu Rahmat"): unclear.
  const otherRegion = words.slice(0, -1).some((word, i) => i < words.length - 2 && isRegionName(`${word} ${words[i + 1]}`, undefined));
  if (cut === 0 && otherRegion) return { ...person, unsure: true };
  if (cut === 0 || !/^\p{Lu}/u.test(words[cut] ?? '')) return person;
  const placeWords = words.slice(0, cut).join(' ');
  return { ...person, name: [words.slice(cut).join(' '), ...degrees].join(', '), role: `${person.role} ${placeWords}`, place: person.place ? `${person.place} ${placeWords}` : placeWords, unsure: true };
}

/**
 * "Ketua DPRD Jawa Barat, Dr. Buky Wibawa" where the text also prints "… (ADPSI), Dr. Buky Wibawa Karya Guna,": the name
 * in full, from its longest printing whose further words are no office, place or clause word and end at a comma, stop
 * or bracket.
 */
function completeName(person: FoundPerson, text: string, places: PlaceSpans): void {
  const [printed, ...degrees] = person.name.split(', ');
  // Also right before an office: "Dewanti Rumpoko Ketua APEKSI …" completes "Dewanti".
  const longer = new RegExp(`(?<![\\p{L}])${escapeRegExp(printed!)}((?:[ \\t]+\\p{Lu}\\p{Ll}+){1,3}?)(?=[ \\t]*[,.(]|[ \\t]+${OFFICES})`, 'gu');
  let rest = '';
  for (const match of text.matchAll(longer)) {
    const words = match[1]!.trim().split(/[ \t]+/);
    const isNameWord = (word: string) => !isOfficeWord(word) && !NOT_NAME_WORDS.has(word.toLocaleLowerCase('id-ID')) && !NOT_A_NAME.test(word) && !FIELD_NOUN.test(word);
    if (words.every(isNameWord) && !leadingPlace(words.join(' '), places) && match[1]!.length > rest.length) rest = match[1]!;
  }
  if (rest) person.name = [`${printed}${rest}`, ...degrees].join(', ');
}

/**
 * Whether each word of a short mention is a word of a fuller name or, from four letters, the start of one: a nickname
 * ("Wali Kota Risma" of "Tri Rismaharini") or a name cut short ("Tri Rismaharin").
 */
const wordsWithin = (words: readonly string[], fuller: readonly string[]) => words.every((word) => fuller.some((other) => other === word || (word.length >= 4 && other.startsWith(word))));

/** Names short of titles, initials and degrees, to tell when two mentions are one person. */
export function personKey(name: string): string {
  return name
    .replace(/,.*$/, '')
    .replace(new RegExp(`[ \t]*${NICKNAME}`, 'gu'), '')
    .replace(new RegExp(`(?<![\\p{L}.])${TITLE_IN_NAME}`, 'gu'), '')
    .replace(new RegExp(`^${RANK}|${HONORIFIC}|${INITIAL}`, 'gu'), '')
    .toLocaleLowerCase('id-ID')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * People named with an office: "Wali Kota Banjarbaru H. M. Aditya Mufti Ariffin", "Bupati Banyuasin, H. Askolani, SH.,MH",
 * "Camat Air Salek Meri Hasan, SE.,M.SI", each "Turut hadir" item. An office with no name after it is skipped.
 * Each person appears once, with the fullest name and role the article prints.
 */
export function findPeople(text: string, places: PlaceSpans): FoundPerson[] {
  const shortForms = new Set([...text.matchAll(DEFINED_SHORT_FORM)].map((m) => m[1]!));
  const people = new Map<string, FoundPerson>();
  for (const match of text.matchAll(OFFICE)) {
    // "Kantor Bupati Kukar", "Rumah Jabatan Wali Kota": a building named after the office, not its holder.
    const before = text.slice(Math.max(0, match.index - 20), match.index);
    if (BUILDING_BEFORE.test(before) || NOT_THE_HOLDER.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
    // "Kepala Bagian Organisasi, Sekda Kabupaten Brebes, Julining …": after a unit's head, the secretariat is where the
    // unit sits, not an office of its own.
    if (/^(?:Sekda|Sekretaris Daerah)$/u.test(match[1]!) && UNIT_HEAD_BEFORE.test(text.slice(Math.max(0, match.index - 60), match.index))) continue;
    // "Junet, mewakili Komisi I DPRD Kab. Tangerang": a council's commission names a member only after "mewakili".
    if (match[1] === 'Komisi' && !/mewakili\s+$/u.test(before)) continue;
    let office = CANONICAL_OFFICE[match[1]!] ?? match[1]!;
    let end = match.index + match[0].length;
    if (office === 'Asisten') {
      const number = ASSISTANT_NUMBER.exec(text.slice(end));
      if (number) {
        office = `Asisten ${number[1]!.replace(/l/g, 'I')}`;
        end += number[0].length;
      } else if (!unitOfficeWords(text.slice(end), places)) continue;
    }
    const acting = match[0].slice(0, match[0].length - match[1]!.length);
    // "Wakil Wali Kota (wawali) Palu": the office's short form in brackets is no part of the role.
    end += OFFICE_SHORT_FORM.exec(text.slice(end))?.[0].length ?? 0;
    const rest = text.slice(end);
    const isUnit = UNIT_OFFICES.includes(match[1]!) || IS_COMMAND_OFFICE.test(match[1]!);
    const unit = isUnit ? (unitUpToPlace(rest, places) ?? unitOfficeWords(rest, places)) : undefined;
    if (NEEDS_UNIT.has(office) && !unit) continue;
    // "…, anggota BPD, Karang Taruna": in lower case, a member is someone only of a body named up to its place
    // ("anggota Badan Kehormatan DPRD Kabupaten Banyuasin, Thabrani").
    // Likewise "ruang kerja ketua DPRD Tator, Welem …", "Wakil ketua TP PKK Wonosobo, Ny Sudarti": a chair printed in
    // lower case only of a body named up to its place.
    const lowerCase = ['anggota', 'ketua', 'Wakil ketua', 'wakil ketua'].includes(office);
    if (lowerCase && !unitUpToPlace(rest, places)) continue;
    const place = unit === undefined ? leadingPlace(rest.replace(/^\s+/, ''), places) : undefined;
    const village = VILLAGE_OFFICES.has(office) ? villageRunningOn(rest, place) : undefined;
    let roleTail = unit ?? village ?? (place ? rest.slice(0, rest.indexOf(place) + place.length) : '');
    let afterRole = rest.slice(roleTail.length).replace(/^[ \t]*,?[ \t]*/, '');
    // "Bupati Morowali Utara (Morut) Sulawesi Tengah, dr. Delis …": the place's short form in brackets is no part of the name.
    if (roleTail) afterRole = afterRole.replace(/^\(\p{Lu}\p{L}{1,11}\)[ \t]*,?[ \t]*/u, '');
    // "Wakil Bupati Sorong, Provinsi Papua Barat Daya, Yohanes …", "Wali Kota Banjarbaru, Kalimantan Selatan Muhammad …":
    // the province of the office's region may stand between the office and the name.
    const province = roleTail ? leadingPlace(afterRole, places) : undefined;
    if (province) afterRole = afterRole.slice(province.length).replace(/^[ \t]*,?[ \t]*/, '');
    // "Kepala Desa Karangtalun, Bapak Heru …": a form of address is no part of the name.
    afterRole = afterRole.replace(ADDRESS_FORM, '').replace(TITLE_WITH_COMMA, '$1. ');
    // "Anggota Komisi II DPRD X, yaitu A dan B", "…, yakni A, B, C, dan D": several holders of one office, listed.
    const listed = roleTail ? LIST_INTRO.exec(afterRole) : null;
    if (listed) afterRole = afterRole.slice(listed[0].length);
    // "Anggota DPRD Mamasa dari Fraksi PDIP Yohanis …": a council member's faction between the role and the name; a
    // faction of one capitalised word may be the name's first word, so only an acronym or "Partai X" is sure.
    const faction = /\bDPRD\b/u.test(`${office}${roleTail}`) ? FACTION.exec(afterRole) : null;
    if (faction) afterRole = afterRole.slice(faction[0].length);
    // "Bupati Pandeglang Banten – Irna Narulita": a dash, colon or semicolon may stand between the office and the name.
    const dash = /^[–—:;-][ \t]*(?=\p{Lu})/u.exec(afterRole);
    if (dash && roleTail) afterRole = afterRole.slice(dash[0].length).replace(ADDRESS_FORM, '');
    // "Ketua Pengelola Desa Wisata Carang Sari": words right after a level word name the place, never its head.
    const placeNamedNext = LEVEL_AT_END.test(roleTail.trimEnd()) && !/^[ \t]*,/u.test(rest.slice(roleTail.length));
    // "Ketua Ikatan Adhyaksa Darmakartini Ny Forisa Frankei Son": an organisation's name, a form of address, the name.
    const organisation = isUnit && !roleTail ? ORGANISATION_THEN_ADDRESS.exec(afterRole) : null;
    if (organisation) {
      roleTail = ` ${organisation[1]!.trim()}`;
      afterRole = afterRole.slice(organisation[0].length);
    }
    const ahead = placeNamedNext ? undefined : NAME.exec(afterRole)?.[0].trim();
    const isName = (candidate: string | undefined): candidate is string =>
      Boolean(candidate) && !STARTS_WITH_OFFICE.test(candidate!) && !NOT_A_NAME.test(candidate!) && !candidate!.split(/\s+/).some(isOfficeWord) && !leadingPlace(candidate!, places);
    // "Name, Office Place," when no name follows the office: "…, Hj. Ani Suryani, Camat Glagah."
    // "Suradi wakil ketua DPRD Kab. Semarang, mengatakan": an office in lower case may follow its holder's name bare.
    const before120 = text.slice(Math.max(0, match.index - 120), match.index);
    const framed = isName(ahead) ? null : NAME_BEFORE.exec(before120);
    // Without a comma, the capitalised word before the office may open the sentence ("Tampak anggota DPRD …"): periksa.
    const bare = isName(ahead) || framed || !lowerCase ? null : NAME_BEFORE_BARE.exec(before120);
    // "Winarti Bupati Tulang Bawang, mengaku …": a name opening the sentence, then the office with its place, then a comma
    // or a verb of saying. Likely only: the first word may be no name.
    const roleEnds = roleTail && ROLE_THEN_SPEECH.test(rest.slice(roleTail.length));
    const opening = isName(ahead) || framed || bare || !roleEnds ? null : NAME_OPENING_BEFORE.exec(before120);
    const behind = framed ?? bare ?? opening ?? undefined;
    // "…, Ny Sari Wulandari, yang juga Ketua TP PKK …": the form of address before a name printed first is no part of it.
    const nameBehind = behind?.[1]!.trim().replace(/^(?:Bapak|Ibu|Pak|Bu|Ny\.?|Nyonya)[ \t]+(?=\p{Lu})/u, '');
    // "Hadir Bupati Sleman Rudi Hartanto selaku Ketua …": words printed before the name may hold an office of their own.
    const name = isName(ahead) ? ahead : nameBehind && isName(nameBehind) && !OFFICE_INSIDE.test(nameBehind) ? nameBehind : undefined;
    if (!name) continue;
    // "Bupati X Name selaku Ketua Y": a name an office already introduced keeps that office; "selaku" adds a second one.
    if (name !== ahead && /selaku[ \t]+$/u.test(behind![0]) && OFFICE_JUST_BEFORE.test(text.slice(Math.max(0, match.index - behind![0].length - 40), match.index - behind![0].length + behind![0].indexOf(behind![1]!)))) continue;
    const nameFollows = name === ahead;
    let fullName = name;
    const afterName = nameFollows ? afterRole.slice(name.length) : behind![0].slice(behind![0].indexOf(behind![1]!) + behind![1]!.length);
    // "… dan Sekretaris Kominfo Kot" where an excerpt stops: a name the text ends in, unpunctuated, is cut short.
    if (nameFollows && !afterName.trim()) continue;
    for (let after = afterName, degree = DEGREE.exec(after); degree && isDegree(degree[1]!); degree = DEGREE.exec(after)) {
      fullName += after.slice(0, degree[0].length);
      after = after.slice(degree[0].length);
    }
    fullName = fullName.replace(/[.,\s]+$/, '').replace(/\s*,\s*/g, ', ');
    // "Bupati Bergerak Melayani Warga (BMW)": words followed by their own initials in brackets are a slogan, not a name.
    // Not after a comma that follows an office and its place: "Gubernur NTT, Viktor Bungtilu Laiskodat (VBL)" is a person
    // known by initials.
    if (isSlogan(name, afterName) && !(nameFollows && roleTail && /^[ \t]*,/u.test(rest.slice(roleTail.length)))) continue;
    // "Ketua Badan Permusyawaratan Kute (BPK)": the unit's words and the "name" are one body's, as its initials show.
    const bodyWords = `${roleTail} ${name}`.trim().split(/\s+/);
    const initials = /^[ \t]*\((\p{Lu}{2,8})\)/u.exec(afterName)?.[1];
    if (nameFollows && initials && initials.length > name.split(/\s+/).length && bodyWords.slice(-initials.length).map((w) => w.charAt(0)).join('') === initials) continue;
    // "… Radityo Egi Pratama Kegiatan itu …": a full stop left out glues the next sentence's first word to the name.
    // An honorary doctorate ("Dr. (H.C)") is a distinction, not part of how the person is named.
    fullName = trimNonNameWords(fullName).replace(GLUED_TITLE, '$1. ').replace(HONORARY_DOCTORATE, '');
    // "Ka. Bapenda": two letters are an abbreviation, never a whole name; "Ketua Forum, …": a body's word is none either.
    // "Ketua Dewan Apeksi" where the text spells out "Asosiasi … (Apeksi)": a short form the text defines is a body's.
    if (!fullName || personKey(fullName).length <= 2 || BODY_WORD.test(personKey(fullName)) || shortForms.has(fullName)) continue;
    const role = `${acting}${office}${roleTail ? roleTail.replace(/^\s+/, ' ').replace(/\s+/g, ' ').trimEnd() : ''}`.trim();
    const placeWords = unit ? places.map((p) => p.text).filter((p) => unit.includes(p)).sort((a, b) => b.length - a.length)[0] : place;
    // Ambiguous frames keep the person but not the certainty: a candidate or former holder; perhaps the holder's wife;
    // a name right after an office or unit that expects a place, with no comma and no known place between (its first
    // word may be the place: "Camat Sungai Lilin Budi", "Gubernur Sulawesi Selatan Andi …"); a name cut short.
    const glued = nameFollows && !/^[ \t]*[,:–—-]/u.test(rest.slice(roleTail.length));
    const placeMayLead = glued && !placeWords && (LEADER_OFFICES.has(office) || PLACE_EXPECTED_AT_END.test(roleTail.trimEnd()));
    // The name printed before the office ("Ny. Sari, Bupati X") ends the text before the office: look just before it.
    const beforeName = nameFollows ? '' : text.slice(Math.max(0, match.index - 130), match.index);
    const wife = LEADER_OFFICES.has(office) && (WIFE_BEFORE_OFFICE.test(before) || WIFE_ADDRESS.test(beforeName.slice(0, beforeName.lastIndexOf(name))));
    // "Ketua dan Wakil Ketua TP PKK X, Ny A dan Ny B": two offices of one body, then their holders in the same order.
    const pairedOffice = nameFollows ? PAIRED_OFFICE_BEFORE.exec(text.slice(Math.max(0, match.index - 40), match.index)) : null;
    // "Sebelumnya, Bupati X pernah belajar ke sini": someone named for another occasion may no longer hold the office.
    const otherOccasion = OTHER_OCCASION.test(occasionOf(text, match.index));
    // One word may be a word of the text itself: a headline's verb ("… Magelang Kunker ke Dumai"), the end of the
    // office's name ("… Keluarga Sejahtera"), an office's short name ("Bapenda"). Many people go by one name: to check.
    const oneWord = !personKey(fullName).includes(' ');
    const unsure =
      oneWord || NOT_IN_OFFICE_NOW.test(before) || wife || placeMayLead || otherOccasion || Boolean(pairedOffice) || (Boolean(bare) && name !== ahead) || CUT_AFTER_TITLE.test(fullName.replace(/,.*$/u, ''));
    const person: FoundPerson = { name: fullName, role, office: `${acting}${office}`.trim(), place: placeWords, ...(unsure ? { unsure } : {}), index: match.index };
    const pairedHolders = pairedOffice ? holdersOfPair(person, pairedOffice, roleTail, afterName) : undefined;
    if (pairedHolders) {
      for (const one of pairedHolders) if (!people.has(personKey(one.name))) people.set(personKey(one.name), one);
      continue;
    }
    // "Pimpinan DPRD Pekanbaru Ginda Burnama ST dan T Azwendi Fajri SE": the council's leaders are several.
    const second = office === 'Pimpinan DPRD' && nameFollows ? /^(?:[ \t]+\p{Lu}{1,4}\.?)*[ \t]+dan[ \t]+/u.exec(afterName) : null;
    const secondName = second ? NAME.exec(afterName.slice(second[0].length))?.[0].trim() : undefined;
    const others = listed && nameFollows ? listedNames(afterName).filter(isName) : [];
    const found = [
      ...(others.length ? [{ ...person, unsure: true }] : [person]),
      ...(secondName && isName(secondName) ? [{ ...person, name: secondName }] : []),
      ...others.map((other) => ({ ...person, name: other, unsure: true })),
    ];
    for (const one of found) {
      const key = personKey(one.name);
      const known = people.get(key);
      if (!known) people.set(key, one);
      else {
        if (one.name.length > known.name.length) known.name = one.name;
        if (one.role.length > known.role.length) Object.assign(known, { role: one.role, office: one.office, place: one.place });
        // One clear mention is enough: "Bupati Askolani" glued, then "Bupati Banyuasin, H. Askolani".
        if (!one.unsure) delete known.unsure;
      }
    }
  }
  // Only a name given with its office's place: "Bupati Dony", a short re-mention, gives way to the full one below.
  for (const person of people.values()) if (person.place) completeName(person, text, places);
  // "Bupati Dony" after "Bupati Sumedang Dony Ahmad Munir": a short re-mention of someone already named, with the
  // same office and every word of the short name in the full one, is that person.
  const all = [...people.values()];
  const baseOffice = (person: FoundPerson) => person.office.replace(ACTING_PREFIX, '');
  // "Bupati Jembrana Kembang Hartawan" in a caption, "Wakil Bupati Jembrana … I Made Kembang Hartawan" in the body: one
  // person with two offices of the same place; which holds is unclear, so neither is sure.
  for (const short of all) {
    const words = personKey(short.name).split(' ');
    for (const other of all) {
      const otherWords = personKey(other.name).split(' ');
      if (other === short || otherWords.length <= words.length || !words.every((w) => otherWords.includes(w))) continue;
      if (short.place && short.place === other.place && baseOffice(other) !== baseOffice(short)) short.unsure = other.unsure = true;
    }
  }
  // "Srie Nurkyatsiwi" and "Sri Nurkyatsiwi" with one office: a name misspelt once is one person, named first as printed first.
  const sameButSpelling = (one: FoundPerson, other: FoundPerson) => other.role === one.role && oneEditApart(personKey(other.name), personKey(one.name));
  const misspelt = (person: FoundPerson) => all.some((other) => other !== person && other.index < person.index && sameButSpelling(person, other));
  return all.filter((short) => {
    if (misspelt(short)) return false;
    const words = personKey(short.name).split(' ');
    // "…," urai Bupati Gotong Royong: a speaker named by the office alone whose only named holder in the article has
    // another name is that holder, called by an epithet.
    const holders = all.filter((other) => other !== short && other.place && baseOffice(other) === baseOffice(short));
    const spoken = !short.place && SPEECH_VERB.test(text.slice(Math.max(0, short.index - 12), short.index));
    if (spoken && holders.length === 1 && !personKey(holders[0]!.name).split(' ').some((w) => words.includes(w))) return false;
    return !all.some((other) => {
      if (other === short || sameButSpelling(short, other)) return false;
      const otherWords = personKey(other.name).split(' ');
      return otherWords.join(' ').length > words.join(' ').length && baseOffice(other) === baseOffice(short) && wordsWithin(words, otherWords) && (!short.place || short.place === other.place || other.role.includes(short.place));
    });
  });
}
