import { ADOPTION_STATUSES, PROGRAM_STAGES } from '../../schemas/program';
import { URUSAN } from '../../schemas/urusan';
import type { Catalog } from '../catalog/catalog';
import { formatTanggalPendek, yearOf } from '../format/dates';
import { regionLineage, regionName } from '../catalog/region-names';
import { formatRegionName } from '../format/region-name';
import { SEARCH_TYPES } from '../../schemas/search-types';
import type { SearchFilter } from './options';
import { must } from '../read/entries';

/** What Pagefind learns about one page besides its text: filters, metadata and sort keys. */
export interface SearchRecord {
  filters: Partial<Record<SearchFilter, string[]>>;
  meta: {
    jenis: string;
    wilayah?: string | undefined;
    ringkasan?: string | undefined;
    alias?: string | undefined;
    /**
     * Left empty for a page whose title must not rank as a title, its title shown from `judul` instead:
     * Pagefind adds a match in the `title` metadata on top of its ranking, at the weight of an entry's title.
     */
    title?: '' | undefined;
    judul?: string | undefined;
  };
  sort: { tanggal: string; judul: string };
}

const unique = (values: Iterable<string | undefined>) => [...new Set([...values].filter((v): v is string => Boolean(v)))].sort();

function regionNames(catalog: Catalog, ids: Iterable<string>) {
  const names: string[] = [];
  const provinces: string[] = [];
  for (const id of ids) {
    names.push(regionName(catalog, id));
    const province = regionLineage(id, catalog.regions)[0]!;
    provinces.push(regionName(catalog, province));
  }
  return { wilayah: unique(names), provinsi: unique(provinces) };
}

/** A program is found under its origin and every region that adopted it. */
export function programSearchRecord(catalog: Catalog, id: string): SearchRecord {
  const { data } = must(catalog.programs, id);
  const adoptions = catalog.links.adoptionsOf.get(id) ?? [];
  const eventDates = (catalog.links.eventsAbout.get(id) ?? []).map((e) => must(catalog.events, e).data.date);
  const dates = unique([...data.profile.start.map((start) => start.date), ...adoptions.flatMap((a) => a.history.map((r) => r.date)), ...eventDates]);
  return {
    filters: {
      jenis: [SEARCH_TYPES.programs],
      ...regionNames(catalog, [data.origin.id, ...adoptions.map((a) => a.regionId)]),
      urusan: data.urusan.map((u) => URUSAN[u].label),
      tahapan: data.stage ? [PROGRAM_STAGES[data.stage]] : [],
      status: unique(adoptions.map((a) => ADOPTION_STATUSES[a.current.status])),
      tahun: unique(dates.map((d) => d.slice(0, 4))),
    },
    meta: {
      jenis: SEARCH_TYPES.programs,
      wilayah: regionName(catalog, data.origin.id),
      ringkasan: data.summary,
      alias: data.aliases.join(', ') || undefined,
    },
    sort: { tanggal: dates.at(-1) ?? '', judul: data.title },
  };
}

/** A region is found under itself and its province, and by the statuses of what it adopted. */
export function regionSearchRecord(catalog: Catalog, id: string): SearchRecord {
  const { data } = must(catalog.regions, id);
  const adoptions = catalog.links.adoptionsBy.get(id) ?? [];
  const events = [...(catalog.links.eventsHostedBy.get(id) ?? []), ...(catalog.links.eventsAttendedBy.get(id) ?? [])];
  const dates = unique(events.map((e) => must(catalog.events, e).data.date));
  const parent = data.parent && regionName(catalog, data.parent.id);
  return {
    filters: {
      jenis: [SEARCH_TYPES.regions],
      ...regionNames(catalog, [id]),
      status: unique(adoptions.map((a) => ADOPTION_STATUSES[a.adoption.current.status])),
      tahun: unique(dates.map((d) => String(yearOf(d)))),
    },
    // The bare name ("Jepara") counts like a title, so a region outranks pages that merely mention it.
    meta: { jenis: SEARCH_TYPES.regions, wilayah: parent, alias: [data.name, ...data.aliases].join(', ') },
    sort: { tanggal: dates.at(-1) ?? '', judul: formatRegionName(data) },
  };
}

/** An event is found under where it was held, its host and its guests. */
export function eventSearchRecord(catalog: Catalog, id: string): SearchRecord {
  const { data } = must(catalog.events, id);
  const adoptions = catalog.links.adoptionsVia.get(id) ?? [];
  return {
    filters: {
      jenis: [SEARCH_TYPES.events],
      ...regionNames(catalog, [data.location.id, data.host.id, ...data.guests.map((g) => g.id)]),
      urusan: unique(data.programs.flatMap((p) => must(catalog.programs, p.id).data.urusan.map((u) => URUSAN[u].label))),
      status: unique(adoptions.map((a) => ADOPTION_STATUSES[a.record.status])),
      tahun: [String(yearOf(data.date))],
    },
    meta: { jenis: SEARCH_TYPES.events, wilayah: regionName(catalog, data.location.id), ringkasan: data.keyPoints[0] },
    sort: { tanggal: data.date, judul: data.title },
  };
}

/**
 * A source is found by its year. Its title counts for little in search (the page's heading too, at
 * `titleWeight`), so that Pagefind already orders sources after the entries that cite them, as Tiru shows
 * them: the first page of results then rarely needs more result data than Pagefind's own top ten.
 */
export function sourceSearchRecord(catalog: Catalog, id: string): SearchRecord {
  const { data } = must(catalog.sources, id);
  return {
    filters: { jenis: [SEARCH_TYPES.sources], tahun: [String(yearOf(data.date))] },
    meta: { jenis: SEARCH_TYPES.sources, title: '', judul: data.title, ringkasan: `${data.publisher}, ${formatTanggalPendek(data.date, data)}` },
    sort: { tanggal: data.date, judul: data.title },
  };
}
