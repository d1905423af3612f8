import type { LEGAL_BASIS_KINDS, TARGET_KINDS } from '../../schemas/profile';
import { parseIndonesianNumber } from './figures';

/** A regulation a program rests on, as printed: "Peraturan Bupati Nomor 12 Tahun 2021 tentang …". */
export interface LegalBasisFact {
  part: 'legalBasis';
  kind: keyof typeof LEGAL_BASIS_KINDS;
  number: string;
  year: number;
  title?: string | undefined;
  index: number;
}

/** Money a program spends, in whole rupiah, with what the amount is for ("per RT", "per tahun", "total"). */
export interface BudgetFact {
  part: 'budget';
  amount: number;
  unit: string;
  year?: number | undefined;
  fundingSource?: string | undefined;
  index: number;
}

/** How far a program reaches: "60 RT", "110 penerima". */
export interface ScaleFact {
  part: 'scale';
  value: number;
  unit: string;
  index: number;
}

/** Who a program serves ("sasaran") or who qualifies for it ("kriteria"), as the report words it. */
export interface TargetFact {
  part: 'target';
  kind: keyof typeof TARGET_KINDS;
  text: string;
  index: number;
}

/** An outcome a program reached: "omzet naik menjadi Rp 170 juta", "angka stunting turun menjadi 12 persen". */
export interface ResultFact {
  part: 'results';
  indicator: string;
  value: number;
  unit: string;
  index: number;
}

/** A fact for a program's profile, found in the text at `index`. */
export type ProfileFact = LegalBasisFact | BudgetFact | ScaleFact | TargetFact | ResultFact;

/** Regulation names, long and short, with the kind the profile schema stores them under. */
const REGULATION_KINDS: readonly [RegExp, LegalBasisFact['kind']][] = [
  [/^(?:Peraturan Daerah|Perda)\b/iu, 'perda'],
  [/^(?:Peraturan Bupati|Perbup)\b/iu, 'perbup'],
  [/^(?:Peraturan Wali ?kota|Perwali|Perwal|Perwako)\b/iu, 'perwali'],
  [/^(?:Peraturan Gubernur|Pergub)\b/iu, 'pergub'],
  [/^(?:Surat Edaran|SE)\b/u, 'surat-edaran'],
  [/^Instruksi\b/iu, 'instruksi'],
  [/^(?:(?:Surat )?Keputusan|SK|Kepbup|Kepwal)\b/u, 'keputusan'],
];

/**
 * A regional regulation with its number and year: "Peraturan Bupati (Perbup) Banyuasin Nomor 12 Tahun 2021",
 * "Perwali Nomor 14 Tahun 2025", "Surat Keputusan Nomor 010 Tahun 2023", "SK Bupati No. 5/2019". National laws
 * (Undang-Undang, Peraturan Pemerintah, Peraturan Menteri) are the background every program shares, not its own basis.
 */
const REGULATION = new RegExp(
  String.raw`\b(Peraturan (?:Daerah|Bupati|Wali ?[Kk]ota|Gubernur)|Perda|Perbup|Perwali|Perwal|Perwako|Pergub|Surat Edaran|SE|Instruksi (?:Bupati|Wali ?[Kk]ota|Gubernur)|(?:Surat )?Keputusan(?: (?:Bupati|Wali ?[Kk]ota|Gubernur|Kepala Desa|Camat|Lurah))?|SK|Kepbup|Kepwal)` +
    // An optional short form and region: "(Perbup) Kabupaten Banyuasin", "Kota Malang".
    String.raw`(?:\s*\([\p{L}\s]{2,12}\))?(?:\s+(?:(?:Kabupaten|Kota|Provinsi)\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})?` +
    String.raw`\s+(?:Nomor|Nomer|No\.?)\s*:?\s*([\w.-]+(?:\/[\w.-]+)*?)(?:\s+Tahun\s+|\/)((?:19|20)\d{2})\b`,
  'gu',
);

