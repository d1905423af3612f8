import type { CatalogInput } from '../../read/entries';
import type { ContentProblem } from '../../read/problems';
import { findCycles } from '../cycles';
import { fileOf, problemAt } from './problem-at';

/**
 * Roles that cannot both hold: an event's host among its guests; a program that is, through its
 * `partOf` chain, part of itself (the cycle is named). A program part of itself directly is
 * `buildCatalog`'s. An adoption recorded at an event its region did not attend is a warning.
 */
export function roleProblems(entries: Pick<CatalogInput, 'events' | 'programs'>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const event of entries.events) {
    event.data.guests.forEach((guest, index) => {
      if (guest.id !== event.data.host.id) return;
      problems.push(problemAt('events', event, `guests[${index}]`, `tuan rumah "${guest.id}" juga tercantum sebagai tamu (host listed as a guest)`, `hapus ${guest.id} dari guests; tuan rumah cukup ditulis di host`));
    });
  }
  const partOf = new Map(entries.programs.flatMap((program) => (program.data.partOf && program.data.partOf.id !== program.id ? [[program.id, program.data.partOf.id] as const] : [])));
  const programs = new Map(entries.programs.map((program) => [program.id, program]));
  for (const cycle of findCycles(partOf)) {
    const program = programs.get(cycle[0]!)!;
    problems.push({
      file: fileOf('programs', program),
      field: 'partOf',
      message: `program induk berputar: ${cycle.join(' → ')} (partOf cycle)`,
      hint: 'program induk adalah program yang lebih luas; hapus partOf di salah satu program ini',
    });
  }
  const attendees = new Map(
    entries.events.map((event) => [event.id, new Set([event.data.host.id, event.data.location.id, ...event.data.guests.map((g) => g.id), ...event.data.people.flatMap((p) => (p.region ? [p.region.id] : []))])]),
  );
  for (const program of entries.programs) {
    program.data.adoptions.forEach((adoption, index) => {
      const present = adoption.via && attendees.get(adoption.via.id);
      if (!present || present.has(adoption.region.id)) return;
      problems.push(
        problemAt(
          'programs',
          program,
          `adoptions[${index}].via`,
          `wilayah "${adoption.region.id}" tidak tercatat hadir di kegiatan "${adoption.via!.id}" (adopting region not at the event)`,
          `tambahkan ${adoption.region.id} ke guests kegiatan itu, atau periksa via`,
          'warning',
        ),
      );
    });
  }
  return problems;
}
