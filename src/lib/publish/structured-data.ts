import { formatRegionName } from '../format/region-name';
import { regionName } from '../catalog/region-names';
import type { Catalog } from '../catalog/catalog';
import { must } from '../read/entries';

/** schema.org JSON-LD for a page, as a plain object. */
export type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

const government = (catalog: Catalog, regionId: string) => ({
  '@type': 'GovernmentOrganization',
  name: `Pemerintah ${regionName(catalog, regionId)}`,
});

/** A program as a schema.org GovernmentService of its origin region's government. */
export function programJsonLd(catalog: Catalog, id: string, url: string): JsonLd {
  const { data } = must(catalog.programs, id);
  return {
    '@context': CONTEXT,
    '@type': 'GovernmentService',
    name: data.title,
    description: data.summary,
    url,
    provider: government(catalog, data.origin.id),
    areaServed: { '@type': 'AdministrativeArea', name: regionName(catalog, data.origin.id) },
    ...(data.aliases.length > 0 && { alternateName: data.aliases }),
  };
}

/** A region as a schema.org AdministrativeArea with its Kemendagri code. */
export function regionJsonLd(catalog: Catalog, id: string, url: string): JsonLd {
  const { data } = must(catalog.regions, id);
  return {
    '@context': CONTEXT,
    '@type': 'AdministrativeArea',
    name: formatRegionName(data),
    identifier: data.code,
    url,
    ...(data.parent && { containedInPlace: { '@type': 'AdministrativeArea', name: regionName(catalog, data.parent.id) } }),
    ...(data.coordinates && { geo: { '@type': 'GeoCoordinates', latitude: data.coordinates.lat, longitude: data.coordinates.lon } }),
  };
}

/** An event as a schema.org Event, organised by its host government. */
export function eventJsonLd(catalog: Catalog, id: string, url: string): JsonLd {
  const { data } = must(catalog.events, id);
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    name: data.title,
    startDate: data.date,
    url,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: { '@type': 'Place', name: data.venue ?? regionName(catalog, data.location.id), address: regionName(catalog, data.location.id) },
    organizer: government(catalog, data.host.id),
  };
}

/** JSON for a `<script type="application/ld+json">`, with `<` escaped so entry text can never close the tag. */
export const serializeJsonLd = (data: JsonLd) => JSON.stringify(data).replace(/</g, '\\u003c');
