import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Registry, RegistryArea } from '../check/registry';
import type { RegionLevel } from '../../schemas/region';
import { villageLines } from './places';

/**
 * The Kemendagri registry for the importer, read from parsed copies cached under node_modules/.cache/tiru/.
 * Parsing the package's CSV files and loading its reader take most of a second. The provinces, regencies and
 * kecamatan (about 7,300 areas) are a small JSON file; the 84,000 villages a text sorted by name, read only when
 * a name is not found among the others, and searched rather than indexed. The copies are keyed by the
 * `idn-area-data` version, so an upgrade rebuilds them; a copy that cannot be read or written is not used.
 */
const LEVELS: readonly RegionLevel[] = ['provinsi', 'kabupaten', 'kota', 'kecamatan', 'kelurahan', 'desa'];

type Row = [code: string, name: string, level: number, parentCode?: string];

let cacheDirFound: { dir: string; registryVersion: string } | undefined | null = null;

/** The importer's cache folder, node_modules/.cache/tiru/, found from the registry package (once); none when it is not installed. */
function cacheDir(): { dir: string; registryVersion: string } | undefined {
  if (cacheDirFound === null) cacheDirFound = findCacheDir();
  return cacheDirFound;
}

function findCacheDir(): { dir: string; registryVersion: string } | undefined {
  try {
    const require = createRequire(import.meta.url);
    const manifest = require.resolve('idn-area-data/package.json');
    const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
    // node_modules/idn-area-data/package.json → node_modules/.cache/tiru/
    return { dir: join(dirname(dirname(manifest)), '.cache', 'tiru'), registryVersion: version };
  } catch {
    return undefined;
  }
}

function cachePath(part: 'regions.json' | 'villages.txt'): string | undefined {
  const cache = cacheDir();
  return cache && join(cache.dir, `registry-${cache.registryVersion}-${part}`);
}

/**
 * Where the importer keeps what parsing each content file's YAML found (`readEntries`' cache), apart from
 * the build's: reading content/ took a quarter of one article's import.
 */
export function entryYamlCacheFile(): string | undefined {
  const cache = cacheDir();
  return cache && join(cache.dir, 'import-entry-yaml.bin');
}

const toArea = ([code, name, level, parentCode]: Row): RegistryArea => (parentCode === undefined ? { code, name, level: LEVELS[level]! } : { code, name, level: LEVELS[level]!, parentCode });
const toRow = (a: RegistryArea): Row => (a.parentCode === undefined ? [a.code, a.name, LEVELS.indexOf(a.level)] : [a.code, a.name, LEVELS.indexOf(a.level), a.parentCode]);
const isVillage = (area: RegistryArea) => area.level === 'kelurahan' || area.level === 'desa';

function write(path: string | undefined, text: string): void {
  if (!path) return;
  try {
    mkdirSync(dirname(path), { recursive: true });
    // Written aside and renamed: two imports at once never read half a file.
    const partial = `${path}.${process.pid}.tmp`;
    writeFileSync(partial, text);
    renameSync(partial, path);
  } catch {
    // A read-only node_modules: the next run parses again.
  }
}

/** The registry without its villages, and a loader for the villages as `villageLines` text. */
export interface RegistryParts {
  regions: Map<string, RegistryArea>;
  villages: () => string;
}

/** The registry's parts, from the cached copies when there are; otherwise parsed from the package and cached for the next run. */
export async function loadRegistryParts(): Promise<RegistryParts> {
  const regionsPath = cachePath('regions.json');
  const villagesPath = cachePath('villages.txt');
  if (regionsPath && villagesPath && existsSync(villagesPath)) {
    try {
      const regions = (JSON.parse(readFileSync(regionsPath, 'utf8')) as Row[]).map(toArea);
      let villages: string | undefined;
      // A villages' copy that cannot be read is no village rather than a crash: such names stay unresolved.
      const read = () => {
        try {
          return readFileSync(villagesPath, 'utf8');
        } catch {
          return '\n';
        }
      };
      return { regions: new Map(regions.map((a) => [a.code, a])), villages: () => (villages ??= read()) };
    } catch {
      // No copy yet, or an unreadable one: parse the package below.
    }
  }
  const { loadRegistry } = await import('../check/registry');
  const all = [...(await loadRegistry()).values()];
  const others = all.filter((a) => !isVillage(a));
  const lines = villageLines(all.filter(isVillage));
  write(villagesPath, lines);
  write(regionsPath, JSON.stringify(others.map(toRow)));
  return { regions: new Map(others.map((a) => [a.code, a])), villages: () => lines };
}

/** The whole registry, from the cached copies when there are. */
export async function loadRegistryCached(): Promise<Registry> {
  const { regions, villages } = await loadRegistryParts();
  for (const line of villages().split('\n')) {
    if (!line) continue;
    const [, code, name, parentCode] = line.split('\t');
    regions.set(code!, { code: code!, name: name!, level: code!.split('.')[3]?.startsWith('1') ? 'kelurahan' : 'desa', parentCode: parentCode! });
  }
  return regions;
}
