import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseYamlKeepingDates, yamlPart } from '../loaders/glob-with-plain-dates';
import { PAGE_COLLECTIONS, type PageCollection } from '../lib/entries';
import { formatRegionName } from '../lib/regions';
import { entryUrl } from '../lib/urls';
import { COLLECTION_FILES } from '../schemas';
import type { RegionData } from '../schemas/region';
import type { GlossaryTerm } from './glossary';
import { targetKey, type LinkTarget } from './wiki-links';

type Fields = Record<string, unknown>;

/** Frontmatter or YAML data of every entry file in a folder, by slug; unreadable files are skipped (the build reports them). */
function readEntries(dir: string, extensions: readonly string[]): [string, Fields][] {
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch {
    return [];
  }
  return files
    .filter((file) => extensions.includes(extname(file)))
    .flatMap((file) => {
      try {
        const data = parseYamlKeepingDates(yamlPart(file, readFileSync(join(dir, file), 'utf8')));
        return data && typeof data === 'object' ? [[file.slice(0, -extname(file).length), data as Fields] as [string, Fields]] : [];
      } catch {
        return [];
      }
    });
}

const titleOf = (collection: PageCollection, data: Fields): string =>
  collection === 'regions' ? formatRegionName(data as unknown as RegionData) : String(data['title'] ?? '');

/**
 * Every page a wiki-link may point to, read straight from the content files when the Markdown
 * pipeline is set up (before Astro's content layer exists).
 */
export function loadLinkTargets(contentDir: string): Map<string, LinkTarget> {
  const targets = new Map<string, LinkTarget>();
  for (const collection of PAGE_COLLECTIONS) {
    const { folder, extensions } = COLLECTION_FILES[collection];
    for (const [id, data] of readEntries(join(contentDir, folder), extensions)) {
      targets.set(targetKey(collection, id), { href: entryUrl(collection, id), title: titleOf(collection, data) });
    }
  }
  return targets;
}

/** Glossary terms from content/glossary/*.yaml. */
export function loadGlossaryTerms(contentDir: string): GlossaryTerm[] {
  return readEntries(join(contentDir, COLLECTION_FILES.glossary.folder), COLLECTION_FILES.glossary.extensions)
    .filter(([, data]) => typeof data['term'] === 'string' && typeof data['expansion'] === 'string')
    .map(([id, data]) => ({ term: String(data['term']), expansion: String(data['expansion']), anchor: id }));
}
