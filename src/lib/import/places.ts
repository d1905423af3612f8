import type { RegionLevel } from '../../schemas/region';
import type { Registry, RegistryArea } from '../check/registry';
import { escapeRegExp } from './regexp';

/** Words that name a level before a region's name, and the levels each may mean. */
const LEVEL_WORDS: Record<string, readonly RegionLevel[]> = {
  provinsi: ['provinsi'],
  'prov.': ['provinsi'],
  pemprov: ['provinsi'],
  // "Pemda Badung": a regional government of any level; the name settles which.
  pemda: ['kabupaten', 'kota', 'provinsi'],
  gubernur: ['provinsi'],
  kabupaten: ['kabupaten'],
  'kab.': ['kabupaten'],
  kab: ['kabupaten'],
  pemkab: ['kabupaten'],
  bupati: ['kabupaten'],
  wabup: ['kabupaten'],
  setdakab: ['kabupaten'],
  kota: ['kota'],
  pemkot: ['kota'],
  // Sumatra's city governments write "Pemko" ("Pemko Payakumbuh").
  pemko: ['kota'],
  walikota: ['kota'],
  walkot: ['kota'],
  // "Wako Medan", "Wawako Padang": the short forms for a mayor and deputy mayor, common in Sumatra's news.
  wako: ['kota'],
  wawako: ['kota'],
  wawali: ['kota'],
  setdako: ['kota'],
  // "Balaikota Bogor": a city hall printed as one word is the city's, as "Balai Kota Bogor" is.
  balaikota: ['kota'],
  // Offices of every regional government: the name after them settles the level.
  'sekretaris daerah': ['kabupaten', 'kota', 'provinsi'],
  sekda: ['kabupaten', 'kota', 'provinsi'],
  dprd: ['kabupaten', 'kota', 'provinsi'],
  // Aceh's regency and city councils: "DPRK Aceh Besar".
  dprk: ['kabupaten', 'kota'],
  kecamatan: ['kecamatan'],
  'kec.': ['kecamatan'],
  camat: ['kecamatan'],
  // Yogyakarta's kapanewon and kemantren and Papua's distrik are kecamatan in the registry.
  kapanewon: ['kecamatan'],
  kemantren: ['kecamatan'],
  distrik: ['kecamatan'],
  kelurahan: ['kelurahan', 'desa'],
  'kel.': ['kelurahan', 'desa'],
  lurah: ['kelurahan', 'desa'],
  // "Kalurahan" is Yogyakarta's word for its villages, which the registry lists as desa.
  kalurahan: ['desa', 'kelurahan'],
  desa: ['desa', 'kelurahan'],
  // "Desa Wisata Pujon Kidul": a village known for its tourism, named after its label.
  'desa wisata': ['desa', 'kelurahan'],
  // "Pemdes Bringin": a village government.
  pemdes: ['desa', 'kelurahan'],
  kampung: ['desa', 'kelurahan'],
  nagari: ['desa'],
  gampong: ['desa'],
};

const LEVEL_WORD = new RegExp(`(?<![\\p{L}])(${Object.keys(LEVEL_WORDS).sort((a, b) => b.length - a.length).map((w) => w.replace('.', '\\.')).join('|')})\\s*(?<=\\.|\\s)`, 'giu');
/** A government's short form in brackets after its level word: "Kabupaten (Pemkab)", "Kota (Pemkot)". */
const BRACKETED_SHORT_FORM = /^\(\s*\p{L}{3,8}\s*\)\s*/u;
/** "… dan Pemerintah Kabupaten (Pemkab) ": a second government whose name, printed once after it, both share. */
const PAIRED_LEVEL = /^dan\s+(?:Pemerintah\s+)?(?:Kabupaten|Kota|Pemkab|Pemkot|Pemko)\s*(?:\(\s*\p{L}{3,8}\s*\)\s*)?(?=\p{Lu})/u;
/** A compass word printed in lower case right after a name ("Lampung tengah"), which may be the name's last word. */
const LOWER_COMPASS = /^[ \t]+(utara|selatan|barat|timur|tengah|tenggara|barat daya|timur laut)(?![\p{L}])/u;
/** Up to five capitalised words after a level word, "dan" among them ("Pangkajene dan Kepulauan"): the longest the registry knows is the name. */
const NAME_WORDS = /^(?:[\p{Lu}\d][\p{L}\d'’-]*)(?:\s+(?:dan\s+)?[\p{Lu}\d][\p{L}\d'’-]*){0,4}/u;

/**
 * Short names regional news prints for kabupaten and provinces ("Pemkab Kukar", "Sekda Muba", "Provinsi Sulteng"),
 * with the registry name and level each stands for. A regency's short name is read even without a level word;
 * a province's only after one, as bare "Jatim" or "Sumsel" usually belongs to a headline.
 */
