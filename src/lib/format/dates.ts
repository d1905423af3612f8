const LONG = new Intl.DateTimeFormat('id-ID', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** How a date says that its year is the editors' inference, because the source printed only "Kamis (20/7)". */
export interface DateOptions {
  yearInferred?: boolean | undefined;
}

const withInferredYear = (label: string, { yearInferred }: DateOptions) => (yearInferred ? `${label} (tahun disimpulkan)` : label);

/** "2023-02-06" → "Senin, 6 Februari 2023". */
export function formatTanggal(isoDate: string, options: DateOptions = {}): string {
  return withInferredYear(LONG.format(new Date(`${isoDate}T00:00:00Z`)), options);
}

/** "2023-02-06" → "6 Februari 2023", for tables. */
export function formatTanggalPendek(isoDate: string, options: DateOptions = {}): string {
  return withInferredYear(SHORT.format(new Date(`${isoDate}T00:00:00Z`)), options);
}

/** Year of an ISO date, as a number. */
export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

const MONTH = new Intl.DateTimeFormat('id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date as precise as it was written: "2022" → "2022", "2022-03" → "Maret 2022", "2022-03-14" → "14 Maret 2022". */
export function formatPeriod(period: string): string {
  if (period.length === 4) return period;
  if (period.length === 7) return MONTH.format(new Date(`${period}-01T00:00:00Z`));
  return formatTanggalPendek(period);
}
