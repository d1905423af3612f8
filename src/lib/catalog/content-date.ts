import type { CatalogInput } from '../read/entries';

/**
 * The date of the content: its last commit, or when git knows nothing (a copy outside the
 * repository), its newest recorded adoption or event date. Never today's date, so a build depends
 * only on the content.
 */
export function contentDateOf(entries: Pick<CatalogInput, 'programs' | 'events'>, commitDates: ReadonlyMap<string, string>): string {
  const dates = commitDates.size
    ? [...commitDates.values()]
    : [...entries.programs.flatMap((program) => program.data.adoptions.map((adoption) => adoption.date)), ...entries.events.map((event) => event.data.date)];
  return dates.reduce((max, date) => (date > max ? date : max), '1970-01-01');
}