const SHORT_NAMES: Record<string, readonly [string, RegionLevel]> = {
  KUKAR: ['Kutai Kartanegara', 'kabupaten'], KUTIM: ['Kutai Timur', 'kabupaten'], KUBAR: ['Kutai Barat', 'kabupaten'],
  PPU: ['Penajam Paser Utara', 'kabupaten'], KOBAR: ['Kotawaringin Barat', 'kabupaten'], KOTIM: ['Kotawaringin Timur', 'kabupaten'],
  MUBA: ['Musi Banyuasin', 'kabupaten'], MURA: ['Musi Rawas', 'kabupaten'], MURATARA: ['Musi Rawas Utara', 'kabupaten'],
  OKI: ['Ogan Komering Ilir', 'kabupaten'], OKU: ['Ogan Komering Ulu', 'kabupaten'], 'OKU TIMUR': ['Ogan Komering Ulu Timur', 'kabupaten'],
  PALI: ['Penukal Abab Lematang Ilir', 'kabupaten'], SERGAI: ['Serdang Bedagai', 'kabupaten'], TAPUT: ['Tapanuli Utara', 'kabupaten'],
  TAPSEL: ['Tapanuli Selatan', 'kabupaten'], TAPTENG: ['Tapanuli Tengah', 'kabupaten'], LAMBAR: ['Lampung Barat', 'kabupaten'],
  LAMSEL: ['Lampung Selatan', 'kabupaten'], LAMTENG: ['Lampung Tengah', 'kabupaten'], LAMTIM: ['Lampung Timur', 'kabupaten'],
  LAMPURA: ['Lampung Utara', 'kabupaten'], PANGKEP: ['Pangkajene dan Kepulauan', 'kabupaten'], HSS: ['Hulu Sungai Selatan', 'kabupaten'],
  HST: ['Hulu Sungai Tengah', 'kabupaten'], HSU: ['Hulu Sungai Utara', 'kabupaten'], KKU: ['Kayong Utara', 'kabupaten'], SBB: ['Seram Bagian Barat', 'kabupaten'], TTU: ['Timor Tengah Utara', 'kabupaten'],
  TTS: ['Timor Tengah Selatan', 'kabupaten'], LOBAR: ['Lombok Barat', 'kabupaten'], LOTENG: ['Lombok Tengah', 'kabupaten'],
  LOTIM: ['Lombok Timur', 'kabupaten'], KLU: ['Lombok Utara', 'kabupaten'], KSB: ['Sumbawa Barat', 'kabupaten'], BUSEL: ['Buton Selatan', 'kabupaten'], KONSEL: ['Konawe Selatan', 'kabupaten'], TATOR: ['Tana Toraja', 'kabupaten'], PULPIS: ['Pulang Pisau', 'kabupaten'], TORUT: ['Toraja Utara', 'kabupaten'],
  SULTENG: ['Sulawesi Tengah', 'provinsi'], SULSEL: ['Sulawesi Selatan', 'provinsi'], SULUT: ['Sulawesi Utara', 'provinsi'],
  SULTRA: ['Sulawesi Tenggara', 'provinsi'], SULBAR: ['Sulawesi Barat', 'provinsi'], KALSEL: ['Kalimantan Selatan', 'provinsi'],
  KALTIM: ['Kalimantan Timur', 'provinsi'], KALBAR: ['Kalimantan Barat', 'provinsi'], KALTENG: ['Kalimantan Tengah', 'provinsi'],
  KALTARA: ['Kalimantan Utara', 'provinsi'], SUMSEL: ['Sumatera Selatan', 'provinsi'], SUMUT: ['Sumatera Utara', 'provinsi'],
  SUMBAR: ['Sumatera Barat', 'provinsi'], JATIM: ['Jawa Timur', 'provinsi'], JATENG: ['Jawa Tengah', 'provinsi'], JABAR: ['Jawa Barat', 'provinsi'],
  NTB: ['Nusa Tenggara Barat', 'provinsi'], NTT: ['Nusa Tenggara Timur', 'provinsi'],
  KEPRI: ['Kepulauan Riau', 'provinsi'], BABEL: ['Kepulauan Bangka Belitung', 'provinsi'], MALUT: ['Maluku Utara', 'provinsi'],
  // More of the regencies' short names as regional news prints them ("Setda Bartim", "Pemkab Labura", "Bupati Halsel").
  BARTIM: ['Barito Timur', 'kabupaten'], BARSEL: ['Barito Selatan', 'kabupaten'], BARUT: ['Barito Utara', 'kabupaten'], GUMAS: ['Gunung Mas', 'kabupaten'],
  MAHULU: ['Mahakam Ulu', 'kabupaten'], LUTIM: ['Luwu Timur', 'kabupaten'], LUTRA: ['Luwu Utara', 'kabupaten'], SIDRAP: ['Sidenreng Rappang', 'kabupaten'],
  KOLUT: ['Kolaka Utara', 'kabupaten'], KOLTIM: ['Kolaka Timur', 'kabupaten'], KONUT: ['Konawe Utara', 'kabupaten'], KONKEP: ['Konawe Kepulauan', 'kabupaten'],
  BUTENG: ['Buton Tengah', 'kabupaten'], BUTUR: ['Buton Utara', 'kabupaten'], MUBAR: ['Muna Barat', 'kabupaten'], LABURA: ['Labuhanbatu Utara', 'kabupaten'],
  LABUSEL: ['Labuhanbatu Selatan', 'kabupaten'], PALUTA: ['Padang Lawas Utara', 'kabupaten'], HUMBAHAS: ['Humbang Hasundutan', 'kabupaten'],
  PESSEL: ['Pesisir Selatan', 'kabupaten'], PASBAR: ['Pasaman Barat', 'kabupaten'], ABDYA: ['Aceh Barat Daya', 'kabupaten'], AGARA: ['Aceh Tenggara', 'kabupaten'],
  TANJABBAR: ['Tanjung Jabung Barat', 'kabupaten'], TANJABTIM: ['Tanjung Jabung Timur', 'kabupaten'], INHU: ['Indragiri Hulu', 'kabupaten'],
  INHIL: ['Indragiri Hilir', 'kabupaten'], KUANSING: ['Kuantan Singingi', 'kabupaten'], ROHUL: ['Rokan Hulu', 'kabupaten'], ROHIL: ['Rokan Hilir', 'kabupaten'],
  TUBABA: ['Tulang Bawang Barat', 'kabupaten'], BASEL: ['Bangka Selatan', 'kabupaten'], BATENG: ['Bangka Tengah', 'kabupaten'], BATOLA: ['Barito Kuala', 'kabupaten'],
  TANBU: ['Tanah Bumbu', 'kabupaten'], GORUT: ['Gorontalo Utara', 'kabupaten'], BONBOL: ['Bone Bolango', 'kabupaten'], MORUT: ['Morowali Utara', 'kabupaten'],
  TOUNA: ['Tojo Una-Una', 'kabupaten'], PARIMO: ['Parigi Moutong', 'kabupaten'], MINUT: ['Minahasa Utara', 'kabupaten'], MINSEL: ['Minahasa Selatan', 'kabupaten'],
  BOLMONG: ['Bolaang Mongondow', 'kabupaten'], BOLTIM: ['Bolaang Mongondow Timur', 'kabupaten'], BOLSEL: ['Bolaang Mongondow Selatan', 'kabupaten'],
  BOLMUT: ['Bolaang Mongondow Utara', 'kabupaten'], MALTENG: ['Maluku Tengah', 'kabupaten'], MBD: ['Maluku Barat Daya', 'kabupaten'], SBT: ['Seram Bagian Timur', 'kabupaten'],
  MALRA: ['Maluku Tenggara', 'kabupaten'], HALBAR: ['Halmahera Barat', 'kabupaten'], HALTENG: ['Halmahera Tengah', 'kabupaten'], HALUT: ['Halmahera Utara', 'kabupaten'],
  HALSEL: ['Halmahera Selatan', 'kabupaten'], HALTIM: ['Halmahera Timur', 'kabupaten'], KBB: ['Bandung Barat', 'kabupaten'], SBD: ['Sumba Barat Daya', 'kabupaten'],
  MABAR: ['Manggarai Barat', 'kabupaten'], MATIM: ['Manggarai Timur', 'kabupaten'],
  TANGSEL: ['Tangerang Selatan', 'kota'],
  // Jakarta's five cities, after a level word: "Pemkot Jakpus", "Wali Kota Jaksel".
  JAKPUS: ['Administrasi Jakarta Pusat', 'kota'], JAKSEL: ['Administrasi Jakarta Selatan', 'kota'], JAKTIM: ['Administrasi Jakarta Timur', 'kota'],
  JAKBAR: ['Administrasi Jakarta Barat', 'kota'], JAKUT: ['Administrasi Jakarta Utara', 'kota'],
  // Yogyakarta as its people write it, after a level word: "Pemkot Jogja", "Kota Jogjakarta".
  JOGJA: ['Yogyakarta', 'kota'], JOGJAKARTA: ['Yogyakarta', 'kota'], YOGJAKARTA: ['Yogyakarta', 'kota'],
};

