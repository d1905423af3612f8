import type { CatalogInput } from '../../read/entries';
import type { ContentProblem } from '../../read/problems';
import { fileOf, problemAt, sameText } from './problem-at';

/** A URL as it names an article: scheme, `www.`, a trailing slash, the fragment and tracking parameters do not matter. */
export function articleAddress(url: string): string {
  try {
    const parsed = new URL(url);
    const query = [...parsed.searchParams].filter(([key]) => !/^(utm_|fbclid$|gclid$)/.test(key));
    const search = query.length ? `?${new URLSearchParams(query).toString()}` : '';
    return `${parsed.hostname.replace(/^www\./, '').toLowerCase()}${parsed.pathname.replace(/\/+$/, '')}${search}`;
  } catch {
    return url;
  }
}

/** Groups entries by a key and reports each entry after the first of its group. */
function laterOnes<E extends { id: string; filePath?: string | undefined }>(list: readonly E[], key: (entry: E) => string | undefined, report: (entry: E, first: E) => ContentProblem): ContentProblem[] {
  const first = new Map<string, E>();
  const problems: ContentProblem[] = [];
  for (const entry of list) {
    const k = key(entry);
    if (k === undefined) continue;
    const earlier = first.get(k);
    if (earlier) problems.push(report(entry, earlier));
    else first.set(k, entry);
  }
  return problems;
}

const MERGE = 'hapus entri ganda dan arahkan rujukannya ke entri yang pertama';

/** One record entered twice as two entries: one article as two sources (same address or same text file), one event as two (same date and title). */
export function duplicateRecordProblems(entries: Pick<CatalogInput, 'sources' | 'events'>): ContentProblem[] {
  return [
    ...laterOnes(
      entries.sources,
      (source) => (source.data.url ? articleAddress(source.data.url) : undefined),
      (source, first) => problemAt('sources', source, 'url', `artikel yang sama sudah dicatat di ${fileOf('sources', first)} (duplicate source url)`, MERGE),
    ),
    ...laterOnes(
      entries.sources,
      (source) => source.data.file,
      (source, first) => problemAt('sources', source, 'file', `berkas artikel ${source.data.file} sudah dipakai ${fileOf('sources', first)} (duplicate article file)`, `setiap sumber punya teks artikelnya sendiri; ${MERGE}`),
    ),
    ...laterOnes(
      entries.events,
      (event) => `${event.data.date}|${sameText(event.data.title)}`,
      (event, first) => problemAt('events', event, 'title', `kegiatan dengan judul dan tanggal yang sama sudah ada: ${fileOf('events', first)} (duplicate event)`, MERGE),
    ),
  ];
}
