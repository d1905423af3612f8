import type { Catalog } from '../content/catalog';
import { entryUrl } from '../urls';

/** One item of the RSS feed. */
export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate?: Date | undefined;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Events (dated by when they happened) and programs (dated by their launch day, when known to the day, else their latest
 * adoption record), newest first; undated programs come last, by title.
 */
export function feedItems(catalog: Catalog): FeedItem[] {
  const events = [...catalog.events.values()].map(({ id, data }) => ({
    title: data.title,
    link: entryUrl('events', id),
    description: data.keyPoints[0] ?? data.title,
    pubDate: day(data.date),
  }));
  const programs = [...catalog.programs.values()].map(({ id, data }) => {
    const launched = data.profile.start.find((start) => start.kind === 'peluncuran' && start.date.length === 10)?.date;
    const dated = launched ?? data.adoptions.map((a) => a.date).sort().at(-1);
    return { title: data.title, link: entryUrl('programs', id), description: data.summary, pubDate: dated ? day(dated) : undefined };
  });
  return [...events, ...programs].sort(
    (a, b) => (b.pubDate?.getTime() ?? -Infinity) - (a.pubDate?.getTime() ?? -Infinity) || a.title.localeCompare(b.title, 'id'),
  );
}
