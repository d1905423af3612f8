import type { CollectionData } from '../../schemas/index';
import { COLLECTIONS, type CollectionName } from '../../schemas/collections';

/** A reference as Astro's `reference()` parses it. */
export interface Ref<C extends CollectionName = CollectionName> {
  id: string;
  collection: C;
}

/** The part of a content entry that Tiru's pure logic needs; Astro's entries satisfy it. */
export interface Entry<T> {
  id: string;
  filePath?: string | undefined;
  data: T;
  /** Markdown body, for entries that have one. */
  body?: string | undefined;
}

/** True for values shaped like a parsed `reference()` to one of Tiru's collections. */
export function isRef(value: unknown): value is Ref {
  if (typeof value !== 'object' || value === null) return false;
  const { id, collection } = value as Record<string, unknown>;
  return typeof id === 'string' && (COLLECTIONS as readonly unknown[]).includes(collection) && Object.keys(value).length === 2;
}

/** Calls `visit` for every reference inside `data`, with its field path such as `adoptions[0].via`. */
export function forEachRef(data: unknown, visit: (ref: Ref, field: string) => void, field = ''): void {
  if (isRef(data)) {
    visit(data, field);
  } else if (Array.isArray(data)) {
    data.forEach((item, index) => forEachRef(item, visit, `${field}[${index}]`));
  } else if (typeof data === 'object' && data !== null && !(data instanceof Date)) {
    for (const [key, value] of Object.entries(data)) forEachRef(value, visit, field ? `${field}.${key}` : key);
  }
}

/** Indexes entries by id. */
export function byId<T extends { id: string }>(entries: readonly T[]): Map<string, T> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

/** Appends `value` to the list kept under `key`, creating it on first use. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Thrown when code asks for an entry the catalog does not hold: a bug in the caller, named instead of a crash on `undefined`. */
export class MissingEntryError extends Error {
  constructor(readonly id: string) {
    super(`entri "${id}" tidak ada di katalog (missing entry)`);
    this.name = 'MissingEntryError';
  }
}

/** The entry under `id`, which the caller knows exists (a reference the check has resolved). */
export function must<V>(map: ReadonlyMap<string, V>, id: string): V {
  const value = map.get(id);
  if (value === undefined) throw new MissingEntryError(id);
  return value;
}

/** The entry type of each collection; Astro's collection entries and the checker's entries both fit. */
export type CatalogEntryTypes = { [C in CollectionName]: Entry<CollectionData[C]> };

/** Every entry of the site, by collection, as it comes in. */
export type CatalogInput<T extends CatalogEntryTypes = CatalogEntryTypes> = { [C in CollectionName]: readonly T[C][] };

