import type { CatalogInput } from '../../content/catalog';
import type { ContentProblem } from '../../content/problems';
import { problemAt } from './problem-at';
import { profileDateProblems } from './profile-dates';

/**
 * Dates that contradict the records they cite: an adoption dated before the event it names as `via`;
 * an event citing a source that reports something that happened before the event (a source's `date`
 * is the date of the event it reports); a leader said to hold office after the date of the source
 * that says so; a trial that starts after the launch; an entry updated before the day it describes.
 */
export function dateProblems(entries: Pick<CatalogInput, 'programs' | 'events' | 'sources' | 'regions'>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const eventDate = new Map(entries.events.map((event) => [event.id, event.data.date]));
  const sourceDate = new Map(entries.sources.map((source) => [source.id, source.data.date]));
  for (const program of entries.programs) {
    program.data.adoptions.forEach((adoption, index) => {
      const date = adoption.via && eventDate.get(adoption.via.id);
      if (date && adoption.date < date) {
        problems.push(problemAt('programs', program, `adoptions[${index}].date`, `tanggal ${adoption.date} sebelum kegiatan "${adoption.via!.id}" (${date}) yang menjadi asalnya (adoption dated before its event)`, `status yang muncul di kegiatan itu bertanggal ${date} atau sesudahnya`));
      }
    });
    problems.push(...profileDateProblems(program));
  }
  for (const event of entries.events) {
    event.data.sources.forEach((ref, index) => {
      const date = sourceDate.get(ref.id);
      if (date && date < event.data.date) {
        problems.push(problemAt('events', event, `sources[${index}]`, `sumber "${ref.id}" memberitakan peristiwa ${date}, sebelum kegiatan ini (${event.data.date}) (source reports an earlier date)`, 'periksa tanggal kegiatan dan tanggal sumbernya; sumber yang lain kegiatannya tidak dapat menjadi bukti'));
      }
    });
  }
  for (const region of entries.regions) {
    region.data.leaders.forEach((leader, index) => {
      const date = sourceDate.get(leader.source.id);
      if (date && leader.asOf > date) {
        problems.push(problemAt('regions', region, `leaders[${index}].asOf`, `tanggal ${leader.asOf} sesudah tanggal sumbernya "${leader.source.id}" (${date}) (office dated after its source)`, `isi asOf dengan tanggal yang disebut sumber, paling lambat ${date}`));
      }
    });
  }
  for (const [collection, list] of [['events', entries.events], ['sources', entries.sources]] as const) {
    for (const entry of list) {
      const { updated, date } = entry.data;
      if (updated && updated < date) {
        problems.push(problemAt(collection, entry, 'updated', `diperbarui ${updated}, sebelum tanggal ${date} yang dicatatnya (updated before its own date)`, 'hapus updated agar tanggal diambil dari riwayat git, atau perbaiki tanggalnya'));
      }
    }
  }
  return problems;
}
