import type { EventKind } from '../../schemas/event';

/** The words for a study visit that every visit pattern reads: "studi tiru", "study banding", "studi lapangan". */
export const STUDY_WORDS = String.raw`stud[iy][ -]tiru|stud[iy][ -]banding|stud[iy] lapangan`;
/** Every name a visit to learn goes by: the study words and "kaji tiru", "studi komparatif", "benchmarking" … */
export const LEARNING_VISIT_WORDS = String.raw`${STUDY_WORDS}|(?:kunjungan|lawatan) stud[iy]|kaji[ -]tiru|uji[ -]tiru|stud[iy] kompara(?:si|tif)|studi referensi|kaji banding|benchmarking`;

/** Verbs that introduce what someone said, right after the speaker is named ("Name mengatakan …"). */
export const SAYING_VERB = String.raw`(?:mengatakan|mengemukakan|menjelaskan|menyampaikan|mengungkapkan|menuturkan|menegaskan|menambahkan|memaparkan|menyebutkan|mengaku)`;

/** Words that make an event a kind, as Indonesian regional news writes them. */
const KIND_WORDS: readonly [EventKind, RegExp][] = [
  ['rakor', /\b(?:rakor|rapat koordinasi)\b/iu],
  // "Study tiru" and "studi-banding" are how reports misspell and hyphenate it.
  ['studi-tiru', new RegExp(String.raw`\b(?:${LEARNING_VISIT_WORDS})\b`, 'iu')],
  // Opening a building or a service ("meresmikan Mal Pelayanan Publik") is its launch.
  // "Lauching", "melaunchingkan", "dilaunching": reports spell the loanword many ways.
  ['peluncuran', /\b(?:(?:me-?|di)?(?:launching|lauching|launcing|lounching)(?:kan)?|peluncuran|meluncurkan|diluncurkan|meresmikan|peresmian|diresmikan|merilis|dirilis)\b/iu],
  // A signed commitment to replicate ("penandatanganan komitmen replikasi inovasi", "meneken kesepakatan replikasi") binds
  // two parties as a PKS does. Cooperation merely sought ("… dan menjalin kerja sama dengan …") is no signing.
  ['kerja-sama', /\b(?:MoU|PKS|nota kesepahaman|nota kesepakatan|kesepakatan bersama|perjanjian kerja ?sama|(?:penandatanganan|menandatangani|meneken|teken|tandatangani)\s+(?:(?:naskah |nota |perjanjian |kesepakatan )?kerja ?sama|komitmen|kesepakatan|perjanjian)|(?:kerja ?sama|komitmen|kesepakatan) replikasi)\b/iu],
];

/** A kind of event and the text that says so. */
export interface FoundKind {
  kind: EventKind;
  index: number;
  /** Read from a plain visit with a learning purpose, not from a word for the kind: a reviewer must confirm it. */
  inferred?: boolean;
}

/**
 * The kinds of the event an article reports, read from its headline and opening paragraphs only:
 * a rakor that mentions an MoU in passing further down is still a rakor.
 */
