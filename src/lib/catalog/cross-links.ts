import type { AdoptionData } from '../../schemas/program';
import { groupAdoptionHistory, type AdoptionHistory } from './adoption-history';
import { compareText } from '../format/text';
import { similarPrograms } from './similar-programs';
import type { PageCollection } from '../../schemas/collections';
import { byId, forEachRef, pushTo, type CatalogInput, type Entry, type Ref } from '../read/entries';

/** The entries the links run between: those of every collection with pages. */
export type CatalogEntries = Pick<CatalogInput, PageCollection>;

/** A region's adoption of one program. */
export interface RegionAdoption {
  programId: string;
  adoption: AdoptionHistory;
}

/** Reverse links between entries, built once per build so pages only look them up. */
export interface CrossLinks {
  /** region → its direct sub-regions, by name */
  childrenOf: Map<string, string[]>;
  /** region → programs that originated there, by title */
  programsFrom: Map<string, string[]>;
  /** program → adoption history per region, newest first */
  adoptionsOf: Map<string, AdoptionHistory[]>;
  /** region → programs it studied or adopted, by program title */
  adoptionsBy: Map<string, RegionAdoption[]>;
  /** program → events that discussed it or led to an adoption, newest first */
  eventsAbout: Map<string, string[]>;
  /** region → events it hosted / attended as guest / that took place there; newest first */
  eventsHostedBy: Map<string, string[]>;
  eventsAttendedBy: Map<string, string[]>;
  eventsHeldIn: Map<string, string[]>;
  /** event → adoption records that name it as `via` */
  adoptionsVia: Map<string, { programId: string; record: AdoptionData }[]>;
  /** program → programs that declare it as `partOf` */
  partsOf: Map<string, string[]>;
  /** program → related programs, in both directions */
  relatedTo: Map<string, string[]>;
  /** source → entries that cite it anywhere in their data */
  citedBy: Map<string, Ref[]>;
  /** program → programs of the same urusan in other regions, most alike first */
  similarTo: Map<string, string[]>;
}

const addUnique = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  if (!map.get(key)?.includes(value)) pushTo(map, key, value);
};

/** Sorts every list in a map in place with `compare`. */
function sortLists<K, V>(map: Map<K, V[]>, compare: (a: V, b: V) => number): Map<K, V[]> {
  for (const list of map.values()) list.sort(compare);
  return map;
}

/** Builds all reverse links in one pass over each collection. */
export function buildCrossLinks(entries: CatalogEntries): CrossLinks {
  const regions = byId(entries.regions);
  const programs = byId(entries.programs);
  const events = byId(entries.events);
  const byRegionName = (a: string, b: string) => compareText(regions.get(a)?.data.name ?? a, regions.get(b)?.data.name ?? b);
  const byProgramTitle = (a: string, b: string) => compareText(programs.get(a)?.data.title ?? a, programs.get(b)?.data.title ?? b);
  const newestEventFirst = (a: string, b: string) =>
    (events.get(b)?.data.date ?? '').localeCompare(events.get(a)?.data.date ?? '') || a.localeCompare(b);

  const childrenOf = new Map<string, string[]>();
  for (const region of entries.regions) if (region.data.parent) pushTo(childrenOf, region.data.parent.id, region.id);

  const programsFrom = new Map<string, string[]>();
  const adoptionsOf = new Map<string, AdoptionHistory[]>();
  const adoptionsBy = new Map<string, RegionAdoption[]>();
  const eventsAbout = new Map<string, string[]>();
  const adoptionsVia = new Map<string, { programId: string; record: AdoptionData }[]>();
  const partsOf = new Map<string, string[]>();
  const relatedTo = new Map<string, string[]>();
  for (const { id, data } of entries.programs) {
    pushTo(programsFrom, data.origin.id, id);
    const histories = groupAdoptionHistory(data.adoptions);
    adoptionsOf.set(id, histories);
    for (const adoption of histories) pushTo(adoptionsBy, adoption.regionId, { programId: id, adoption });
    for (const record of data.adoptions) {
      if (!record.via) continue;
      addUnique(eventsAbout, id, record.via.id);
      pushTo(adoptionsVia, record.via.id, { programId: id, record });
    }
    if (data.partOf) pushTo(partsOf, data.partOf.id, id);
    for (const other of data.related) {
      addUnique(relatedTo, id, other.id);
      addUnique(relatedTo, other.id, id);
    }
  }

  const eventsHostedBy = new Map<string, string[]>();
  const eventsAttendedBy = new Map<string, string[]>();
  const eventsHeldIn = new Map<string, string[]>();
  for (const { id, data } of entries.events) {
    pushTo(eventsHostedBy, data.host.id, id);
    pushTo(eventsHeldIn, data.location.id, id);
    for (const guest of data.guests) addUnique(eventsAttendedBy, guest.id, id);
    for (const program of data.programs) addUnique(eventsAbout, program.id, id);
  }

  const citedBy = new Map<string, Ref[]>();
  // A popular source is cited by thousands of entries: a set keeps the once-per-entry check constant-time.
  const citations = new Set<string>();
  const collections: [PageCollection, readonly Entry<unknown>[]][] = [
    ['programs', entries.programs],
    ['regions', entries.regions],
    ['events', entries.events],
  ];
  for (const [collection, list] of collections) {
    for (const entry of list) {
      forEachRef(entry.data, (ref) => {
        if (ref.collection !== 'sources') return;
        const citation = `${ref.id}\0${collection}\0${entry.id}`;
        if (citations.has(citation)) return;
        citations.add(citation);
        pushTo(citedBy, ref.id, { collection, id: entry.id });
      });
    }
  }

  return {
    childrenOf: sortLists(childrenOf, byRegionName),
    programsFrom: sortLists(programsFrom, byProgramTitle),
    adoptionsOf,
    adoptionsBy: sortLists(adoptionsBy, (a, b) => byProgramTitle(a.programId, b.programId)),
    eventsAbout: sortLists(eventsAbout, newestEventFirst),
    eventsHostedBy: sortLists(eventsHostedBy, newestEventFirst),
    eventsAttendedBy: sortLists(eventsAttendedBy, newestEventFirst),
    eventsHeldIn: sortLists(eventsHeldIn, newestEventFirst),
    adoptionsVia,
    partsOf: sortLists(partsOf, byProgramTitle),
    relatedTo: sortLists(relatedTo, byProgramTitle),
    citedBy,
    similarTo: similarPrograms(entries.programs),
  };
}
