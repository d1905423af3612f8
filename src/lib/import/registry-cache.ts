import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Registry, RegistryArea } from '../content/registry';
import type { RegionLevel } from '../../schemas/region';

/**
 * The Kemendagri registry for the importer, read from a parsed copy cached under node_modules/.cache/tiru/
 * (about 90,000 areas). Parsing the package's CSV files and loading its reader take most of a second; the
 * cached copy reads in a tenth of that. The copy is keyed by the `idn-area-data` version, so an upgrade
 * rebuilds it, and a copy that cannot be read or written is simply not used.
 */
const LEVELS: readonly RegionLevel[] = ['provinsi', 'kabupaten', 'kota', 'kecamatan', 'kelurahan', 'desa'];

type Row = [code: string, name: string, level: number, parentCode?: string];

function cachePath(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const manifest = require.resolve('idn-area-data/package.json');
    const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
    // node_modules/idn-area-data/package.json → node_modules/.cache/tiru/
    return join(dirname(dirname(manifest)), '.cache', 'tiru', `registry-${version}.json`);
  } catch {
    return undefined;
  }
}

function fromRows(rows: readonly Row[]): Registry {
  const registry = new Map<string, RegistryArea>();
  for (const [code, name, level, parentCode] of rows) registry.set(code, parentCode === undefined ? { code, name, level: LEVELS[level]! } : { code, name, level: LEVELS[level]!, parentCode });
  return registry;
}

/** The registry, from the cached copy when there is one; otherwise parsed from the package and cached for the next run. */
export async function loadRegistryCached(): Promise<Registry> {
  const path = cachePath();
  if (path) {
    try {
      return fromRows(JSON.parse(readFileSync(path, 'utf8')) as Row[]);
    } catch {
      // No copy yet, or an unreadable one: parse the package below.
    }
  }
  const { loadRegistry } = await import('../content/registry');
  const registry = await loadRegistry();
  if (path) {
    try {
      const rows: Row[] = [...registry.values()].map((a) => (a.parentCode === undefined ? [a.code, a.name, LEVELS.indexOf(a.level)] : [a.code, a.name, LEVELS.indexOf(a.level), a.parentCode]));
      mkdirSync(dirname(path), { recursive: true });
      // Written aside and renamed: two imports at once never read half a file.
      const partial = `${path}.${process.pid}.tmp`;
      writeFileSync(partial, JSON.stringify(rows));
      renameSync(partial, path);
    } catch {
      // A read-only node_modules: the next run parses again.
    }
  }
  return registry;
}
