import { ADOPTION_STATUSES } from '../../schemas/program';
import type { Catalog } from '../catalog/catalog';
import { entryFooter, numberSources, programLink, regionLink, summariseEvent, type EntryFooterData, type EventSummary, type Fact, type Link, type NumberedSource } from './common';
import { must } from '../read/entries';

/** A person at an event, with the region they represented. */
export interface PersonRow {
  role: string;
  name?: string | undefined;
  region?: Link | undefined;
}

/** An adoption record that names the event as where it began. */
export interface EventAdoptionRow {
  program: Link;
  region: Link;
  status: string;
}

/** Everything an event page shows besides its body. */
export interface EventView extends EventSummary {
  /** The fact box: date, place, location, host and guests. */
  facts: Fact[];
  location: Link;
  host: Link;
  guests: Link[];
  people: PersonRow[];
  programs: Link[];
  keyPoints: string[];
  adoptions: EventAdoptionRow[];
  sources: NumberedSource[];
  footer: EntryFooterData;
}

/** Everything an event page shows besides its MDX body. */
export function buildEventView(catalog: Catalog, id: string): EventView {
  const entry = must(catalog.events, id);
  const { data } = entry;
  // Adoption records that name this event, so a visit page shows what it led to.
  const adoptions = (catalog.links.adoptionsVia.get(id) ?? []).map(({ programId, record }) => ({
    program: programLink(catalog, programId),
    region: regionLink(catalog, record.region.id),
    status: ADOPTION_STATUSES[record.status],
  }));
  const summary = summariseEvent(catalog, id);
  const location = regionLink(catalog, data.location.id);
  const host = regionLink(catalog, data.host.id);
  const guests = data.guests.map((guest) => regionLink(catalog, guest.id));
  return {
    ...summary,
    facts: [
      { label: 'Tanggal', value: summary.dateLabel, datetime: data.date },
      { label: 'Tempat', value: summary.place },
      { label: 'Lokasi', links: [location] },
      { label: 'Tuan rumah', links: [host] },
      { label: 'Tamu', links: guests },
    ],
    location,
    host,
    guests,
    people: data.people.map((person) => ({ role: person.role, name: person.name, region: person.region && regionLink(catalog, person.region.id) })),
    programs: data.programs.map((program) => programLink(catalog, program.id)),
    keyPoints: data.keyPoints,
    adoptions,
    sources: numberSources(catalog, data.sources.map((s) => s.id)),
    footer: entryFooter(catalog, entry),
  };
}