/** Provinces printed without their first word ("Bangka Belitung" for Kepulauan Bangka Belitung) or spelt otherwise, keyed as `key` does. */
// Also the two whose registry names spell out their status: "DKI Jakarta", "DI Yogyakarta".
const PROVINCE_SHORT_FORMS: Record<string, string> = {
  'BANGKA BELITUNG': 'Kepulauan Bangka Belitung',
  'DKI JAKARTA': 'Daerah Khusus Ibukota Jakarta',
  'DI YOGYAKARTA': 'Daerah Istimewa Yogyakarta',
  'ISTIMEWA YOGYAKARTA': 'Daerah Istimewa Yogyakarta',
  'DI JOGJAKARTA': 'Daerah Istimewa Yogyakarta',
  'DI YOGJAKARTA': 'Daerah Istimewa Yogyakarta',
  DIY: 'Daerah Istimewa Yogyakarta',
  // The island's English spelling, common in national outlets: "Sumatra Barat".
  'SUMATRA UTARA': 'Sumatera Utara',
  'SUMATRA BARAT': 'Sumatera Barat',
  'SUMATRA SELATAN': 'Sumatera Selatan',
};

/** Whether a word is a region's short name ("Kukar", "Muba", "Sumsel"), never a person's. */
export const isShortRegionName = (word: string) => Object.hasOwn(SHORT_NAMES, key(word));

/** Words that count or gather a level word ("seluruh desa", "empat kabupaten", "antar-kecamatan"): no region follows. */
const QUANTIFIED = /(?:^|[^\p{L}])(?:seluruh|semua|setiap|tiap|para|beberapa|berbagai|sejumlah|banyak|antar|lintas|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|belasan|puluhan|ratusan|\d+)[ \t-]*$/iu;

