// Reads the status of a program's take-up from Indonesian grammar: an aspect or modality marker ("akan", "sudah",
// "sedang", "belum" …) before a verb of copying or building in any of its affixed forms ("menerapkan", "diterapkan",
// "kami terapkan", "penerapan"), with the words a clause may put between them ("akan kami", "berharap Kota X juga dapat").
import type { AdoptionStatus } from '../../schemas/program';

/** How a verb's form relates to its stem: "menerapkan" active, "diterapkan" passive, "(kami) terapkan" bare, "penerapan" noun. */
type Voice = 'active' | 'passive' | 'bare' | 'noun';
/** Copying another's program, building a service (perhaps one's own), or coming to have one. */
type Family = 'copy' | 'build' | 'own';

/** Stems of copying, each with its active, passive, bare and noun forms. */
const COPY: readonly (readonly [active: string, passive: string, bare: string, noun: string])[] = [
  ['menerapkan', 'diterapkan', 'terapkan', 'penerapan'],
  ['mengadopsi', 'diadopsi', 'adopsi', 'adopsi'],
  ['mereplikasi', 'direplikasi', 'replikasi', 'replikasi'],
  ['mengimplementasikan', 'diimplementasikan', 'implementasikan', 'implementasi'],
  ['meniru', 'ditiru', 'tiru', 'peniruan'],
  ['mencontoh', 'dicontoh', 'contoh', 'pencontohan'],
  ['mengadaptasi', 'diadaptasi', 'adaptasi', 'adaptasi'],
  ['menduplikasi', 'diduplikasi', 'duplikasi', 'duplikasi'],
  ['mengaplikasikan', 'diaplikasikan', 'aplikasikan', 'pengaplikasian'],
];
/** Hedges before a marker that leave a plan in doubt: "kemungkinan akan mengadopsi", "mungkin akan menerapkan". */
const HEDGES = new Set(['kemungkinan', 'kemungkinannya', 'mungkin', 'barangkali', 'diperkirakan']);
/**
 * Stems of building or starting a service. Their passive is left out: "akan dikembangkan" alone is the owner's own plan.
 */
const BUILD: readonly (readonly [active: string, bare: string, noun: string])[] = [
  ['membangun', 'bangun', 'pembangunan'],
  ['mengembangkan', 'kembangkan', 'pengembangan'],
  ['meluncurkan', 'luncurkan', 'peluncuran'],
  ['membentuk', 'bentuk', 'pembentukan'],
  ['mendirikan', 'dirikan', 'pendirian'],
  ['menghadirkan', 'hadirkan', 'penghadiran'],
];
/** Coming to have: a plan when wished ("ingin memilikinya"), never a take-up when done ("Surabaya sudah memiliki …"). */
const OWN = ['memiliki', 'mempunyai', 'miliki'];

/** A verb form with the object pronoun "-nya" ("menerapkannya") reads as the form. */
function classify(word: string): { family: Family; voice: Voice; bareToo?: boolean } | undefined {
  const w = word.replace(/nya$/u, '');
  for (const [active, passive, bare, noun] of COPY) {
    if (w === active) return { family: 'copy', voice: 'active' };
    if (w === passive) return { family: 'copy', voice: 'passive' };
    // "replikasi" is both a noun ("melakukan replikasi") and a bare verb ("akan kami replikasi").
    if (w === bare) return noun === bare ? { family: 'copy', voice: 'noun', bareToo: true } : { family: 'copy', voice: 'bare' };
    if (w === noun) return { family: 'copy', voice: 'noun' };
  }
  for (const [active, bare, noun] of BUILD) {
    if (w === active) return { family: 'build', voice: 'active' };
    if (w === bare) return { family: 'build', voice: 'bare' };
    if (w === noun) return { family: 'build', voice: 'noun' };
  }
  return OWN.includes(w) ? { family: 'own', voice: 'active' } : undefined;
}

