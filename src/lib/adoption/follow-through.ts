import { ADOPTION_STATUSES, type AdoptionData, type AdoptionStatus } from '../../schemas/program';
import type { AdoptionHistory } from '../catalog/adoption-history';

/** One region's adoption of one program, summarised from its records. */
export interface AdoptionPair {
  programId: string;
  regionId: string;
  /** Records oldest first; the last is the current status. */
  history: AdoptionData[];
  first: AdoptionData;
  current: AdoptionData;
  /** The event the adoption came through: the first record that names one. */
  via?: string | undefined;
  /** The newest evidence recorded (letter of intent, MoU/PKS number). */
  evidence?: string | undefined;
}

/** Statuses that still wait for a next step; a pair resting at one of them is followed up. */
export const PENDING_STATUSES: readonly AdoptionStatus[] = ['dipelajari', 'direncanakan', 'uji-coba'];

/** How long a pending pair may go without a new record before it is listed for follow-up. */
export const FOLLOW_UP_MONTHS = 12;

/** Summarises every region's history with every program, in the order given. */
export function adoptionPairs(histories: Iterable<[programId: string, histories: readonly AdoptionHistory[]]>): AdoptionPair[] {
  const pairs: AdoptionPair[] = [];
  for (const [programId, list] of histories) {
    for (const { regionId, history, current } of list) {
      pairs.push({
        programId,
        regionId,
        history,
        first: history[0]!,
        current,
        via: history.find((record) => record.via)?.via?.id,
        evidence: history.findLast((record) => record.evidence)?.evidence,
      });
    }
  }
  return pairs;
}

/** How many pairs rest at each status, in the schema's order, zeros included. */
export function adoptionFunnel(pairs: readonly AdoptionPair[]): { status: AdoptionStatus; count: number }[] {
  return (Object.keys(ADOPTION_STATUSES) as AdoptionStatus[]).map((status) => ({ status, count: pairs.filter((pair) => pair.current.status === status).length }));
}

/** Whole days from one ISO date to another. */
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * Median days from a pair's first record to its first `diterapkan`, over the pairs that reached it;
 * undefined when none has.
 */
export function medianDaysToApplied(pairs: readonly AdoptionPair[]): { days: number; pairs: number } | undefined {
  const days = pairs
    .map((pair) => {
      const applied = pair.history.find((record) => record.status === 'diterapkan');
      return applied && daysBetween(pair.first.date, applied.date);
    })
    .filter((value): value is number => value !== undefined)
    .sort((a, b) => a - b);
  if (days.length === 0) return undefined;
  const middle = Math.floor(days.length / 2);
  return { days: days.length % 2 ? days[middle]! : Math.round((days[middle - 1]! + days[middle]!) / 2), pairs: days.length };
}

/** The same day `months` months before an ISO date, clamped to the month's end (2024-02-29 → 2023-02-28). */
export function monthsBefore(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * Pairs still at a pending status whose newest record is more than FOLLOW_UP_MONTHS older than
 * `asOf` (the date of the last content commit, so the same content always builds the same list),
 * oldest record first. A pair recorded exactly twelve months before `asOf` is not yet listed.
 */
export function awaitingFollowUp(pairs: readonly AdoptionPair[], asOf: string, months = FOLLOW_UP_MONTHS): AdoptionPair[] {
  const cutoff = monthsBefore(asOf, months);
  return pairs
    .filter((pair) => PENDING_STATUSES.includes(pair.current.status) && pair.current.date < cutoff)
    .sort((a, b) => a.current.date.localeCompare(b.current.date) || a.programId.localeCompare(b.programId) || a.regionId.localeCompare(b.regionId));
}

/** The furthest a pair has come: studied (any record), planned or further, applied (diterapkan or dimodifikasi). */
export function stagesReached(pair: AdoptionPair): { studied: true; planned: boolean; applied: boolean } {
  const statuses = new Set(pair.history.map((record) => record.status));
  const applied = statuses.has('diterapkan') || statuses.has('dimodifikasi');
  return { studied: true, planned: applied || statuses.has('direncanakan') || statuses.has('uji-coba'), applied };
}