/** The same regulation with its title before the number: "Peraturan Bupati tentang Mall Pelayanan Publik Nomor 11 Tahun 2018". */
const REGULATION_TITLE_FIRST = new RegExp(
  String.raw`\b(Peraturan (?:Daerah|Bupati|Wali ?[Kk]ota|Gubernur)|Perda|Perbup|Perwali|Pergub|Keputusan (?:Bupati|Wali ?[Kk]ota|Gubernur))\s+tentang\s+([^,.;()]{3,80}?)\s+(?:Nomor|Nomer|No\.?)\s*:?\s*([\w.-]+(?:\/[\w.-]+)*?)(?:\s+Tahun\s+|\/)((?:19|20)\d{2})\b`,
  'gu',
);

/** Where a regulation's "tentang …" title stops: a clause that says what the regulation does, or the sentence's end. */
const TITLE_END = /[,;.!?"”]|\s(?:sebagai|yang|untuk|agar|sehingga|serta|dan telah|telah|sudah|menjadi|mulai|pada)\s/u;

/** Small words a capitalised regulation title keeps in lower case: "Perubahan atas …", "Pelayanan dan Perizinan". */
const TITLE_JOINERS = new Set(['dan', 'di', 'ke', 'untuk', 'bagi', 'serta', 'atas', 'pada', 'tentang', 'dalam', 'dari', 'melalui', 'yang', 'se']);

/** A title printed in capitals ends at the first lower-case word it would not keep ("… RT Berkelas mengatur usulan"). */
function capitalisedTitle(title: string): string {
  if (!/^\p{Lu}/u.test(title)) return title;
  const words = title.split(/\s+/);
  const end = words.findIndex((word) => /^\p{Ll}/u.test(word) && !TITLE_JOINERS.has(word));
  return (end < 0 ? words : words.slice(0, end)).join(' ').replace(/\s+(?:dan|di|ke|untuk|bagi|serta|atas|pada|dalam|dari|yang)$/u, '');
}

/** Reads the regulations in a text, one per number and year, the printing with a title first. */
export function findLegalBasis(text: string): LegalBasisFact[] {
  const found = new Map<string, LegalBasisFact>();
  for (const match of text.matchAll(REGULATION)) {
    const kind = REGULATION_KINDS.find(([pattern]) => pattern.test(match[1]!))?.[1];
    if (!kind) continue;
    const number = match[2]!.replace(/[.,-]+$/u, '');
    const year = Number(match[3]);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 200);
    // "Nomor 35/01/HK/2018, tanggal 15 Februari 2018, tentang …": the day it was signed may come between.
    const about = /^(?:,?\s*(?:tanggal|tgl\.?)\s+[^,;.]{4,25},?)?\s+tentang\s+/iu.exec(after);
    const rest = about ? after.slice(about[0].length) : '';
    const title = about ? capitalisedTitle(rest.slice(0, TITLE_END.exec(rest)?.index ?? rest.length).trim()) || undefined : undefined;
    const key = `${kind} ${number} ${year}`;
    const known = found.get(key);
    if (!known) found.set(key, { part: 'legalBasis', kind, number, year, title, index: match.index });
    else if (!known.title && title) known.title = title;
  }
  for (const match of text.matchAll(REGULATION_TITLE_FIRST)) {
    const kind = REGULATION_KINDS.find(([pattern]) => pattern.test(match[1]!))?.[1];
    const key = `${kind} ${match[3]!.replace(/[.,-]+$/u, '')} ${match[4]}`;
    if (kind && !found.has(key)) found.set(key, { part: 'legalBasis', kind, number: match[3]!.replace(/[.,-]+$/u, ''), year: Number(match[4]), title: match[2]!.trim(), index: match.index });
  }
  return [...found.values()].sort((a, b) => a.index - b.index);
}

const MULTIPLIERS: Record<string, number> = { ribu: 1e3, rb: 1e3, juta: 1e6, jt: 1e6, miliar: 1e9, milyar: 1e9, m: 1e9, triliun: 1e12, t: 1e12 };

/** "Rp 75 juta", "Rp75.000.000", "Rp 1,5 miliar per tahun", "Rp50 juta per RT". */
const AMOUNT = /\bRp\.?\s?(\d[\d.,]*)(?:\s*(ribu|rb|juta|jt|miliar|milyar|triliun|M|T)(?![\p{L}]))?(?:,-)?(?:\s+(?:per|setiap|tiap|\/)\s*([\p{L}]+(?:\s+(?:warga|desa|kelurahan|sekolah|orang|keluarga))?))?/giu;

