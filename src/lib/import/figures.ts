/** A figure about a region: area, population, counts of districts, villages or agencies. */
export interface FoundFigure {
  label: string;
  value: number;
  unit: string;
  index: number;
  /** The figure as printed, when reading it meant correcting a misprint ("12.387.28km"): a reviewer must check it. */
  misprint?: string | undefined;
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
  { pattern: /^kecamatan(?![\p{L}])/iu, unit: 'kecamatan', label: 'Jumlah kecamatan' },
  { pattern: /^kelurahan(?![\p{L}])/iu, unit: 'kelurahan', label: 'Jumlah kelurahan' },
  { pattern: /^desa(?![\p{L}])/iu, unit: 'desa', label: 'Jumlah desa' },
  { pattern: /^SKPD(?![\p{L}])/u, unit: 'SKPD', label: 'Jumlah SKPD' },
  { pattern: /^OPD(?![\p{L}])/u, unit: 'OPD', label: 'Jumlah OPD' },
];

const NUMBER = /(?<![\p{L}\d.,/-])(\d{1,3}(?:\.\d{2,3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(?:\([\p{L}\s]+\)\s*)?/gu;

/**
 * Figures with a unit: "12.387.28km" (read as 12,387.28 km², flagged as a misprint), "837.062 jiwa", "21 Kecamatan", "48 SKPD".
 * A count followed by "yang …" is labelled with that clause ("Kecamatan yang melalui perairan").
 */
export function findFigures(sentence: string): FoundFigure[] {
  const figures: FoundFigure[] = [];
  for (const match of sentence.matchAll(NUMBER)) {
    const after = sentence.slice(match.index + match[0].length);
    const unit = UNITS.find((u) => u.pattern.test(after));
    if (!unit) continue;
    const printedUnit = unit.pattern.exec(after)![0];
    // An area printed in "km" is stored as km², and "12.387.28" as 12387.28: both are readings, not what the report says.
    const isMisprint = hasMisprintedDecimal(match[1]!) || (unit.unit === 'km²' && printedUnit.toLowerCase() === 'km');
    const clause = /^\S+\s+(yang\s+[^,.;]+)/u.exec(after);
    const isCount = !['km²', 'ha', 'jiwa'].includes(unit.unit);
    const label = isCount && clause ? `${unit.unit.charAt(0).toUpperCase()}${unit.unit.slice(1)} ${clause[1]!.trim()}` : unit.label;
    figures.push({ label, value: parseIndonesianNumber(match[1]!), unit: unit.unit, index: match.index, misprint: isMisprint ? `${match[0]}${printedUnit}` : undefined });
  }
  return figures;
}
