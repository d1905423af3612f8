import type { AdoptionStatus } from '../../schemas/program';
import type { Sentence } from './text';
import { readTakeUp, type StatusReading } from './adoption-grammar';
import { LEARNING_VISIT_WORDS } from './kinds';

/** A verb of adopting or building with the object pronoun "-nya": "menerapkannya", "memilikinya". */
const ADOPTS_IT = String.raw`\b(?:membangun|membentuk|memiliki|menghadirkan|menerapkan|mengadopsi|meniru|mereplikasi|mencontoh|menduplikasi)nya\b`;
/** "berencana membukanya"; "akan membukanya" opens an event instead. */
const PLANS_TO_OPEN_IT = String.raw`\b(?:berencana|ingin|berniat)\s+(?:juga\s+)?membukanya\b`;
/**
 * A passive verb of copying with no subject, then where it is to run: "agar dapat diimplementasikan di Kota Medan",
 * "untuk diterapkan di daerah kami". What is to be copied is the thing spoken of before; not after "yang", which names
 * it ("hasil yang dapat diterapkan di Kabupaten X").
 */
const TO_BE_COPIED_THERE = String.raw`(?<!\byang\s+)\b(?:agar|supaya|untuk|bisa|dapat|akan)\s+(?:(?:bisa|dapat|segera|juga)\s+)?di\s?(?:terapkan|adopsi|replikasi|tiru|contoh|implementasikan|aplikasikan|duplikasi)\s+(?:di|oleh)\s+(?:pemerintah|pemkab|pemkot|pemko|pemprov|kabupaten|kota|provinsi|daerah|wilayah)\b`;
/** Words that refer back to a program named before ("ingin memilikinya", "berencana membukanya"): a reader must confirm which. */
export const REFERS_BACK = new RegExp(`${ADOPTS_IT}|${PLANS_TO_OPEN_IT}|${TO_BE_COPIED_THERE}`, 'iu');

/**
 * A plan said as what will happen at a place: "akan dikembangkan di daerahnya", "untuk diadopsi di Pemkot Pariaman", "akan
 * kami jadikan contoh". "akan dikembangkan" alone is the owner's own plan, so the place is required.
 */
const TO_BE_USED_THERE = String.raw`\b(?:akan|untuk|bakal)\s+(?:(?:kami|kita)\s+)?(?:di)?(?:kembangkan|terapkan|adopsi|replikasi|tiru|contoh|implementasikan)\s+di\s+(?:daerah|wilayah|kabupaten|kota|provinsi|pemkab|pemkot|pemko|pemprov|tempat)|\bakan\s+(?:kami|kita)\s+jadikan\s+(?:contoh|acuan|rujukan)\b`;

/** Words that hand a program over to the government named next: "dihibahkan kepada Pemkab X", "diserahkan ke Bandung". */
export const HANDED_TO = /\b(?:dihibahkan|diserahkan)\s+(?:ke|kepada)\s+(?:(?:Pemerintah|Pemkab|Pemkot|Pemko|Pemprov|Kabupaten|Kota|Provinsi)\s+)?(?=\p{Lu})/u;

/** Verbs that say a host showed a program to its visitors: what the guests saw there they studied. */
const PRESENTED = /\b(?:menjelaskan|dijelaskan|memaparkan|dipaparkan|mempresentasikan|dipresentasikan|memperkenalkan|diperkenalkan)\b/iu;

/**
 * Words of going to see a place or of being taken with what was seen: "Lokasi pertama yang dikunjungi adalah Kampung X",
 * "rombongan meninjau Y", "Program Z sukses membuat kagum perwakilan …", "tertarik dengan …".
 */
const SAW_OR_ADMIRED = /\b(?:dikunjungi|mengunjungi|meninjau|ditinjau|melihat langsung|berada di|tertarik|ketertarikan(?:nya)?|terkesan|kagum|terpukau|mengagumi)\b/iu;

