// The officials a visit names are its visitors when the frames named none: "Tiga kepala daerah menyerbu X. Mereka,
// Wali Kota A …, Wali Kota B … dan Bupati C …" gives the host and a list of people, not a sentence with the guests.
import type { RegistryArea } from '../check/registry';
import type { Party } from './parties';
import { ACTING_PREFIX } from './people';

/** Offices of a kota, kabupaten or province government, as a person's role begins ("Sekretaris Daerah Kota X"). */
export const REGIONAL_OFFICES = /^(?:Bupati|Wakil Bupati|Wali Kota|Wakil Wali Kota|Sekretaris Daerah|Asisten|Staf Khusus|Kepala (?:Dinas|Badan|Bagian|Bidang|Kantor)|Anggota DPRD|Ketua DPRD|Wakil Ketua DPRD)/u;

/** Heads of a province, who may lead a province's own visit. */
const PROVINCE_HEADS = /^(?:Gubernur|Wakil Gubernur)\b/u;

/** A person as the importer proposes them: the office as printed and the region it belongs to, if any. */
export interface Official {
  role: string;
  region?: string | undefined;
  index: number;
}

const nested = (a: RegistryArea, b: RegistryArea) => a.code === b.code || a.code.startsWith(`${b.code}.`) || b.code.startsWith(`${a.code}.`);

/**
 * The guests a visit's officials stand for: each other government whose office holders the report names, in order,
 * when the frames named no guests, or only a province and perhaps some regencies within it ("Lampung belajar ke Medan"
 * over four regencies of Lampung): then the province gives way to its regencies. Not the host's own offices, nor those of the province around it or of places within it.
 * Undefined when the officials add nothing.
 */
export function guestsFromOfficials(host: Party | undefined, guests: Party[], officials: Official[], registry: ReadonlyMap<string, RegistryArea>): Party[] | undefined {
  if (!host?.area) return undefined;
  // Guests that are a province and maybe some of its own regencies: the province may be the headline's short name for them.
  const province = guests.find((g) => g.area?.level === 'provinsi')?.area;
  const within = (area: RegistryArea | undefined) => Boolean(province && area?.code.startsWith(`${province.code}.`));
  if (guests.length > 0 && !(province && guests.every((g) => g.area === province || within(g.area)))) return undefined;
  const found = new Map<string, Party>();
  for (const official of officials) {
    const area = official.region ? registry.get(official.region) : undefined;
    if (!area || nested(area, host.area) || found.has(area.code)) continue;
    const office = official.role.replace(ACTING_PREFIX, '');
    const governs = area.level === 'provinsi' ? PROVINCE_HEADS.test(office) : (area.level === 'kota' || area.level === 'kabupaten') && REGIONAL_OFFICES.test(office);
    if (!governs || (province && !within(area))) continue;
    found.set(area.code, { index: official.index, text: official.role, area });
  }
  // A province gives way only to two or more of its regencies: one may have come along with the province's own people.
  if (province ? found.size < 2 : found.size === 0) return undefined;
  const framed = guests.filter((g) => within(g.area) && !found.has(g.area!.code));
  return [...framed, ...found.values()];
}
