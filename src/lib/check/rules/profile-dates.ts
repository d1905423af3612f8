import type { CatalogInput } from '../../content/catalog';
import type { ContentProblem } from '../../content/problems';
import { problemAt } from './problem-at';

/**
 * Compares two dates written as precisely as their reports give them ("2022", "2022-03",
 * "2022-03-14") at the precision both share, so "2022" neither precedes nor follows "2022-03".
 */
export function comparePeriods(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  return a.slice(0, length).localeCompare(b.slice(0, length));
}

type Program = CatalogInput['programs'][number];

/** A profile's dates out of order: a trial after the launch, and a series whose values are not listed oldest first. */
export function profileDateProblems(program: Program): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { start, scale } = program.data.profile;
  const launches = start.filter((item) => item.kind === 'peluncuran');
  start.forEach((item, index) => {
    const launch = item.kind === 'uji-coba' && launches.find((other) => comparePeriods(item.date, other.date) > 0);
    if (launch) {
      problems.push(problemAt('programs', program, `profile.start[${index}].date`, `uji coba ${item.date} sesudah peluncuran ${launch.date} (trial after launch)`, 'periksa kedua tanggal di sumbernya; uji coba mendahului peluncuran'));
    }
  });
  scale.forEach((series, seriesIndex) => {
    series.points.forEach((point, index) => {
      const previous = series.points[index - 1];
      if (previous && comparePeriods(point.date, previous.date) <= 0) {
        problems.push(
          problemAt('programs', program, `profile.scale[${seriesIndex}].points[${index}].date`, `nilai ${point.date} tidak sesudah nilai sebelumnya (${previous.date}) dalam deret "${series.indicator}" (series out of date order)`, 'urutkan nilai dari yang terlama; satu nilai untuk setiap tanggal'),
        );
      }
    });
  });
  return problems;
}