/** Regions in general, not the event's guests: "daerah-daerah tetangga tertarik …", "banyak daerah lain mengunjungi …". */
const OTHER_REGIONS = /\b(?:daerah-daerah|daerah lain|banyak daerah|kabupaten\/kota lain|kota-kota|kabupaten-kabupaten|pemerintah daerah lain)\b/iu;

/** Whether a sentence speaks of regions in general ("membuat daerah lain ingin mencontohnya"), not of one. */
export const speaksOfOtherRegions = (sentence: string) => OTHER_REGIONS.test(sentence);

/** Whether a sentence says a program was visited or admired (by the guests, on a study visit), not by regions in general. */
export const sawOrAdmired = (sentence: string) => SAW_OR_ADMIRED.test(sentence) && !speaksOfOtherRegions(sentence);

/** A visit to learn programs as such: "ingin tahu apa dan bagaimana program-program …", "belajar inovasi …". */
export const STUDIES_PROGRAMS = new RegExp(String.raw`\b(?:belajar|mempelajari|ingin tahu|${LEARNING_VISIT_WORDS}|menggali (?:informasi|ilmu|pengetahuan)|mendapat(?:kan)? (?:banyak )?(?:pelajaran|ilmu|inspirasi))\b[^.]{0,80}?\b(?:program|inovasi|aplikasi|layanan)`, 'iu');

/** Whether a sentence says a program was shown or explained (to visitors, when the event has guests). */
export const presents = (sentence: string) => PRESENTED.test(sentence);

/**
 * Phrasings that put a program at an adoption status beyond a marker and a take-up verb (which `readTakeUp` reads),
 * strongest first.
 */
const STATUS_VERBS: readonly [AdoptionStatus, RegExp, sure?: boolean][] = [
  ['uji-coba', /\buji ?coba\b/iu],
  // "berencana membukanya", "ini bisa kami terapkan", "program yang akan dikerjasamakan", "inovasi yang diusulkan untuk
  // direplikasi", "akan kami kembangkan di daerah kami".
  ['direncanakan', new RegExp(String.raw`${PLANS_TO_OPEN_IT}|\b(?:bisa|dapat)\s+(?:kami|kita)\s+(?:terapkan|adopsi|tiru|replikasi|contoh|duplikasi)\b|\bakan\s+dikerjasamakan\b|\b(?:diusulkan|dipilih)\s+untuk\s+(?:di)?(?:replikasi|adopsi|terapkan|tiru)\b|${TO_BE_USED_THERE}`, 'iu')],
  // A signed agreement to replicate is a plan, whatever verb the sentence lacks: "menandatangani PKS … replikasi inovasi X".
  // So is one that grants an application to use: "MoU hibah aplikasi X", "MoU terkait pemanfaatan Aplikasi X".
  ['direncanakan', /\b(?:MoU|PKS|perjanjian kerja ?sama|nota kesepahaman|komitmen)\b[^.]{0,100}?\b(?:replikasi|mereplikasi|direplikasi|adopsi|mengadopsi|hibah|pemanfaatan|penggunaan)\b|\b(?:replikasi|adopsi)\b[^.]{0,60}?\b(?:MoU|PKS|perjanjian kerja ?sama|nota kesepahaman)\b/iu],
  // So is cooperation or an accord to replicate, named without its paper ("Kerja sama itu mencakup replikasi aplikasi X",
  // "menjalin kerja sama dengan Kabupaten Y untuk mereplikasi X"), which leaves who copies whom to check.
  ['direncanakan', /\b(?:kerja ?sama|kesepakatan)\b[^.]{0,100}?\b(?:replikasi|mereplikasi|direplikasi|adopsi|mengadopsi)\b/iu, false],
  // "SiCaCa serta aplikasi lainnya yang diserahkan ke Bandung": an application handed to a government is one it means to
  // use, though it may not.
  ['direncanakan', HANDED_TO, false],
  // "aplikasi-aplikasi yang dihibahkan seperti …", "menghibahkan beberapa aplikasi kepada …": granted to the guests.
  ['direncanakan', /\b(?:dihibahkan|menghibahkan)\b/iu, false],
  // "program turunan provinsi yang bisa diadop oleh Kota X": a program a government could take up, which it may never do.
  ['direncanakan', /\b(?:bisa|dapat|layak|patut|perlu)\s+di\s?(?:terapkan|adopsi|adop|replikasi|tiru|contoh|duplikasi|implementasikan|aplikasikan)\s+(?:oleh|di)\s+(?=(?:Pemerintah|Pemkab|Pemkot|Pemko|Pemprov|Kabupaten|Kota|Provinsi)\b)/u, false],
  // "Mall pelayanan … bisa di jadikan contoh oleh Pemkab Sumedang": taken as a model, which may come to nothing.
  ['direncanakan', /\b(?:bisa|dapat|akan|layak)\s+di\s?jadikan\s+(?:contoh|acuan|rujukan|percontohan|role model)\b/iu, false],
  ['dipelajari', new RegExp(String.raw`\b(?:${LEARNING_VISIT_WORDS}|kunjungan kerja|mempelajari|mepelajari|belajar|menggali (?:informasi|ilmu|pengetahuan)|mendapat(?:kan)? (?:banyak )?(?:pelajaran|ilmu|inspirasi))\b`, 'iu')],
];

