const LONG = new Intl.DateTimeFormat('id-ID', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2023-02-06" → "Senin, 6 Februari 2023". */
export function formatTanggal(isoDate: string): string {
  return LONG.format(new Date(`${isoDate}T00:00:00Z`));
}

/** "2023-02-06" → "6 Februari 2023", for tables. */
export function formatTanggalPendek(isoDate: string): string {
  return SHORT.format(new Date(`${isoDate}T00:00:00Z`));
}

/** Year of an ISO date, as a number. */
export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}