/** Names compared in capitals, with hyphens as spaces: the registry writes "Lepo Lepo" where news prints "Lepo-Lepo". */
// Indonesian has no casing of its own: the root upper case is the same and many times faster on 90,000 names.
const key = (name: string) => name.toUpperCase().replace(/[’']/g, "'").replace(/[\s-]+/g, ' ').trim();

/** The registry by name, for finding the areas a text names. */
export interface PlaceIndex {
  registry: Registry;
  /** The areas that bear a name, in any form the text prints it ("Lepo-Lepo", "LEPO LEPO"); villages only when asked. */
  named: (name: string, withVillages?: boolean) => readonly RegistryArea[];
  provinces: readonly RegistryArea[];
  /** Kabupaten and kota by name, for names printed without their level word ("Lampung Tengah", "Tangerang Selatan"). */
  regencies: ReadonlyMap<string, readonly RegistryArea[]>;
}

/**
 * The villages as one text, a line per village, sorted by name: "KEY\tcode\tname\tparentCode". Nine in ten areas
 * are villages and a report names a few at most, so they are looked up in the text by name rather than indexed.
 */
export function villageLines(villages: readonly RegistryArea[]): string {
  const lines = villages.map((v) => `${key(v.name)}\t${v.code}\t${v.name}\t${v.parentCode ?? ''}`).sort();
  return `\n${lines.join('\n')}\n`;
}

/**
 * The registry by name. `villages`, when given, loads the villages the registry leaves out as `villageLines`
 * text; it is called the first time a name is not found among the other areas.
 */
export function indexPlaces(registry: Registry, villages?: () => string): PlaceIndex {
  const byName = new Map<string, RegistryArea[]>();
  const add = (area: RegistryArea) => {
    const name = key(area.name);
    const list = byName.get(name);
    if (list) list.push(area);
    else byName.set(name, [area]);
  };
  for (const area of registry.values()) add(area);
  const shortNamed = new Map<string, RegistryArea[]>();
  for (const [short, [full, level]] of Object.entries(SHORT_NAMES)) {
    const areas = (byName.get(key(full)) ?? []).filter((area) => area.level === level);
    if (areas.length === 1) shortNamed.set(short, areas);
  }
  for (const [short, areas] of shortNamed) byName.set(short, [...(byName.get(short) ?? []), ...areas]);
  // "Provinsi DKI Jakarta": a province's short form after its level word.
  for (const [short, full] of Object.entries(PROVINCE_SHORT_FORMS)) if (!byName.has(short)) byName.set(short, byName.get(key(full)) ?? []);
  // "Kota Pangkalpinang", "Tanjungpinang": news may print a regency's name of several words as one ("Pangkal Pinang" in
  // the registry); the joined form stands for it when it names nothing else.
  const joined = new Map<string, RegistryArea[]>();
  for (const area of registry.values()) {
    if ((area.level !== 'kota' && area.level !== 'kabupaten') || !/\s/u.test(area.name)) continue;
    const name = key(area.name).replace(/ /g, '');
    joined.set(name, [...(joined.get(name) ?? []), area]);
  }
  for (const [name, areas] of joined) if (!byName.has(name)) byName.set(name, areas);
  // "Kota Jakarta Pusat", "Kabupaten Kepulauan Seribu": the registry names Jakarta's cities and regency "Administrasi …",
  // which news leaves out.
  const administrative = new Map<string, RegistryArea[]>();
  for (const area of registry.values()) {
    const short = /^ADMINISTRASI (.+)$/u.exec(key(area.name))?.[1];
    if (short && (area.level === 'kota' || area.level === 'kabupaten')) administrative.set(short, [...(administrative.get(short) ?? []), area]);
  }
  for (const [name, areas] of administrative) if (!byName.has(name)) byName.set(name, areas);
  let lines: string | undefined;
  const looked = new Map<string, readonly RegistryArea[]>();
  const villagesNamed = (name: string): readonly RegistryArea[] => {
    if (!villages) return [];
    const found = looked.get(name);
    if (found) return found;
    lines ??= villages();
    const text = lines;
    // The lines are sorted: a binary search over character offsets, each probe read from the next line start.
    const target = `${name}\t`;
    let low = 0;
    let high = text.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      const lineAt = text.lastIndexOf('\n', middle);
      const line = text.slice(lineAt + 1, text.indexOf('\t', lineAt + 1) + 1);
      if (line < target) low = text.indexOf('\n', middle + 1);
      else high = lineAt;
      if (low < 0) break;
    }
    const areas: RegistryArea[] = [];
    for (let at = low < 0 ? -1 : text.lastIndexOf('\n', low); at >= 0 && text.startsWith(`\n${target}`, at); ) {
      const next = text.indexOf('\n', at + 1);
      const [, code, areaName, parentCode] = text.slice(at + 1, next).split('\t');
      const area: RegistryArea = { code: code!, name: areaName!, level: code!.split('.')[3]?.startsWith('1') ? 'kelurahan' : 'desa', parentCode: parentCode || undefined };
      // Known by code from now on: the proposal names its parents and writes its slug.
      (registry as Map<string, RegistryArea>).set(area.code, area);
      areas.push(area);
      at = next;
    }
    looked.set(name, areas);
    return areas;
  };
  const named = (name: string, withVillages = false) => {
    const k = key(name);
    const villagesToo = withVillages ? villagesNamed(k) : [];
    const others = byName.get(k) ?? [];
    return villagesToo.length ? [...others, ...villagesToo] : others;
  };
  const regencies = new Map<string, RegistryArea[]>();
  for (const area of registry.values()) {
    if (area.level === 'kota' || area.level === 'kabupaten') regencies.set(key(area.name), [...(regencies.get(key(area.name)) ?? []), area]);
  }
  for (const [short, areas] of shortNamed) if (areas[0]!.level === 'kabupaten' && !regencies.has(short)) regencies.set(short, areas);
  for (const [name, areas] of joined) if (!regencies.has(name)) regencies.set(name, areas);
  for (const [name, areas] of administrative) if (!regencies.has(name)) regencies.set(name, areas);
  return { registry, named, provinces: [...registry.values()].filter((area) => area.level === 'provinsi'), regencies };
}

/** One naming of a region in the text. */
export interface PlaceMention {
  /** The words as printed, e.g. "Kota Banjarbaru" or "Kalimantan Selatan". */
  text: string;
  index: number;
  candidates: readonly RegistryArea[];
  /** Printed without a level word ("Lampung Tengah"). */
  bare?: boolean | undefined;
}

/** A province named right after a comma: what comes before it is a place in that province. */
const PROVINCE_AFTER = /^[ \t]*,[ \t]*(?:Provinsi|Prov\.)[ \t]/u;

/** A province named after a regency's bare name, with or without a comma: "Maros Provinsi Sulawesi Selatan". */
const PROVINCE_NAMED_NEXT = /^[ \t]*,?[ \t]*(?:Provinsi|Prov\.)[ \t]+(\p{Lu}\p{L}*(?:[ \t]+\p{Lu}\p{L}*){0,2})/u;

/** Levels below a regency, whose mention may be followed by the regency's bare name. */
const LOCAL_LEVELS: readonly RegionLevel[] = ['kecamatan', 'kelurahan', 'desa'];

/** A run of up to six capitalised words: where a regency's bare name may stand, perhaps after a program's ("Revolusi Ternak Sumba Barat Daya"). */
const BARE_NAME = /(?<![\p{L}\d-])\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,5}/gu;