/** What a marker says of the verb it governs. */
type Aspect = 'plan' | 'done' | 'begun' | 'ongoing';
const MARKERS = new Map<string, Aspect>([
  ...['akan', 'hendak', 'ingin', 'berencana', 'merencanakan', 'rencana', 'rencananya', 'siap', 'segera', 'bakal', 'berniat', 'niat', 'niatnya', 'berkeinginan', 'berharap', 'berupaya', 'mau', 'berkomitmen', 'bermaksud', 'berminat', 'mempersiapkan', 'menyiapkan', 'tertarik', 'keinginan', 'keinginannya', 'menarik'].map((m) => [m, 'plan'] as const),
  ...['sudah', 'telah', 'kini', 'sekarang', 'pernah'].map((m) => [m, 'done'] as const),
  ['mulai', 'begun'],
  ...['sedang', 'tengah'].map((m) => [m, 'ongoing'] as const),
]);
/** Markers that say plainly a plan is made or a step taken; the others ("siap", "berharap", "kini", "sedang") leave doubt. */
const PLAIN_MARKERS = new Set(['akan', 'hendak', 'ingin', 'berencana', 'berniat', 'berkeinginan', 'sudah', 'telah']);
/** Negation before the verb or its marker: "belum menerapkan", "tidak akan mengadopsi". */
const NEGATIONS = new Set(['belum', 'tidak', 'tak', 'bukan', 'enggan', 'batal', 'urung']);
/** Words a marker and its verb may have between them without doubt: "akan kami terapkan", "ingin juga dapat segera mengadopsi". */
const PLAIN_GAP = new Set(['kami', 'kita', 'untuk', 'juga', 'pula', 'segera', 'dapat', 'bisa', 'melakukan', 'langsung', 'kembali', 'turut', 'ikut', 'berhasil', 'sukses', 'secara', 'resmi']);
/** Words a clause may also put there, leaving the reading likely only: a subject, a span of time, a hedge. */
const LOOSE_GAP = new Set(['mereka', 'pihaknya', 'daerahnya', 'kabupaten', 'kota', 'provinsi', 'pemkab', 'pemkot', 'pemko', 'pemprov', 'pemerintah', 'daerah', 'nantinya', 'nanti', 'kelak', 'secepatnya', 'lebih', 'dulu', 'terlebih', 'dahulu', 'lama', 'tahun', 'bulan', 'satu', 'dua', 'tiga', 'empat', 'lima', 'beberapa', 'coba', 'mencoba', 'dan', 'pelajari', 'dipelajari']);
/** Words before a noun form that make it an act: "akan melakukan replikasi", "rencana pembangunan". */
const ACTS_ON_NOUN = new Set(['melakukan', 'rencana', 'rencananya', 'merencanakan', 'mempersiapkan', 'menyiapkan']);
/** Words that open a government's name, naming who a passive verb's take-up belongs to: "diterapkan di Kabupaten X". */
const GOVERNMENT_WORDS = new Set(['kabupaten', 'kota', 'provinsi', 'pemkab', 'pemkot', 'pemko', 'pemprov', 'pemerintah']);
/** Farthest a marker may stand before its verb, in words. */
const MAX_GAP = 6;

/** A status a clause states, where its marker begins, and whether its grammar leaves no doubt. */
export interface StatusReading {
  status: AdoptionStatus;
  index: number;
  sure: boolean;
}

/** The status each aspect gives to a family of verbs; undefined where it gives none ("sudah memiliki" is no take-up). */
function statusOf(aspect: Aspect, family: Family): AdoptionStatus | undefined {
  if (aspect === 'plan') return 'direncanakan';
  if (family === 'own') return undefined;
  // A service being built is not yet in use: "mulai membangun", "sedang membangun" are plans under way.
  if (family === 'build' && (aspect === 'begun' || aspect === 'ongoing')) return 'direncanakan';
  return 'diterapkan';
}

const STRENGTH: readonly AdoptionStatus[] = ['dipelajari', 'direncanakan', 'uji-coba', 'diterapkan'];

/**
 * Whether a passive verb done in a relative clause only describes the thing ("inovasi X yang sudah diterapkan di Desa Y
 * sebagai percontohan"): it names no one who took it up, unless an agent or a government follows the verb ("yang telah
 * direplikasi oleh Kabupaten Z", "yang sudah diterapkan di Kota Z", "yang telah diadopsi Kabupaten Z").
 */