export function findKinds(lead: string): FoundKind[] {
  if (isRoundup(lead)) return [];
  const kinds = KIND_WORDS.flatMap(([kind, pattern]) => {
    const match = [...lead.matchAll(new RegExp(pattern.source, 'giu'))].find((m) => {
      const before = lead.slice(Math.max(lead.lastIndexOf('. ', m.index), lead.lastIndexOf('\n', m.index), 0), m.index);
      return !NOT_THIS_EVENT.test(lead.slice(Math.max(0, m.index - 40), m.index)) && !STUDIED_TOPIC.test(before) && !lookedBack(lead, m.index, m.index + m[0].length) && !REFERENCE.test(before) && !MANY_DO_IT.test(before) && !EARLIER_CLAUSE.test(before);
    });
    return match ? [{ kind, index: match.index }] : [];
  });
  // A visit made to learn ("kunjungan kerja … mempelajari inovasi …") is a studi tiru by another name; a working
  // visit for anything else (an inspection, a ceremony) is not an event Tiru records.
  const learning = LEARNING_VISIT.exec(lead);
  const visit = VISIT.exec(lead);
  if (learning && visit && !kinds.some((k) => k.kind === 'studi-tiru') && !isOtherOccasion(lead)) {
    // Sure only when one sentence says both the visit and a verb of learning ("kunjungan kerja … untuk mempelajari …");
    // a visit beside "inovasi", "sharing" or "melihat langsung", or in another sentence, is likely but a reviewer decides.
    const sure = lead.split(/[.!?](?:\s|$)|\n/u).some((sentence) => VISIT.test(sentence) && STRONG_LEARNING.test(sentence));
    kinds.push({ kind: 'studi-tiru', index: Math.min(learning.index, visit.index), ...(sure ? {} : { inferred: true }) });
  }
  return kinds.sort((a, b) => a.index - b.index);
}

/** Whether the lead uses a word for any kind, even one `findKinds` set aside as another occasion or as what many do. */
export const namesAnyKind = (lead: string) => KIND_WORDS.some(([, pattern]) => pattern.test(lead));

/** Whether a text says someone came to learn, in any of the ways `findKinds` reads beside a visit word. */
export const tellsOfLearning = (text: string) => LEARNING_VISIT.test(text);

const LEARNING_VISIT = /\b(?:mencari (?:ilmu|pengetahuan)|mempelajari|pelajari|dipelajari|belajar|berguru|menimba ilmu|melihat (?:secara )?langsung|melihat dari dekat|meninjau langsung|inovasi|replikasi|mereplikasi|mengadopsi|adopsi|mencontoh|meniru|berbagi pengalaman|bertukar pengalaman|tukar pengalaman|sharing|benchmark|referensi|menggali informasi|menyerap ilmu)\b/iu;
const STRONG_LEARNING = /\b(?:mempelajari|belajar|berguru|menimba ilmu|mereplikasi|mengadopsi)\b/iu;
const VISIT = /\b(?:kunjungan|kunker|delegasi|rombongan|bertandang|berkunjung|menyambangi|sambangi|peninjauan|melawat|lawatan)\b/iu;

/**
 * Words before a kind that put it on another occasion: one being prepared ("Siapkan Peluncuran", "jelang
 * launching", "akan diluncurkan"), one past whose results are discussed ("hasil kaji banding") or followed up
 * ("monitoring dan evaluasi kerja sama replikasi"), or the start a program is counted from ("Sejak diluncurkan
 * pada Mei 2016").
 */
const NOT_THIS_EVENT = /\b(?:siapkan|menyiapkan|persiapan|mempersiapkan|rencana|merencanakan|jelang|menjelang|akan|segera|hasil|sejak|monitoring|memantau|pemantauan|evaluasi|mengevaluasi|monev|menindaklanjuti|tindak lanjut)\s+(?:\p{L}+\s+)?$/iu;

/**
 * A kind word among what a visit came to learn ("untuk meniru regulasi, instansi layanan, MoU dan PKS"): a topic of
 * study, not a signing held that day. Up to six words may stand between, none of them a verb (me-, ber-, di-).
 */
const STUDIED_TOPIC = /\b(?:meniru|mempelajari|pelajari|belajar|terkait|tentang|mengenai|seputar)\s+(?:(?!(?:me|ber|di)\p{Ll})[\p{L}-]+,?\s+){0,6}$/iu;

/**
 * Words after a kind that put it on an occasion already past: "kaji banding ke Kota Batam bulan lalu", "MoU dengan
 * Kabupaten Sleman yang telah ditandatangani". A report that looks back on a visit (a council session hearing its
 * results) or on an agreement (a launch it made possible) is not that visit or signing.
 */