const STRENGTH: readonly AdoptionStatus[] = ['dipelajari', 'direncanakan', 'uji-coba', 'diterapkan'];

/** The strongest adoption status a sentence states, if any. */
export function statusIn(sentence: string): AdoptionStatus | undefined {
  return statusAt(sentence)?.status;
}

/**
 * The strongest adoption status a sentence states, where its words begin, and whether it is stated without doubt: read
 * from a marker and a take-up verb, or from the phrasings above (an agreement signed, a study visit, a trial).
 */
export function statusAt(sentence: string): StatusReading | undefined {
  const grammar = readTakeUp(sentence);
  for (const [status, pattern, sure = true] of STATUS_VERBS) {
    const match = pattern.exec(sentence);
    if (match && (!grammar || isStronger(status, grammar.status))) return { status, index: match.index, sure };
  }
  return grammar;
}

/** Whether `status` goes further than `than` along dipelajari → direncanakan → uji coba → diterapkan. */
export const isStronger = (status: AdoptionStatus, than: AdoptionStatus) => STRENGTH.indexOf(status) > STRENGTH.indexOf(than);

/** An agreement named in a sentence, with its number when printed: "PKS Nomor 12/PKS/2024". */
export function evidenceIn(sentence: string): string | undefined {
  const match = /\b(MoU|PKS|nota kesepahaman|perjanjian kerja ?sama)\b(?:[^.]{0,60}?\b(?:nomor|no\.)\s*([\w./-]+))?/iu.exec(sentence);
  if (!match) return undefined;
  return match[2] ? `${match[1]} Nomor ${match[2].replace(/[.,]$/, '')}` : match[1];
}

/** Words that open a sentence naming what the one before spoke of: "Dalam hal ini Program X", "Di antaranya A dan B". */
const NAMES_WHAT_BEFORE = /^["“]?(?:dalam hal ini|yakni|yaitu|di ?antaranya|antara lain|salah satunya|terutama|khususnya|seperti)\b/iu;

/**
 * A sentence with a status but no program, and the verbless one after it that names the programs ("Para lurah
 * mempelajari pengelolaan kampung. Dalam hal ini Program Kampung Wisata."), read as one clause; `text` is the article.
 */
export function followUps(sentences: readonly Sentence[], text: string): { text: string; start: number; sentence: Sentence; inferred: true }[] {
  return sentences.flatMap((sentence, i) => {
    const before = sentences[i - 1];
    if (!before || !NAMES_WHAT_BEFORE.test(sentence.text.trim()) || statusIn(sentence.text) || !statusIn(before.text)) return [];
    const both = { text: text.slice(before.start, sentence.start + sentence.text.length), start: before.start };
    return [{ ...both, sentence: both, inferred: true as const }];
  });
}