/** A dateline's place opens its line, or follows the outlet's name and a comma; a comma or a dash follows it. */
const DATELINE_BEFORE = /(?:^|\n)(?:[^\n,–—]{2,40},[ \t]*)?$/u;
const DATELINE_AFTER = /^[ \t]*(?:,|[–—]|-[ \t])/u;

/** A preposition of place or direction, or a verb of visiting ("menyerbu Banyuwangi"), just before a word. */
const AFTER_PREPOSITION = /(?:^|[^\p{L}])(?:ke|di|dari|mengunjungi|kunjungi|menyambangi|sambangi|mendatangi|datangi|menyerbu|serbu)[ \t]+$/u;

/**
 * What joins a second name to a first that carries the level word both share: "Kabupaten Sragen dan Majalengka",
 * "Kota Makassar, dan Palopo". Not a comma alone, which may add where the first lies ("Kota Batu, Malang, Jawa Timur").
 */
const SHARED_LEVEL_JOIN = /(?:,?[ \t]+(?:dan|serta)[ \t]+|[ \t]*&[ \t]*)$/u;

/** Level words of a government ("Pemerintah Kabupaten", "Pemkab"): the words after them must be a region. */
const GOVERNMENT = /(?<![\p{L}])(?:Pemerintah\s+(?:Kabupaten|Kota|Provinsi)|Pemkab|Pemkot|Pemko|Pemprov|Kabupaten|Provinsi)\s+(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3})/gu;
const CANONICAL_LEVEL: Record<string, string> = { pemkab: 'Kabupaten', pemkot: 'Kota', pemko: 'Kota', pemprov: 'Provinsi' };

/** A government the text names whose region the registry lacks: "Kabupaten Antah Berantah". */
export interface UnknownRegion {
  /** Level word and name, e.g. "Kabupaten Antah Berantah". */
  name: string;
  index: number;
}

/** Governments named with a level word whose name is in no form in the registry, each once. */
export function findUnknownRegions(text: string, places: PlaceIndex, known: readonly PlaceMention[]): UnknownRegion[] {
  const found = new Map<string, UnknownRegion>();
  const taken = new Uint8Array(text.length + 1);
  for (const m of known) taken.fill(1, m.index, m.index + m.text.length + 1);
  for (const match of text.matchAll(GOVERNMENT)) {
    if (QUANTIFIED.test(text.slice(Math.max(0, match.index - 20), match.index))) continue;
    const nameAt = match.index + match[0].length - match[1]!.length;
    if (taken[nameAt] === 1) continue;
    // "Tim Inovasi Kabupaten PPID Tahun 2019": a year ends a name, and an abbreviation the text spells out in brackets
    // ("Program Pengelolaan Inovasi Desa (PPID)") names something else.
    const words = match[1]!.split(/\s+/);
    const year = words.indexOf('Tahun');
    if (year >= 0) words.splice(year);
    if (!words.length || (words.length === 1 && /^\p{Lu}{2,}$/u.test(words[0]!) && text.includes(`(${words[0]})`))) continue;
    if (words.some((_, i) => places.named(words.slice(0, i + 1).join(' ')).length > 0)) continue;
    const head = match[0].slice(0, match[0].length - match[1]!.length).trim().split(/\s+/).at(-1)!;
    const level = CANONICAL_LEVEL[head.toLowerCase()] ?? head;
    const name = `${level} ${words.join(' ')}`;
    if (!found.has(name)) found.set(name, { name, index: match.index });
  }
  return [...found.values()];
}

/** One naming of a region, settled. */
export interface ResolvedMention {
  index: number;
  text: string;
  area: RegistryArea;
}

/** A region the text names, resolved to one registry area. */
export interface FoundPlace {
  area: RegistryArea;
  /** Where the text first names it, and as what. */
  index: number;
  text: string;
  /** False when the name fits several areas and the other places in the text picked this one. */
  sure: boolean;
}

/**
 * "Bupati Muara Tebo", "Kabupaten Muara Tebo": a regency named after its seat, a town whose name ends with the
 * regency's ("Muara Tebo", a kelurahan of Kabupaten Tebo). The regency, when exactly one such town and regency fit.
 */
function townOfRegency(words: readonly string[], places: PlaceIndex): { name: string; regency: RegistryArea } | undefined {
  for (let count = Math.min(words.length, 4); count > 1; count--) {
    const name = words.slice(0, count).join(' ');
    const fits = places
      .named(name, true)
      .filter((area) => area.level === 'desa' || area.level === 'kelurahan')
      .map((village) => places.registry.get(village.code.split('.').slice(0, 2).join('.')))
      .filter((regency): regency is RegistryArea => regency?.level === 'kabupaten' && key(name).endsWith(` ${key(regency.name)}`));
    const codes = new Set(fits.map((regency) => regency.code));
    if (codes.size === 1) return { name, regency: fits[0]! };
  }
  return undefined;
}