function describesThing(words: readonly { text: string; lower: string }[], markerAt: number, afterVerb: number): boolean {
  let k = markerAt - 1;
  while (k >= 0 && PLAIN_GAP.has(words[k]!.lower)) k--;
  if (words[k]?.lower !== 'yang') return false;
  const next = words[afterVerb];
  if (!next) return true;
  if (next.lower === 'oleh' || /^\p{Lu}/u.test(next.text)) return false;
  return !(next.lower === 'di' && words[afterVerb + 1] && GOVERNMENT_WORDS.has(words[afterVerb + 1]!.lower));
}

/** Words that make a noun of copying a thing made: "hasil replikasi", "merupakan adopsi". */
const RESULT_OF = new Set(['hasil', 'merupakan']);
/** Verbs that say copying and nothing else: unlike "menerapkan", never a region's use of its own program. */
const ONLY_COPY = new Set(['mereplikasi', 'mengadopsi', 'meniru', 'mencontoh', 'menduplikasi', 'direplikasi', 'diadopsi', 'ditiru', 'dicontoh', 'diduplikasi']);
/** Words before an unmarked verb of copying that make it an aim, a manner, an ability or a call, not a deed: "untuk mereplikasi". */
const NOT_A_DEED = new Set(['untuk', 'guna', 'agar', 'supaya', 'demi', 'dengan', 'bisa', 'dapat', 'mampu', 'layak', 'patut', 'perlu', 'harus', 'mengajak', 'mendorong', 'meminta', 'mengimbau', 'menantang', 'mempersilakan', 'cara', 'bagaimana', 'proses', 'mau', 'boleh', 'silakan', 'ayo', 'mari', 'yang']);

/** Whether an aim, a call, a negation, a hedge or a marker stands in the clause's words before `at`. */
function aimOrMarkerBefore(words: readonly { lower: string }[], at: number): boolean {
  return words.slice(Math.max(0, at - MAX_GAP), at).some((w) => NOT_A_DEED.has(w.lower) || NEGATIONS.has(w.lower) || MARKERS.has(w.lower) || HEDGES.has(w.lower));
}

/**
 * A verb of copying with no marker: news tells a deed in the bare verb ("Kabupaten Ende mereplikasi Lumbung Desa milik
 * Kabupaten Alor", "Lumbung Desa diadopsi oleh Kabupaten Ende"), so it is applied, never surely. A passive needs a
 * government as its agent. Not with a marker, a negation or an aim, a manner, an ability or a call before it in the
 * clause ("berniat belajar dan meniru", "untuk mereplikasi", "dengan mengadopsi"), nor without a subject of its own: at
 * the clause's start, or said by "kami"/"kita" at a signing ("Kita mereplikasi aplikasi X …"), which is a plan.
 */
function unmarkedTakeUp(words: readonly { text: string; lower: string; index: number }[], verbAt: number, afterVerb: number, voice: Voice): StatusReading | undefined {
  const verb = words[verbAt]!;
  if (!ONLY_COPY.has(verb.lower.replace(/nya$/u, ''))) return undefined;
  const previous = words[verbAt - 1];
  if (!previous || !/^[\p{L}\d]/u.test(previous.text) || previous.lower === 'kami' || previous.lower === 'kita') return undefined;
  if (aimOrMarkerBefore(words, verbAt)) return undefined;
  if (voice === 'passive') {
    const agent = words[afterVerb]?.lower === 'oleh' ? words[afterVerb + 1] : words[afterVerb];
    return agent && GOVERNMENT_WORDS.has(agent.lower) ? { status: 'diterapkan', index: verb.index, sure: false } : undefined;
  }
  return voice === 'active' ? { status: 'diterapkan', index: verb.index, sure: false } : undefined;
}

/** Words of a visit, or of what it is for: the aim that follows is the visitors'. */
const VISIT_OR_AIM = new Set(['kunjungan', 'berkunjung', 'mengunjungi', 'datang', 'kedatangan', 'bertandang', 'menyambangi', 'studi', 'kunker', 'belajar', 'tujuan', 'tujuannya', 'bertujuan']);

/**
 * "Setelah mengunjungi Kabupaten X untuk mengadopsi e-Office", "kedatangan kami bertujuan untuk mereplikasi Y": a visit
 * made to copy a program is its visitors' plan, likely only (the aim may not be carried out).
 */