/** Words that put an amount in a program's budget: what it spends, gives or is allocated. */
const BUDGET_WORDS = /\b(?:anggaran|dianggarkan|menganggarkan|dana|bantuan|alokasi|dialokasikan|mengalokasikan|biaya|hibah|insentif|stimulan|APBD|APBDes|APBN|senilai|sebesar)\b/iu;
/** Words that make an amount a result or a price, not the program's budget: revenue, profit, savings, turnover. */
const NOT_BUDGET = /\b(?:omzet|omset|keuntungan|untung|laba|pendapatan|penghasilan|PAD|retribusi|pajak|hemat|menghemat|penghematan|kerugian|harga|tarif|nilai transaksi|transaksi|penjualan|tabungan|simpanan|gaji|honor)\b/iu;
const FUNDING_SOURCES = /\b(APBDes|APBD(?:\s+Perubahan)?|APBN|Dana Desa|DAK|CSR|BKK|Bankeu|Bantuan Keuangan)\b/u;

/** Rupiah amounts a sentence gives as a program's budget. */
export function findBudgets(sentence: string, sentenceIndex = 0): BudgetFact[] {
  if (!BUDGET_WORDS.test(sentence) || NOT_BUDGET.test(sentence)) return [];
  const facts: BudgetFact[] = [];
  for (const match of sentence.matchAll(AMOUNT)) {
    const value = parseIndonesianNumber(match[1]!.replace(/[.,]$/u, ''));
    const multiplier = match[2] ? MULTIPLIERS[match[2].toLowerCase()]! : 1;
    const amount = Math.round(value * multiplier);
    // Fewer than a thousand rupiah is a misread, not a budget.
    if (!Number.isFinite(amount) || amount < 1000) continue;
    const per = match[3] ? `per ${match[3]}` : /\bper\s?tahun|setiap tahun|tiap tahun\b/iu.test(sentence) ? 'per tahun' : 'total';
    const year = /\b(?:tahun anggaran|TA\.?|APBD(?:es)?(?:\s+[\p{L}\s]{0,30}?)?)\s*((?:19|20)\d{2})\b/iu.exec(sentence)?.[1];
    facts.push({ part: 'budget', amount, unit: per, year: year ? Number(year) : undefined, fundingSource: FUNDING_SOURCES.exec(sentence)?.[1], index: sentenceIndex + match.index });
  }
  return facts;
}

/** Units a program's reach is counted in, as printed, with the unit to store. */
const SCALE_UNIT = /^(RT|RW|desa|kelurahan|kampung|nagari|gampong|dusun|banjar|jorong|lorong|sekolah|puskesmas|posyandu|penerima(?: manfaat)?|keluarga penerima manfaat|KPM|KK|lansia|pokmas|kelompok|titik|unit|UMKM|rumah)(?![\p{L}])/u;
/** Words that say the count is the program's reach: where it runs, how many it serves or has formed. */
const REACH_WORDS = /\b(?:sudah|telah|tersebar|mencakup|menjangkau|berjalan|diterapkan|terbentuk|dibentuk|ditetapkan|menerima|penerima|sasaran|menyasar|melayani|dilayani|terlayani|mendapat|mendapatkan|memperoleh|sebanyak|tercatat)\b/iu;

/**
 * Counts of a program's reach a sentence gives: "sudah berjalan di 60 RT", "110 penerima". A count after "dari",
 * "se-" or "seluruh" is the total it is a part of ("60 RT dari 723 RT"), which is the region's figure, not the program's.
 */
export function findScale(sentence: string, sentenceIndex = 0): ScaleFact[] {
  if (!REACH_WORDS.test(sentence)) return [];
  const facts: ScaleFact[] = [];
  for (const match of sentence.matchAll(/(?<![\d.,/])(\d{1,3}(?:\.\d{3})+|\d+)(?:\s*\([\p{L}\s]+\))?\s+/gu)) {
    const unit = SCALE_UNIT.exec(sentence.slice(match.index + match[0].length))?.[1];
    if (!unit) continue;
    const before = sentence.slice(Math.max(0, match.index - 12), match.index);
    if (/\b(?:dari|se-?|seluruh|total)\s*$/iu.test(before) || /\b(?:tahun|nomor|no\.?)\s*$/iu.test(before)) continue;
    facts.push({ part: 'scale', value: parseIndonesianNumber(match[1]!), unit, index: sentenceIndex + match.index });
  }
  return facts;
}