/** Every naming of a region with a level word ("se-Kecamatan Air Salek", "Bupati Jepara") or a province's full name. */
export function findPlaceMentions(text: string, places: PlaceIndex): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  // "Sekda Magelang", "DPRD Madiun": a word for every level before a name both a kabupaten and a kota bear.
  const eitherLevel = new Map<PlaceMention, readonly RegistryArea[]>();
  for (const match of text.matchAll(LEVEL_WORD)) {
    // "seluruh desa Banyuwangi", "empat kabupaten", "para camat": a level word counted or gathered names no one region.
    if (QUANTIFIED.test(text.slice(Math.max(0, match.index - 20), match.index))) continue;
    const levels = LEVEL_WORDS[match[1]!.toLowerCase()]!;
    // "Pemerintah Kabupaten (Pemkab) Sukabumi": the government's short form in brackets before the name; "Pemerintah
    // Kota (Pemkot) dan Pemerintah Kabupaten (Pemkab) Sukabumi": two governments of one name, the first named by the second's.
    const shortForm = BRACKETED_SHORT_FORM.exec(text.slice(match.index + match[0].length))?.[0].length ?? 0;
    const pairedAt = match.index + match[0].length + shortForm;
    const paired = /^\p{Lu}/u.test(match[1]!) ? (PAIRED_LEVEL.exec(text.slice(pairedAt))?.[0].length ?? 0) : 0;
    const after = pairedAt + paired;
    const printedWords = NAME_WORDS.exec(text.slice(after))?.[0].split(/\s+/) ?? [];
    // "kabupaten Lampung tengah": a compass word of the name printed in lower case, read when the name then fits.
    const lowerCompass = printedWords.length ? LOWER_COMPASS.exec(text.slice(after + printedWords.join(' ').length))?.[1] : undefined;
    const withCompass = lowerCompass ? [...printedWords, `${lowerCompass.charAt(0).toUpperCase()}${lowerCompass.slice(1)}`] : printedWords;
    const words = lowerCompass && places.named(withCompass.join(' ')).some((area) => levels.includes(area.level)) ? withCompass : printedWords;
    const villages = levels.includes('desa') || levels.includes('kelurahan');
    for (let count = words.length; count > 0; count--) {
      const name = words.slice(0, count).join(' ');
      // "aparat kampung Kabupaten Mimika": a level word alone is the next government's, not a village of that name.
      if (count === 1 && Object.hasOwn(LEVEL_WORDS, name.toLowerCase())) break;
      // "Desa Candi Kuning", "Kota Palangka Raya": the registry may write the name as one word ("Candikuning", "Palangkaraya").
      const atLevel = (spelling: string) => places.named(spelling, villages).filter((area) => levels.includes(area.level));
      const spaced = atLevel(name);
      const joinedSpelling = spaced.length || count === 1 ? spaced : atLevel(words.slice(0, count).join(''));
      // "Pemerintah Provinsi Yogyakarta", "Provinsi Jakarta": a province named by the last words of its registry name.
      const provinceTail = joinedSpelling.length || !levels.includes('provinsi') ? [] : places.provinces.filter((area) => key(area.name).endsWith(` ${key(name)}`));
      const candidates = joinedSpelling.length ? joinedSpelling : provinceTail.length === 1 ? provinceTail : [];
      if (candidates.length === 0) continue;
      // "Lurah Angkatan II", "Desa Binaan 3": a village's name cut short of the numeral after it is a cohort or a
      // grade the registry does not know, not that village.
      if (villages && /^(?:[IVX]+|\d+)$/u.test(words[count] ?? '') && candidates.every((area) => area.level === 'desa' || area.level === 'kelurahan')) break;
      // Prefer the level the word names first ("Kelurahan" → kelurahan over desa) when both exist.
      const preferred = candidates.filter((area) => area.level === levels[0]);
      const printed = paired ? text.slice(match.index, pairedAt).trimEnd() : text.slice(match.index, after + name.length);
      const mention = { text: printed, index: match.index, candidates: preferred.length ? preferred : candidates };
      if (preferred.length && preferred.length < candidates.length) eitherLevel.set(mention, candidates);
      mentions.push(mention);
      break;
    }
    // "DPRD Kota manado", "kabupaten madiun": a regency's name printed in lower case after its level word, read only when
    // the article prints the same name capitalised elsewhere ("Kita ke Manado").
    const lower = words.length ? undefined : /^\p{Ll}{4,}(?![\p{L}])/u.exec(text.slice(after))?.[0];
    const capitalised = lower ? `${lower.charAt(0).toUpperCase()}${lower.slice(1)}` : undefined;
    if (capitalised && new RegExp(`(?<![\\p{L}])${capitalised}(?![\\p{L}])`, 'u').test(text)) {
      const regencies = places.named(capitalised).filter((area) => levels.includes(area.level) && (area.level === 'kota' || area.level === 'kabupaten'));
      if (regencies.length) mentions.push({ text: text.slice(match.index, after + lower!.length), index: match.index, candidates: regencies });
    }
    if (levels.includes('kabupaten') && !levels.includes('kecamatan') && !mentions.some((m) => m.index === match.index)) {
      const town = townOfRegency(words, places);
      if (town) mentions.push({ text: text.slice(match.index, after + town.name.length), index: match.index, candidates: [town.regency] });
    }
    // "Kota Sintang": a city word before the name only a kabupaten bears is that regency's town, so the regency.
    if (levels.length === 1 && levels[0] === 'kota' && words.length && !mentions.some((m) => m.index === match.index)) {
      for (let count = Math.min(words.length, 3); count > 0; count--) {
        const regencies = places.named(words.slice(0, count).join(' ')).filter((area) => area.level === 'kabupaten');
        if (regencies.length !== 1) continue;
        mentions.push({ text: text.slice(match.index, after + words.slice(0, count).join(' ').length), index: match.index, candidates: regencies });
        break;
      }
    }
    // "Lapangan Pahlawan Kota Waingapu": a town no kota or kabupaten is named after, whose kecamatan bears "Kota" in its name.
    if (levels.length === 1 && levels[0] === 'kota' && words.length && !mentions.some((m) => m.index === match.index)) {
      for (let count = Math.min(words.length, 3); count > 0; count--) {
        const districts = places.named(`Kota ${words.slice(0, count).join(' ')}`).filter((area) => area.level === 'kecamatan');
        if (districts.length !== 1) continue;
        mentions.push({ text: text.slice(match.index, after + words.slice(0, count).join(' ').length), index: match.index, candidates: districts });
        break;
      }
    }
  }
  // Such a name is the one of the two the article names with its own level word ("Kota Magelang … Sekda Magelang").
  for (const [mention, candidates] of eitherLevel) {
    const named = candidates.filter((area) => mentions.some((m) => !eitherLevel.has(m) && m.candidates.length === 1 && m.candidates[0]!.code === area.code));
    if (named.length === 1) mention.candidates = named;
  }
  // Which characters a mention already covers: a mask, as long articles have thousands of mentions.
  const taken = new Uint8Array(text.length + 1);
  const cover = (mention: PlaceMention) => taken.fill(1, mention.index, mention.index + mention.text.length);
  mentions.forEach(cover);
  const covered = (index: number) => taken[index] === 1;
  // Kabupaten and kota printed without their level word. A name of two or more words that one regency bears is
  // taken ("Lampung Tengah" before the province "Lampung"); a one-word name only when the text also names that
  // regency with its level word ("Pemkab Nganjuk … Nganjuk"), so "Batu" or "Bandung" in passing stay unread.
  const named = new Set(mentions.flatMap((m) => m.candidates.filter((a) => a.level === 'kota' || a.level === 'kabupaten').map((a) => a.code)));
  // Where each regency named with its level word ends: a bare name joined right after it may share that word.
  const regencyEndingAt = new Map<number, RegistryArea>();
  const bareRegencyEndingAt = new Map<number, RegistryArea>();
  const noteRegencyEnd = (mention: PlaceMention) => {
    const [only, ...more] = mention.candidates;
    if (!only || more.length || (only.level !== 'kabupaten' && only.level !== 'kota')) return;
    regencyEndingAt.set(mention.index + mention.text.length, only);
    if (mention.bare) bareRegencyEndingAt.set(mention.index + mention.text.length, only);
  };
  mentions.forEach(noteRegencyEnd);
  // Where each village or district named with its level word ends: "Desa Ponggok, Klaten" names its regency after a comma.
  const localEndingAt = new Map<number, readonly RegistryArea[]>();
  for (const mention of mentions) if (mention.candidates.some((a) => LOCAL_LEVELS.includes(a.level))) localEndingAt.set(mention.index + mention.text.length, mention.candidates);
  for (const match of text.matchAll(BARE_NAME)) {
    if (covered(match.index)) continue;
    const words = match[0].split(/\s+/);
    // "DPRD Kabupaten Sragen dan Majalengka": a name after another's level word and "dan" is a region of the same
    // level, when one region of that level bears it.
    // "berasal dari Raja Ampat, Merauke, Klaten": in a list of bare names a comma joins them too.
    const before = text.slice(Math.max(0, match.index - 8), match.index);
    const join = SHARED_LEVEL_JOIN.exec(before);
    const listed = join ? undefined : /,[ \t]*$/u.exec(before);
    const sharedLevel = join ? regencyEndingAt.get(match.index - join[0].length)?.level : listed ? bareRegencyEndingAt.get(match.index - listed[0].length)?.level : undefined;
    for (let count = Math.min(words.length, 4); count > 0; count--) {
      const name = words.slice(0, count).join(' ');
      const candidates = places.regencies.get(key(name)) ?? (count > 1 ? places.regencies.get(key(words.slice(0, count).join(''))) : undefined) ?? [];
      const vouched = candidates.filter((area) => named.has(area.code));
      // A regency's short name ("Kukar", "OKI") is one word but names one regency only.
      // After "ke", "di" or "dari" a one-word name is a place ("studi tiru ke Banyuwangi"), which one regency bears.
      // Not when the next word makes it a province's name: "dari Bangka Belitung" is no Kabupaten Bangka.
      const inProvinceName = count === 1 && words.length > 1 && Object.hasOwn(PROVINCE_SHORT_FORMS, key(words.slice(0, 2).join(' ')));
      // So is a one-word name the dateline gives in title case ("Portal.id, Boalemo –"); one in capitals ("TARAKAN,
      // Portal –") is where the report was filed, which may be a city near the event.
      const distinctive =
        count >= 2 ||
        Object.hasOwn(SHORT_NAMES, key(name)) ||
        (AFTER_PREPOSITION.test(text.slice(Math.max(0, match.index - 12), match.index)) && !inProvinceName) ||
        (count === words.length && /\p{Ll}/u.test(name) && DATELINE_BEFORE.test(text.slice(Math.max(0, match.index - 42), match.index)) && DATELINE_AFTER.test(text.slice(match.index + name.length, match.index + name.length + 3)));
      const ofSharedLevel = sharedLevel ? candidates.filter((area) => area.level === sharedLevel) : [];
      // The regency that one of the village's or district's candidates lies in.
      const local = listed ? localEndingAt.get(match.index - listed[0].length) : undefined;
      const around = local ? candidates.filter((area) => local.some((l) => l.code.startsWith(`${area.code}.`))) : [];
      // "Maros Provinsi Sulawesi Selatan": the regency of that name in the province printed next.
      const provinceNext = PROVINCE_NAMED_NEXT.exec(text.slice(match.index + name.length))?.[1];
      const provinceNamed = (area: RegistryArea) => `${key(provinceNext!)} `.startsWith(`${key(places.registry.get(area.code.split('.')[0]!)?.name ?? '-')} `);
      const ofProvince = provinceNext ? candidates.filter(provinceNamed) : [];
      const chosen = vouched.length ? vouched : distinctive && candidates.length === 1 ? candidates : ofSharedLevel.length === 1 ? ofSharedLevel : around.length === 1 ? around : ofProvince.length === 1 ? ofProvince : [];
      if (chosen.length === 0) continue;
      const mention = { text: text.slice(match.index, match.index + name.length), index: match.index, candidates: chosen, bare: true };
      mentions.push(mention);
      cover(mention);
      noteRegencyEnd(mention);
      break;
    }
    // "Dinas Kehutanan Cabang Mimika, Provinsi Papua": a run of office words whose last words, set before a province,
    // are a regency's name the article vouches for with its level word elsewhere. A name of two words or more that one
    // regency bears ends such a run anywhere ("studi banding Sekber Lanny Jaya dan Paniai").
    if (covered(match.index)) continue;
    const provinceAfter = PROVINCE_AFTER.test(text.slice(match.index + match[0].length));
    for (let from = 1; from < words.length; from++) {
      const tail = words.slice(from);
      const candidates = places.regencies.get(key(tail.join(' '))) ?? [];
      const vouched = provinceAfter ? candidates.filter((area) => named.has(area.code)) : [];
      const chosen = vouched.length ? vouched : tail.length >= 2 && candidates.length === 1 ? candidates : [];
      if (chosen.length === 0) continue;
      const at = match.index + match[0].length - tail.join(' ').length;
      if (text.slice(at, match.index + match[0].length) !== tail.join(' ') || covered(at)) break;
      const mention = { text: tail.join(' '), index: at, candidates: chosen, bare: true };
      mentions.push(mention);
      cover(mention);
      noteRegencyEnd(mention);
      break;
    }
  }
  // "Kabupaten Minahasa Selatan (Minsel) … Wakil Bupati Minsel": a short name the article defines in brackets after a
  // regency or province stands for it in the rest of the article.
  for (const mention of [...mentions]) {
    const alias = /^[ \t]*\((\p{L}{3,12})\)/u.exec(text.slice(mention.index + mention.text.length));
    const [area] = mention.candidates;
    if (!alias || mention.candidates.length !== 1 || !['kabupaten', 'kota', 'provinsi'].includes(area!.level)) continue;
    const word = alias[1]!;
    if (Object.hasOwn(LEVEL_WORDS, word.toLocaleLowerCase('id-ID'))) continue;
    const pattern = new RegExp(`(?<![\\p{L}(])${word}(?![\\p{L})])`, 'giu');
    for (const match of text.matchAll(pattern)) {
      if (covered(match.index) || !/^\p{Lu}/u.test(match[0])) continue;
      const short = { text: match[0], index: match.index, candidates: mention.candidates, bare: true };
      mentions.push(short);
      cover(short);
    }
  }
  // "Wali Kota" also names a kota: "Wali Kota Banjarbaru" is caught by its word "Kota" above.
  const shortForms = (province: RegistryArea) => Object.entries(PROVINCE_SHORT_FORMS).filter(([, full]) => full === province.name).map(([form]) => form);
  // Longest names first: "Papua Barat" and "Maluku Utara" before "Papua" and "Maluku", which begin them.
  for (const province of [...places.provinces].sort((a, b) => b.name.length - a.name.length)) {
    const names = [province.name, ...shortForms(province)].map(escapeRegExp);
    const pattern = new RegExp(`(?<![\\p{L}])(?:${names.join('|')})(?![\\p{L}])`, 'giu');
    for (const match of text.matchAll(pattern)) {
      // Printed in capitals only in a dateline or headline; otherwise as a name ("Jawa Timur"), never "jawa timur".
      if (!/^\p{Lu}/u.test(match[0]) || covered(match.index)) continue;
      const mention = { text: match[0], index: match.index, candidates: [province] };
      mentions.push(mention);
      cover(mention);
    }
  }
  return mentions.sort((a, b) => a.index - b.index);
}