function visitToCopy(words: readonly { text: string; lower: string; index: number }[], verbAt: number, voice: Voice): StatusReading | undefined {
  const verb = words[verbAt]!;
  if (voice !== 'active' || !ONLY_COPY.has(verb.lower.replace(/nya$/u, '')) || !['untuk', 'guna'].includes(words[verbAt - 1]?.lower ?? '')) return undefined;
  const before = words.slice(Math.max(0, verbAt - 16), verbAt - 1);
  if (before.some((w) => NEGATIONS.has(w.lower)) || !before.some((w) => VISIT_OR_AIM.has(w.lower))) return undefined;
  return { status: 'direncanakan', index: words[verbAt - 1]!.index, sure: false };
}

/**
 * The strongest take-up status a clause states through a marker and a verb of copying or building, if any. A negated
 * verb ("belum menerapkan", "tidak akan mengadopsi") states none.
 */
export function readTakeUp(clause: string): StatusReading | undefined {
  const words = [...clause.matchAll(/[\p{L}\d]+(?:-[\p{L}\d]+)*|[^\s\p{L}\d]/gu)].map((m) => ({ text: m[0], lower: m[0].toLocaleLowerCase('id-ID'), index: m.index }));
  let best: StatusReading | undefined;
  words.forEach((word, at) => {
    const found = classify(word.lower);
    if (!found) return;
    // "akan di terapkan": the passive prefix written apart, as regional reports often print it.
    const split = found.family === 'copy' && (found.voice === 'bare' || found.bareToo === true) && words[at - 1]?.lower === 'di';
    const verb = split ? { ...found, voice: 'passive' as const } : found;
    const verbAt = split ? at - 1 : at;
    const before = words[verbAt - 1]?.lower;
    // A bare form needs its agent ("akan kami terapkan"); a noun needs a word that makes it an act ("akan melakukan replikasi").
    // Speech drops the agent too: "kita akan adopsi", the bare form right after its marker.
    const agent = before === 'kami' || before === 'kita' || (before !== undefined && MARKERS.has(before));
    // "Lumbung Desa, hasil replikasi dari Kabupaten Alor": the thing is a copy already made, likely only.
    if (verb.family === 'copy' && (verb.voice === 'noun' || verb.bareToo) && before !== undefined && RESULT_OF.has(before) && !aimOrMarkerBefore(words, verbAt - 1)) {
      const deed: StatusReading = { status: 'diterapkan', index: words[verbAt - 1]!.index, sure: false };
      if (!best || STRENGTH.indexOf(deed.status) > STRENGTH.indexOf(best.status)) best = deed;
      return;
    }
    if (verb.voice === 'bare' && !agent) return;
    if (verb.voice === 'noun' && !(before && ACTS_ON_NOUN.has(before)) && !(agent && verb.bareToo)) return;
    let plain = true;
    for (let j = verbAt - 1; j >= Math.max(0, verbAt - 1 - MAX_GAP); j--) {
      const w = words[j]!;
      if (NEGATIONS.has(w.lower)) return;
      const aspect = MARKERS.get(w.lower);
      if (aspect) {
        if ([words[j - 1], words[j - 2]].some((n) => n && NEGATIONS.has(n.lower))) return;
        if (verb.voice === 'passive' && aspect === 'done' && describesThing(words, j, verbAt + (split ? 2 : 1))) return;
        const status = statusOf(aspect, verb.family);
        if (!status) return;
        const hedged = [words[j - 1], words[j - 2]].some((n) => n && HEDGES.has(n.lower));
        const sure = plain && !hedged && verb.family === 'copy' && PLAIN_MARKERS.has(w.lower);
        if (!best || STRENGTH.indexOf(status) > STRENGTH.indexOf(best.status)) best = { status, index: w.index, sure };
        return;
      }
      if (PLAIN_GAP.has(w.lower)) continue;
      // A subject may stand between: "berharap Kota Kupang juga dapat …".
      if (LOOSE_GAP.has(w.lower) || /^\p{Lu}/u.test(w.text) || /^\d+$/u.test(w.text)) {
        plain = false;
        continue;
      }
      break;
    }
    const unmarked = unmarkedTakeUp(words, verbAt, split ? verbAt + 2 : verbAt + 1, verb.voice) ?? visitToCopy(words, verbAt, verb.voice);
    if (unmarked && (!best || STRENGTH.indexOf(unmarked.status) > STRENGTH.indexOf(best.status))) best = unmarked;
  });
  return best;
}
