/** A figure about a region: area, population, counts of districts, villages or agencies. */
export interface FoundFigure {
  label: string;
  value: number;
  unit: string;
  index: number;
  /** The figure as printed, when reading it meant correcting a misprint ("12.387.28km"): a reviewer must check it. */
  misprint?: string | undefined;
  /** Read only by correcting both the decimal mark and the unit ("12.387.28km"): too uncertain to propose. */
  unreadable?: boolean | undefined;
  /** The word that makes the figure approximate, as printed ("sekitar", "lebih dari", "±"): it is kept in the label. */
  approximate?: string | undefined;
  /** A total stated as such, not a count qualified by a clause ("yang belum …") that a reviewer must read. */
  sure: boolean;
}

/** A dotted number whose last group is not three digits long: the dot is read as a misprinted decimal point. */
const hasMisprintedDecimal = (printed: string): boolean => {
  const groups = printed.split('.');
  return !printed.includes(',') && groups.length > 1 && groups.at(-1)!.length !== 3;
};

/**
 * Reads an Indonesian number: dots group thousands ("837.062"), a comma marks decimals ("12.387,28").
 * A last dot group that is not three digits long is a decimal point misprinted as a dot ("12.387.28").
 */
export function parseIndonesianNumber(printed: string): number {
  const [whole, decimals] = printed.split(',');
  const groups = whole!.split('.');
  if (decimals !== undefined) return Number(`${groups.join('')}.${decimals}`);
  if (hasMisprintedDecimal(printed)) return Number(`${groups.slice(0, -1).join('')}.${groups.at(-1)}`);
  return Number(groups.join(''));
}

/** Units a region figure comes in, with the unit and label to store. */
const UNITS: readonly { pattern: RegExp; unit: string; label: string }[] = [
  { pattern: /^(?:km2|km²|km|kilometer persegi)(?![\p{L}])/iu, unit: 'km²', label: 'Luas wilayah' },
  { pattern: /^(?:hektare|hektar|ha)(?![\p{L}])/iu, unit: 'ha', label: 'Luas wilayah' },
  { pattern: /^(?:jiwa|penduduk)(?![\p{L}])/iu, unit: 'jiwa', label: 'Jumlah penduduk' },
  { pattern: /^(?:KK|kepala keluarga)(?![\p{L}])/u, unit: 'KK', label: 'Jumlah kepala keluarga' },
  { pattern: /^(?:kecamatan|camat)(?![\p{L}])/iu, unit: 'kecamatan', label: 'Jumlah kecamatan' },
  { pattern: /^kelurahan(?![\p{L}])/iu, unit: 'kelurahan', label: 'Jumlah kelurahan' },
  { pattern: /^desa(?![\p{L}])/iu, unit: 'desa', label: 'Jumlah desa' },
  { pattern: /^SKPD(?![\p{L}])/u, unit: 'SKPD', label: 'Jumlah SKPD' },
  { pattern: /^OPD(?![\p{L}])/u, unit: 'OPD', label: 'Jumlah OPD' },
  { pattern: /^inovasi(?:\s+daerah)?(?![\p{L}])/iu, unit: 'inovasi', label: 'Jumlah inovasi daerah' },
  { pattern: /^jenis\s+layanan(?![\p{L}])/iu, unit: 'jenis layanan', label: 'Jumlah jenis layanan' },
];

/** Words after which counts are the parts of a total already given ("terdiri dari 5 OPD dan 6 kecamatan"). */
const PARTS = /\b(?:terdiri (?:dari|atas)|meliputi|di ?antaranya|masing-masing|sebanyak \d+ di antaranya)\b/iu;
/** A count of units that are not (yet) something: "11 OPD belum …", "OPD yang belum …". */
const NOT_YET = /^\s*(?:\S+\s+){0,3}?(?:yang\s+)?(?:belum|tidak|tanpa)\b/iu;

/** Words before a number that make it approximate or a bound: "sekitar 20 jenis layanan", "lebih dari 300 desa", "± 76 km". */
const APPROXIMATE = /(?:^|[^\p{L}])(sekitar|sekira|kurang lebih|kira-kira|lebih dari|hampir|tak kurang dari|±|\+\/-)\s*$/iu;

const NUMBER = /(?<![\p{L}\d.,/-])(\d{1,3}(?:\.\d{2,3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(?:\([\p{L}\s]+\)\s*)?/gu;

/**
 * Figures with a unit: "12.387.28km" (read as 12,387.28 km², flagged as a misprint), "837.062 jiwa", "21 Kecamatan", "48 SKPD".
 * A count followed by "yang …" is labelled with that clause ("Kecamatan yang melalui perairan").
 */
export function findFigures(sentence: string): FoundFigure[] {
  const figures: FoundFigure[] = [];
  const partsAt = PARTS.exec(sentence)?.index ?? Infinity;
  for (const match of sentence.matchAll(NUMBER)) {
    if (match.index > partsAt) continue;
    const after = sentence.slice(match.index + match[0].length);
    const unit = UNITS.find((u) => u.pattern.test(after));
    if (!unit) continue;
    const unitWords = unit.pattern.exec(after)![0];
    if (NOT_YET.test(after.slice(unitWords.length))) continue;
    // An area printed in "km" is stored as km², and "12.387.28" as 12387.28: both are readings, not what the report says.
    const isMisprint = hasMisprintedDecimal(match[1]!) || (unit.unit === 'km²' && unitWords.toLowerCase() === 'km');
    const clause = /^\S+\s+(yang\s+[^,.;]+)/u.exec(after);
    const isCount = !['km²', 'ha', 'jiwa'].includes(unit.unit);
    const label = isCount && clause ? `${unit.unit.charAt(0).toUpperCase()}${unit.unit.slice(1)} ${clause[1]!.trim()}` : unit.label;
    // "395,83 Km2 atau 39,583 Ha": the same figure restated in another unit, often misconverted; the first stands.
    if (/\b(?:atau|setara(?:\s+dengan)?)\s*$/iu.test(sentence.slice(Math.max(0, match.index - 16), match.index)) && figures.at(-1)?.label.startsWith(unit.label)) continue;
    // "10 hingga 12 desa", "5-7 kecamatan": a range per something, not a region's total.
    if (/\d\s*(?:hingga|sampai|s\.?d\.?|-|–)\s*$/iu.test(sentence.slice(Math.max(0, match.index - 12), match.index))) continue;
    const approximate = APPROXIMATE.exec(sentence.slice(Math.max(0, match.index - 20), match.index))?.[1]?.toLocaleLowerCase('id-ID');
    figures.push({
      label: approximate ? `${label} (${approximate})` : label,
      value: parseIndonesianNumber(match[1]!),
      unit: unit.unit,
      index: match.index,
      approximate,
      sure: !clause && !approximate,
      misprint: isMisprint ? `${match[0]}${unitWords}` : undefined,
      ...(hasMisprintedDecimal(match[1]!) && unit.unit === 'km²' && unitWords.toLowerCase() === 'km' ? { unreadable: true } : {}),
    });
  }
  return figures;
}
