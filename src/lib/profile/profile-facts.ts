import { LEGAL_BASIS_KINDS, PROFILE_PARTS, START_KINDS, TARGET_KINDS, type ProfileData, type ProfilePart } from '../../schemas/profile';
import { formatPeriod } from '../format/dates';
import { formatAngka, formatRupiah } from '../format/numbers';

/** One cited statement of a profile, in the words the guide, the kit and the open data print. */
export interface ProfileFact {
  part: ProfilePart;
  /** What the statement is about, e.g. "Peraturan Wali Kota" or "RT Mandiri". */
  label: string;
  /** The statement itself, e.g. "Nomor 77 Tahun 2021" or "120 RT (2023)". */
  value: string;
  /** The bare number and its unit, for values measured in numbers. */
  amount?: { value: number; unit: string } | undefined;
  /** When the statement holds, as written ("2022", "2022-03", "2022-03-14"). */
  date?: string | undefined;
  url?: string | undefined;
  note?: string | undefined;
  sourceIds: string[];
}

/** A number with its unit: rupiah as money, everything else as "120 RT". */
export function formatAmount(value: number, unit: string): string {
  return unit.toLocaleLowerCase('id-ID') === 'rupiah' ? formatRupiah(value) : `${formatAngka(value)} ${unit}`;
}

const ids = (sources: readonly { id: string }[]) => sources.map((source) => source.id);
const joined = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join(' ');

/** Every statement of a profile, part by part in the guide's order, each with its sources. */
export function profileFacts(profile: ProfileData): ProfileFact[] {
  const facts: ProfileFact[] = [
    ...profile.legalBasis.map((law): ProfileFact => ({
      part: 'legalBasis',
      label: LEGAL_BASIS_KINDS[law.kind],
      value: joined(law.number !== undefined && `Nomor ${law.number}`, law.year !== undefined && `Tahun ${law.year}`, law.title) || 'nomor dan tahun tidak disebut sumber',
      sourceIds: ids(law.sources),
    })),
    ...profile.budget.map((budget): ProfileFact => ({
      part: 'budget',
      label: joined(budget.year !== undefined && `Tahun anggaran ${budget.year}`, budget.fundingSource && `(${budget.fundingSource})`) || 'Anggaran',
      value: `${formatRupiah(budget.amount)} ${budget.unit}`,
      amount: { value: budget.amount, unit: 'rupiah' },
      note: budget.note,
      sourceIds: ids(budget.sources),
    })),
    ...profile.target.map((target): ProfileFact => ({ part: 'target', label: TARGET_KINDS[target.kind], value: target.text, sourceIds: ids(target.sources) })),
    ...(profile.agency ? [{ part: 'agency' as const, label: PROFILE_PARTS.agency, value: profile.agency.name, note: profile.agency.note, sourceIds: ids(profile.agency.sources) }] : []),
    ...profile.start.map((start): ProfileFact => ({ part: 'start', label: START_KINDS[start.kind], value: formatPeriod(start.date), date: start.date, note: start.note, sourceIds: ids(start.sources) })),
    ...profile.scale.flatMap((series) =>
      series.points.map((point): ProfileFact => ({
        part: 'scale',
        label: series.indicator,
        value: `${formatAmount(point.value, series.unit)} (${formatPeriod(point.date)})`,
        amount: { value: point.value, unit: series.unit },
        date: point.date,
        sourceIds: ids(point.sources),
      })),
    ),
    ...profile.results.map((result): ProfileFact => ({
      part: 'results',
      label: result.indicator,
      value: joined(formatAmount(result.value, result.unit), result.date && `(${formatPeriod(result.date)})`),
      amount: { value: result.value, unit: result.unit },
      date: result.date,
      note: result.note,
      sourceIds: ids(result.sources),
    })),
    ...profile.contact.map((contact): ProfileFact => ({ part: 'contact', label: contact.office, value: contact.channel ?? contact.office, sourceIds: ids(contact.sources) })),
    ...profile.documents.map((document): ProfileFact => ({ part: 'documents', label: document.title, value: document.url, url: document.url, sourceIds: ids(document.sources) })),
  ];
  return facts;
}

/** The parts of a profile that hold at least one statement. */
export function filledParts(profile: ProfileData): Set<ProfilePart> {
  return new Set(profileFacts(profile).map((fact) => fact.part));
}

/** When the program started: its launch, else the start of work, else its trial; absent when no report says. */
export function startDate(profile: ProfileData): { date: string; kind: ProfileData['start'][number]['kind'] } | undefined {
  for (const kind of ['peluncuran', 'mulai', 'uji-coba'] as const) {
    const dates = profile.start.filter((start) => start.kind === kind).map((start) => start.date).sort();
    if (dates[0]) return { date: dates[0], kind };
  }
  return undefined;
}
