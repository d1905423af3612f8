import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';
import { REGION_LEVELS, type RegionData, type RegionLevel } from '../../schemas/region';
import type { Entry } from '../read/entries';
import type { ContentProblem } from '../read/problems';

/** One area of the official Kemendagri registry, as shipped by the `idn-area-data` package. */
export interface RegistryArea {
  code: string;
  /** Name without the level word, e.g. "Banjarbaru" for "Kota Banjarbaru". */
  name: string;
  level: RegionLevel;
  parentCode?: string | undefined;
}

/** The Kemendagri registry by code. */
export type Registry = ReadonlyMap<string, RegistryArea>;

const REGENCY_PREFIX = /^(Kota|Kabupaten)\s+/i;

/** Derives level and bare name of a kota/kabupaten from its registry name ("Kota Banjarbaru"). */
function regencyArea(code: string, fullName: string, parentCode: string): RegistryArea {
  const level: RegionLevel = fullName.toLowerCase().startsWith('kota ') ? 'kota' : 'kabupaten';
  return { code, name: fullName.replace(REGENCY_PREFIX, ''), level, parentCode };
}

/** Village codes end in 1xxx for kelurahan and 2xxx for desa. */
function villageLevel(code: string): RegionLevel {
  return code.split('.')[3]?.startsWith('1') ? 'kelurahan' : 'desa';
}

/** Loads the whole official registry (about 90,000 areas) into a map by code. */
export async function loadRegistry(): Promise<Registry> {
  const [provinces, regencies, districts, villages] = await Promise.all([getProvinces(), getRegencies(), getDistricts(), getVillages()]);
  const areas: RegistryArea[] = [
    ...provinces.map((p) => ({ code: p.code, name: p.name, level: 'provinsi' as const })),
    ...regencies.map((r) => regencyArea(r.code, r.name, r.province_code)),
    ...districts.map((d) => ({ code: d.code, name: d.name, level: 'kecamatan' as const, parentCode: d.regency_code })),
    ...villages.map((v) => ({ code: v.code, name: v.name, level: villageLevel(v.code), parentCode: v.district_code })),
  ];
  return new Map(areas.map((area) => [area.code, area]));
}

const normalise = (name: string) => name.toLocaleUpperCase('id-ID').replace(/\s+/g, ' ').trim();

/** "63.72 KOTA BANJARBARU", the registry's own way of naming an area. */
export function describeArea(area: RegistryArea): string {
  const levelWord = area.level === 'kota' || area.level === 'kabupaten' ? `${REGION_LEVELS[area.level]} ` : '';
  return `${area.code} ${normalise(levelWord + area.name)} (${area.level})`;
}

/**
 * Checks each region's code, name, level and parent against the registry.
 * `regions` must all be present so parents can be looked up by id. A region in `misplaced` (a parent
 * cycle, a parent at the wrong level) skips the parent comparison, as does a region whose parent has
 * a wrong code, name or level: that mistake is reported once, on the parent, not again on each child.
 */
export function checkRegionsAgainstRegistry(regions: readonly Entry<RegionData>[], registry: Registry, misplaced: ReadonlySet<string> = new Set()): ContentProblem[] {
  const codeById = new Map(regions.map((region) => [region.id, region.data.code]));
  const problems: ContentProblem[] = [];
  const failed = new Set<string>();
  const checked: { region: Entry<RegionData>; area: RegistryArea }[] = [];
  for (const region of regions) {
    const { id, filePath, data } = region;
    const file = filePath ?? `regions/${id}`;
    const area = registry.get(data.code);
    const before = problems.length;
    if (!area) {
      problems.push({ file, field: 'code', message: `kode ${data.code} tidak ada di registri Kemendagri (code not in the official registry)` });
    } else {
      const says = `registri menyebut ${describeArea(area)}`;
      if (normalise(area.name) !== normalise(data.name)) {
        problems.push({ file, field: 'name', message: `"${data.name}" tidak cocok; ${says} (name mismatch)` });
      }
      if (area.level !== data.level) {
        problems.push({ file, field: 'level', message: `"${data.level}" tidak cocok; ${says} (level mismatch)` });
      }
      checked.push({ region, area });
    }
    if (problems.length > before) failed.add(id);
  }
  for (const { region: { id, filePath, data }, area } of checked) {
    const parentCode = data.parent ? codeById.get(data.parent.id) : undefined;
    if (!data.parent || parentCode === undefined || parentCode === area.parentCode || misplaced.has(id) || failed.has(data.parent.id)) continue;
    const parent = area.parentCode ? registry.get(area.parentCode) : undefined;
    problems.push({
      file: filePath ?? `regions/${id}`,
      field: 'parent',
      message: `induk "${data.parent.id}" berkode ${parentCode}; registri menyebut induknya ${parent ? describeArea(parent) : 'tidak ada'} (parent mismatch)`,
    });
  }
  return problems;
}
