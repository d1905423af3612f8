import { readEntries, type RawEntry } from '../read/read-entries';
import type { RegionLevel } from '../../schemas/region';
import { formatRegionName } from '../format/region-name';
import type { ImportContext } from './proposal';
import { indexPlaces } from './places';
import { entryYamlCacheFile, loadRegistryParts } from './registry-cache';

const asStrings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** The catalog's regions and programs as the importer matches against them, from raw entries (no build needed). */
export function catalogForImport(entries: readonly RawEntry[]): Pick<ImportContext, 'programs' | 'regionSlugs'> {
  const regions = new Map<string, { code: string; name: string; level: RegionLevel }>();
  for (const entry of entries.filter((e) => e.collection === 'regions')) {
    const data = entry.data as { code?: unknown; name?: unknown; level?: unknown };
    if (typeof data.code === 'string' && typeof data.name === 'string') regions.set(entry.id, { code: data.code, name: data.name, level: data.level as RegionLevel });
  }
  const programs = entries
    .filter((e) => e.collection === 'programs')
    .flatMap((entry) => {
      const data = entry.data as { title?: unknown; aliases?: unknown; origin?: unknown };
      const origin = typeof data.origin === 'string' ? regions.get(data.origin) : undefined;
      if (typeof data.title !== 'string' || !origin) return [];
      return [{ slug: entry.id, title: data.title, aliases: asStrings(data.aliases), originNames: [formatRegionName(origin), origin.name], originCode: origin.code }];
    });
  return { programs, regionSlugs: new Map([...regions].map(([slug, region]) => [region.code, slug])) };
}

/** The content folder's entries, read through the importer's YAML cache. */
const readContent = (contentDir: string) => readEntries(contentDir, { yamlCacheFile: entryYamlCacheFile() }).entries;

/** Loads the registry and reads `contentDir`: everything `extractArticle` needs. */
export async function loadImportContext(contentDir: string): Promise<ImportContext> {
  const entries = readContent(contentDir);
  const { regions, villages } = await loadRegistryParts();
  return { places: indexPlaces(regions, villages), ...catalogForImport(entries) };
}

/** The same context with the catalog read again, after entries were written: the registry never changes. */
export function rereadCatalog(context: ImportContext, contentDir: string): ImportContext {
  return { ...context, ...catalogForImport(readContent(contentDir)) };
}