/** The codes of an area's ancestors, nearest first. */
export function ancestorsOf(area: RegistryArea, registry: Registry): RegistryArea[] {
  const chain: RegistryArea[] = [];
  for (let code = area.parentCode; code; code = registry.get(code)?.parentCode) {
    const parent = registry.get(code);
    if (parent) chain.push(parent);
  }
  return chain;
}

/** How many of the already resolved areas sit above or below `area`: the text's other places vouch for it. */
function support(area: RegistryArea, resolved: ReadonlySet<string>, registry: Registry): number {
  const above = ancestorsOf(area, registry).filter((a) => resolved.has(a.code)).length;
  const below = [...resolved].filter((code) => code.startsWith(`${area.code}.`)).length;
  return above + below;
}

/**
 * Resolves each mention to one area. A name with one registry match is sure; a name shared by several
 * (the registry has 14 villages called Sri Mulyo) is settled by the other places the text names,
 * repeatedly, so "Desa Sri Mulyo, Kecamatan Air Salek" picks the Sri Mulyo in Air Salek.
 * Names that stay ambiguous are returned in `ambiguous`, never guessed.
 */
export function resolvePlaces(
  mentions: readonly PlaceMention[],
  places: PlaceIndex,
): { found: FoundPlace[]; resolved: ResolvedMention[]; ambiguous: PlaceMention[] } {
  const chosen = new Map<PlaceMention, { area: RegistryArea; sure: boolean }>();
  for (const mention of mentions) if (mention.candidates.length === 1) chosen.set(mention, { area: mention.candidates[0]!, sure: true });
  for (let changed = true; changed; ) {
    changed = false;
    const resolved = new Set([...chosen.values()].map((c) => c.area.code));
    for (const mention of mentions.filter((m) => !chosen.has(m))) {
      const scored = mention.candidates.map((area) => ({ area, score: support(area, resolved, places.registry) })).sort((a, b) => b.score - a.score);
      const [best, next] = scored;
      if (best && best.score > 0 && (!next || next.score < best.score)) {
        chosen.set(mention, { area: best.area, sure: false });
        changed = true;
      }
    }
  }
  const found = new Map<string, FoundPlace>();
  for (const mention of mentions) {
    const choice = chosen.get(mention);
    if (!choice) continue;
    const existing = found.get(choice.area.code);
    if (!existing) found.set(choice.area.code, { area: choice.area, index: mention.index, text: mention.text, sure: choice.sure });
    else if (choice.sure) existing.sure = true;
  }
  const ambiguousNames = new Set<string>();
  const ambiguous = mentions.filter((m) => !chosen.has(m) && !ambiguousNames.has(m.text) && ambiguousNames.add(m.text));
  const resolved = mentions.flatMap((m) => (chosen.has(m) ? [{ index: m.index, text: m.text, area: chosen.get(m)!.area }] : []));
  return { found: [...found.values()], resolved, ambiguous };
}