const PAST_MENTION = /^[^.\n]{0,50}?\b(?:(?:bulan|pekan|minggu|tahun) lalu|beberapa waktu lalu|yang lalu|silam)\b|^\s*(?:\p{L}+\s+){0,6}?yang (?:telah|sudah|pernah)\s/iu;
/** "studi tiru itu", "kaji banding tersebut": the occasion named before, when a kind was named before. */
const DEMONSTRATIVE = /^\s*(?:itu|tersebut|tadi|sebelumnya)\b/iu;

/** Whether the kind at `start`–`end` of the lead names a past occasion, or refers back to one named earlier. */
function lookedBack(lead: string, start: number, end: number): boolean {
  const after = lead.slice(end, end + 60);
  return PAST_MENTION.test(after) || (DEMONSTRATIVE.test(after) && KIND_WORDS.some(([, pattern]) => pattern.test(lead.slice(0, start))));
}

/**
 * An occasion of a kind Tiru does not record, named in the headline or the first sentence: a ceremony, a
 * thanksgiving, a council session. Guests at it may share experience, but that does not make it a study visit.
 */
const OTHER_OCCASION = /\b(?:upacara|syukuran|tasyakuran|peringatan|pelantikan|rapat paripurna|sidang paripurna|musrenbang|halal ?bihalal|pawai|karnaval|jalan sehat|apel)\b/iu;

/** Whether the lead's headline or first sentence reports an occasion of another kind (a ceremony, a council session). */
export const isOtherOccasion = (lead: string) => OTHER_OCCASION.test(lead.split(/[.!?](?:\s|$)/u)[0]!) || OTHER_OCCASION.test(lead.split('\n').slice(0, 2).join(' ').split(/[.!?](?:\s|$)/u)[0]!);

/**
 * Many regions as the subject of a kind ("kian banyak kota atau kabupaten yang melakukan studi banding ke Kota
 * Malang"): a habit the report describes, not the event it reports.
 */
const MANY_DO_IT = /\b(?:banyak|berbagai|sejumlah|ratusan|puluhan)\s+(?:(?:kota|kabupaten|daerah|pemda|pemerintah daerah|provinsi|instansi|atau|dan|lain|lainnya)\s+){1,5}yang\s+(?:\p{L}+\s+){0,2}$/iu;

/** A time past, as a report dates an earlier occasion: "beberapa waktu lalu", "bulan lalu". */
export const TIME_PAST = String.raw`beberapa\s+(?:waktu|hari|pekan|minggu|bulan|tahun)\s+(?:lalu|silam|sebelumnya)|(?:pekan|minggu|bulan|tahun)\s+lalu`;

/** A clause that opens on a time past ("Beberapa waktu lalu Pemkab X … menandatangani kerja sama, kali ini …"): another occasion. */
const EARLIER_CLAUSE = new RegExp(String.raw`\b(?:${TIME_PAST})\b[^,;]*$`, 'iu');

/** A document the sentence cites as a basis ("mengacu pada Perbup …, MoU antara …") is no signing held that day. */
const REFERENCE = /\b(?:mengacu pada|berdasarkan|merujuk pada|sesuai dengan|dasar hukum|payung hukum)\b/iu;

/** Whether a lead sums up many visits over a period: it opens a feature, which reports no one event. */
export const isRoundup = (lead: string) => ROUNDUP.test(lead);

/** A roundup of many visits over a period, not one event: "Sebanyak 25 instansi … sepanjang Januari hingga Juli". */
const COUNT = String.raw`\b(?:\d[\d.]*|puluhan|ratusan|ribuan)\s+(?:instansi|delegasi|rombongan|daerah|lembaga|kunjungan)\b`;
/** A span of months or years, not the days of one visit ("selama dua hari"). */
const PERIOD = String.raw`\b(?:sepanjang|selama|dalam kurun(?: waktu)?)\s+(?:tahun|bulan|semester|triwulan|(?:19|20)\d{2}|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\b`;
const ROUNDUP = new RegExp(`${COUNT}[^.]{0,160}${PERIOD}|${PERIOD}[^.]{0,80}${COUNT}`, 'iu');
