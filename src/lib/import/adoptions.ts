import type { AdoptionStatus } from '../../schemas/program';

/** A verb of adopting or building with the object pronoun "-nya": "menerapkannya", "memilikinya". */
const ADOPTS_IT = String.raw`\b(?:membangun|membentuk|memiliki|menghadirkan|menerapkan|mengadopsi|meniru|mereplikasi|mencontoh|menduplikasi)nya\b`;
/** "berencana membukanya"; "akan membukanya" opens an event instead. */
const PLANS_TO_OPEN_IT = String.raw`\b(?:berencana|ingin|berniat)\s+(?:juga\s+)?membukanya\b`;
/** Words that refer back to a program named before ("ingin memilikinya", "berencana membukanya"): a reader must confirm which. */
export const REFERS_BACK = new RegExp(`${ADOPTS_IT}|${PLANS_TO_OPEN_IT}`, 'iu');
const PLANNED_BEFORE = String.raw`\b(?:berencana|ingin|akan|bakal|siap|berkeinginan|berniat|berharap(?:\s+(?:dapat|bisa))?)(?:\s+(?:segera|juga|dapat|bisa))?`;

/** Verbs that put a program at an adoption status, strongest first. */
const STATUS_VERBS: readonly [AdoptionStatus, RegExp][] = [
  // "sudah kami duplikasi", "telah kita terapkan", "mulai menerapkan", "sudah diterapkan", "telah tiga tahun mengadopsi", "kini menerapkan".
  ['diterapkan', /\b(?:mulai|telah|sudah|kini|sekarang)\s+(?:(?!ingin|akan|berencana|rencana|berharap)[\p{L}\d]+\s+){0,3}?(?:(?:kami|kita)\s+)?(?:menerapkan|mengimplementasikan|mereplikasi|menduplikasi|mengadopsi|terapkan|duplikasi|replikasi|adopsi|tiru)\b|\b(?:telah|sudah)\s+(?:diterapkan|direplikasi|diduplikasi|diadopsi)\b/iu],
  ['uji-coba', /\buji ?coba\b/iu],
  // "ingin mengadopsi", "akan kita tiru", "akan direplikasi oleh …", "tengah mempersiapkan pembangunan …",
  // "berkeinginan untuk menerapkan", "berharap bisa mengadopsi", "akan melakukan replikasi", "ingin kami pelajari dan diterapkan",
  // "berencana membukanya", "ini bisa kami terapkan", "program yang akan dikerjasamakan", "inovasi yang diusulkan untuk
  // direplikasi", "mengutarakan niatnya untuk mengadopsi".
  ['direncanakan', new RegExp(String.raw`\b(?:berencana|ingin|akan|bakal|siap|rencana|berkeinginan|berniat|berharap(?:\s+(?:dapat|bisa))?|berupaya)\s+(?:untuk\s+)?(?:(?:kami|kita)\s+)?(?:(?:pelajari|dipelajari)\s+(?:dan|untuk)\s+)?(?:(?:melakukan|melaksanakan)\s+)?(?:mengadopsi|menerapkan|mereplikasi|meniru|mencontoh|menduplikasi|adopsi|tiru|terapkan|replikasi|contoh|diadopsi|diterapkan|direplikasi|ditiru|dicontoh)\b|\b(?:tengah|sedang)\s+mempersiapkan\s+(?:pembangunan|penerapan|pembentukan)\b|${PLANNED_BEFORE}\s+${ADOPTS_IT}|${PLANS_TO_OPEN_IT}|\b(?:bisa|dapat)\s+(?:kami|kita)\s+(?:terapkan|adopsi|tiru|replikasi|contoh|duplikasi)\b|\bakan\s+dikerjasamakan\b|\b(?:diusulkan|dipilih)\s+untuk\s+(?:di)?(?:replikasi|adopsi|terapkan|tiru)\b|\bniat(?:nya)?\s+untuk\s+(?:mengadopsi|menerapkan|mereplikasi|meniru|mencontoh)\b`, 'iu')],
  // A signed agreement to replicate is a plan, whatever verb the sentence lacks: "menandatangani PKS … replikasi inovasi X".
  // So is one that grants an application to use: "MoU hibah aplikasi X".
  ['direncanakan', /\b(?:MoU|PKS|perjanjian kerja ?sama|nota kesepahaman|komitmen)\b[^.]{0,100}?\b(?:replikasi|mereplikasi|direplikasi|adopsi|mengadopsi|hibah)\b|\b(?:replikasi|adopsi)\b[^.]{0,60}?\b(?:MoU|PKS|perjanjian kerja ?sama|nota kesepahaman)\b/iu],
  ['dipelajari', /\b(?:studi tiru|studi banding|kunjungan kerja|mempelajari|mepelajari|belajar)\b/iu],
];

const STRENGTH: readonly AdoptionStatus[] = ['dipelajari', 'direncanakan', 'uji-coba', 'diterapkan'];

/** The strongest adoption status a sentence states, if any. */
export function statusIn(sentence: string): AdoptionStatus | undefined {
  return statusAt(sentence)?.status;
}

/** The strongest adoption status a sentence states and where its words begin. */
export function statusAt(sentence: string): { status: AdoptionStatus; index: number } | undefined {
  for (const [status, pattern] of STATUS_VERBS) {
    const match = pattern.exec(sentence);
    if (match) return { status, index: match.index };
  }
  return undefined;
}

/** Whether `status` goes further than `than` along dipelajari → direncanakan → uji coba → diterapkan. */
export const isStronger = (status: AdoptionStatus, than: AdoptionStatus) => STRENGTH.indexOf(status) > STRENGTH.indexOf(than);

/** An agreement named in a sentence, with its number when printed: "PKS Nomor 12/PKS/2024". */
export function evidenceIn(sentence: string): string | undefined {
  const match = /\b(MoU|PKS|nota kesepahaman|perjanjian kerja ?sama)\b(?:[^.]{0,60}?\b(?:nomor|no\.)\s*([\w./-]+))?/iu.exec(sentence);
  if (!match) return undefined;
  return match[2] ? `${match[1]} Nomor ${match[2].replace(/[.,]$/, '')}` : match[1];
}