/**
 * Who a program serves, said with a verb of aiming ("diperuntukkan bagi …", "menyasar …", "sasarannya adalah …"),
 * and who qualifies, said with a word of requirement ("syaratnya, …", "kriteria penerima yaitu …"). "Tepat sasaran"
 * names no one.
 */
const TARGET_CUES: readonly [TargetFact['kind'], RegExp][] = [
  ['sasaran', /\b(?:(?<!tepat\s)sasaran(?:nya)?(?:\s+(?:utama|program)(?:\s+(?:ini|tersebut))?)?\s+(?:adalah|yaitu|yakni|ialah)|diperuntukkan\s+(?:bagi|untuk|kepada)|ditujukan\s+(?:bagi|untuk|kepada)|menyasar|menyasarkan)\s+/giu],
  ['kriteria', /\b(?:(?:syarat|persyaratan|kriteria)(?:nya)?(?:\s+(?:penerima|peserta|calon penerima)(?:\s+(?:bantuan|program))?)?\s*(?:adalah|yaitu|yakni|ialah|antara lain|meliputi|:|,))\s*/giu],
];
/** Where a target's words stop: the sentence's end, or a clause saying why or how ("agar …", "sehingga …"). */
const TARGET_END = /[.;!?"”]|,?\s(?:agar|supaya|sehingga|karena|untuk meningkatkan|dengan tujuan|kata|ujar|ungkap|jelas)\s/u;

/** Who a program serves and who qualifies, as a sentence words it. */
export function findTargets(sentence: string, sentenceIndex = 0): TargetFact[] {
  return TARGET_CUES.flatMap(([kind, cue]) =>
    [...sentence.matchAll(cue)].flatMap((match) => {
      const rest = sentence.slice(match.index + match[0].length);
      const text = rest.slice(0, TARGET_END.exec(rest)?.index ?? rest.length).trim();
      // Fewer than two words, or a whole paragraph, is not a target a reader can use.
      return text.split(/\s+/).length >= 2 && text.length <= 160 ? [{ part: 'target' as const, kind, text, index: sentenceIndex + match.index }] : [];
    }),
  );
}

/** What a program's outcome is counted in: money earned or saved, rates brought down, people or visitors reached, the economy. */
const RESULT_NOUN = String.raw`(?:omzet|omset|keuntungan|laba|pendapatan(?:\s+asli\s+daerah)?|PAD|penghematan|penerimaan|angka\s+(?!ini|itu|tersebut)\p{L}+|prevalensi\s+stunting|kasus\s+\p{L}+|indeks\s+kepuasan(?:\s+masyarakat)?|kepuasan\s+masyarakat|jumlah\s+(?:pengunjung|wisatawan|kunjungan)|pertumbuhan\s+ekonomi|inflasi)`;
/** "<indicator> naik dari … menjadi N", "<indicator> mencapai Rp N juta": the indicator and the value it reached. */
const RESULT = new RegExp(
  String.raw`\b(${RESULT_NOUN}(?:\s+[\p{L}-]+){0,7}?)\s+(?:yang\s+)?(?:juga\s+|berhasil\s+)*(?:naik|meningkat|turun|menurun|bertambah|berkurang|ditekan|mencapai|sebesar|senilai|tercatat)` +
    String.raw`(?:\s+(?:dari|semula)\s+(?:Rp\.?\s?)?\d[\d.,]*\s*(?:persen|%|ribu|juta|miliar)?(?:\s*\([^)]{1,20}\))?)?\s+(?:(?:menjadi|hingga|sampai|ke angka)\s+)?(?:(Rp)\.?\s?)?(\d[\d.,]*)\s*(persen|%|ribu|rb|juta|jt|miliar|milyar|orang|jiwa|kasus|wisatawan|pengunjung|kunjungan)?(?![\p{L}])(?:\s+(?:per|setiap|tiap)\s+(hari|minggu|bulan|tahun))?`,
  'giu',
);

/** Outcomes a sentence reports, each as its indicator, the value reached and its unit. */
export function findResults(sentence: string, sentenceIndex = 0): ResultFact[] {
  return [...sentence.matchAll(RESULT)].flatMap((match) => {
    const [, indicator, rupiah, number, word, period] = match;
    const value = parseIndonesianNumber(number!.replace(/[.,]$/u, ''));
    const multiplier = word && MULTIPLIERS[word.toLowerCase()];
    const counted = rupiah || multiplier ? 'rupiah' : word === '%' ? 'persen' : word?.toLowerCase();
    // A bare number with no unit may be a year or a rank: nothing to store.
    if (!counted || !Number.isFinite(value)) return [];
    const unit = period ? `${counted} per ${period.toLowerCase()}` : counted;
    // "Angka stunting di desa itu": the place or time after the indicator's words is not part of its name.
    const label = indicator!.replace(/\s+/gu, ' ').replace(/\s(?:di|pada|sejak|selama|dari|yang)\s.*$/u, '');
    return [{ part: 'results' as const, indicator: label.charAt(0).toLocaleUpperCase('id-ID') + label.slice(1), value: Math.round(value * (multiplier || 1) * 100) / 100, unit, index: sentenceIndex + match.index }];
  });
}

/** Every profile fact a sentence states, in the order printed. */
export function findProfileFacts(sentence: string, sentenceIndex = 0): ProfileFact[] {
  return [
    ...findLegalBasis(sentence).map((f) => ({ ...f, index: sentenceIndex + f.index })),
    ...findBudgets(sentence, sentenceIndex),
    ...findScale(sentence, sentenceIndex),
    ...findTargets(sentence, sentenceIndex),
    ...findResults(sentence, sentenceIndex),
  ].sort((a, b) => a.index - b.index);
}

/** A profile fact without its place in the text, as a proposal carries it. */
export type ProfileValue = DistributiveOmit<ProfileFact, 'index'>;
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

/**
 * The item a fact adds to a program's `profile`, in the schema's shape, citing `source`. A scale figure needs the day
 * it held (`date`); without one it cannot be stored and nothing is returned.
 */
export function profileItem(fact: ProfileValue, programTitle: string, source: string, date: string | undefined): { part: ProfileFact['part']; item: Record<string, unknown> } | undefined {
  const sources = [source];
  if (fact.part === 'target') return { part: fact.part, item: { kind: fact.kind, text: fact.text, sources } };
  if (fact.part === 'results') return { part: fact.part, item: { indicator: fact.indicator, value: fact.value, unit: fact.unit, ...(date ? { date } : {}), sources } };
  if (fact.part === 'legalBasis') return { part: fact.part, item: { kind: fact.kind, number: fact.number, year: fact.year, ...(fact.title ? { title: fact.title } : {}), sources } };
  if (fact.part === 'budget') return { part: fact.part, item: { amount: fact.amount, unit: fact.unit, ...(fact.year ? { year: fact.year } : {}), ...(fact.fundingSource ? { fundingSource: fact.fundingSource } : {}), sources } };
  if (!date) return undefined;
  // "RT Mandiri" counted in RT names itself; other programs count their reach by the unit ("Jumlah penerima").
  const indicator = programTitle.startsWith(`${fact.unit} `) ? programTitle : `Jumlah ${fact.unit}`;
  return { part: fact.part, item: { indicator, unit: fact.unit, points: [{ date, value: fact.value, sources }] } };
}

/** How a profile fact reads in the review and the evaluation: "perwali 14/2025", "50000000 per RT", "60 RT", "kriteria: …". */
export function describeProfileFact(fact: ProfileValue): string {
  if (fact.part === 'legalBasis') return `${fact.kind} ${fact.number}/${fact.year}`;
  if (fact.part === 'budget') return `${fact.amount} ${fact.unit}`;
  if (fact.part === 'target') return `${fact.kind}: ${fact.text}`;
  if (fact.part === 'results') return `${fact.indicator} ${fact.value} ${fact.unit}`;
  return `${fact.value} ${fact.unit}`;
}
