// Synthetic content sets for the benchmark: deterministic from a seed, written to a folder outside content/.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { loadRegistry } from '../../src/lib/check/registry';
import { slugify } from '../../src/lib/format/slugify';
import { URUSAN } from '../../src/schemas/urusan';

export interface GenerateOptions {
  programs: number;
  seed?: number;
  /** Program files as .md or .mdx. */
  format?: 'md' | 'mdx';
  /** How many of the registry's kota/kabupaten to write; all 514 unless told (tests take a few, to build fast). */
  regencies?: number;
  /**
   * How many of the registry's kecamatan to write, under the kota/kabupaten written; unless told, in the
   * proportion of a national catalog (7,000 kecamatan for 30,000 programs).
   */
  districts?: number;
}

export interface GeneratedSet {
  programs: number;
  events: number;
  regions: number;
  sources: number;
  adoptions: number;
  words: number;
}

/** mulberry32: a small seeded PRNG, so the same seed always gives the same content. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
  };
}

/** Words every Indonesian text is full of, drawn often. */
const COMMON = 'dan yang di untuk dengan ini itu dari dalam akan pada juga tidak oleh sebagai ke bagi agar karena sudah telah dapat bisa harus lebih setiap semua para'.split(' ');

/** Words of the domain, drawn less often; real queries look for these. */
const DOMAIN = `program pelayanan masyarakat desa kelurahan kecamatan warga pemerintah daerah kota kabupaten
pengelolaan sampah pasar kesehatan pendidikan jalan air bersih drainase banjir wisata usaha kecil
bantuan kelompok pengolahan industri pertanian perikanan koordinasi rapat kegiatan kunjungan studi
tiru inovasi penerapan uji coba peluncuran anggaran tahun bulan minggu hari petugas kader posyandu
puskesmas dokter bidan lansia anak sekolah guru murid kebersihan lingkungan taman ruang terbuka hijau
penataan permukiman perumahan sertifikat tanah izin perdagangan koperasi pemberdayaan perempuan
keluarga penduduk data digital aplikasi layanan terpadu pintu administrasi kependudukan surat
keterangan pengaduan evaluasi laporan capaian target sasaran manfaat hasil dampak keberlanjutan`.split(/\s+/);

const SYLLABLES = 'ba be bi bu da de di du ga gi gu ka ke ki ku la le li lu ma me mi mu na ni nu pa pe pi pu ra re ri ru sa se si su ta te ti tu wa wi ja jo ngu nya'.split(' ');

/**
 * A long tail of Indonesian-sounding words (about 20,000), so that term frequencies follow a
 * Zipf-like curve as in real text: a query for a rare word matches few pages, as real ones do.
 */
function tailWords(rng: ReturnType<typeof random>, count: number): string[] {
  const words = new Set<string>();
  while (words.size < count) words.add(Array.from({ length: rng.int(2, 4) }, () => rng.pick(SYLLABLES)).join(''));
  return [...words];
}

/** The vocabulary of one text: common words, the few domain words of its topic, and the shared tail. */
interface Vocabulary {
  topic: readonly string[];
  tail: readonly string[];
}

/** A topic of ten domain words, so each domain word occurs in about one program in eight. */
const topicOf = (rng: ReturnType<typeof random>, tail: readonly string[]): Vocabulary => ({ topic: Array.from({ length: 10 }, () => rng.pick(DOMAIN)), tail });

/** Draws a word: function words half the time, the topic's domain words a quarter, the Zipf tail the rest. */
function word(rng: ReturnType<typeof random>, { topic, tail }: Vocabulary): string {
  const roll = rng.next();
  if (roll < 0.5) return rng.pick(COMMON);
  if (roll < 0.75) return rng.pick(topic);
  // Inverse-power sampling: low ranks come up far more often than high ones.
  return tail[Math.floor(tail.length * rng.next() ** 3)]!;
}

const HEADINGS = ['Latar belakang', 'Cara kerja', 'Hasil', 'Pelajaran', 'Cara meniru', 'Pertanyaan untuk kunjungan'];
const GLOSSARY = [
  ['RT', 'Rukun Tetangga'],
  ['SKPD', 'Satuan Kerja Perangkat Daerah'],
  ['OPD', 'Organisasi Perangkat Daerah'],
  ['UMKM', 'Usaha Mikro, Kecil, dan Menengah'],
  ['Rakor', 'Rapat Koordinasi'],
  ['Pokmas', 'Kelompok Masyarakat'],
] as const;
const STATUSES = ['dipelajari', 'direncanakan', 'uji-coba', 'diterapkan', 'dimodifikasi', 'dihentikan'] as const;
const URUSAN_KEYS = Object.keys(URUSAN);

/** A paragraph of Indonesian-like sentences, sometimes with a wiki-link or a glossary term. */
function paragraph(rng: ReturnType<typeof random>, words: number, links: string[], vocabulary: Vocabulary): string {
  const out: string[] = [];
  while (out.length < words) {
    const sentence = Array.from({ length: rng.int(8, 16) }, () => word(rng, vocabulary));
    if (rng.next() < 0.15) sentence.splice(rng.int(1, sentence.length - 1), 0, rng.pick(GLOSSARY)[0]);
    if (rng.next() < 0.1 && links.length) sentence.splice(rng.int(1, sentence.length - 1), 0, `[[${rng.pick(links)}]]`);
    sentence[0] = sentence[0]![0]!.toUpperCase() + sentence[0]!.slice(1);
    out.push(...sentence.slice(0, -1), `${sentence.at(-1)}.`);
  }
  // Exactly `words` words, so guides land inside their 600–900 word range.
  return `${out.slice(0, words).join(' ').replace(/\.$/, '')}.`;
}

/** A 600–900 word guide with headings, paragraphs and a list. */
function guide(rng: ReturnType<typeof random>, links: string[], vocabulary: Vocabulary): { text: string; words: number } {
  const target = rng.int(600, 900);
  const parts: string[] = [];
  let words = 0;
  for (const heading of HEADINGS) {
    const share = Math.round(target / HEADINGS.length);
    const items = Array.from({ length: 4 }, () => paragraph(rng, rng.int(3, 6), [], vocabulary));
    const listWords = items.join(' ').split(' ').length;
    parts.push(`## ${heading}`, paragraph(rng, share - listWords, links, vocabulary), items.map((item) => `- ${item}`).join('\n'));
    words += share;
  }
  return { text: parts.join('\n\n'), words };
}

const write = (path: string, text: string) => writeFileSync(path, text);

/** Words benchmark queries use: domain words and tail words of middling frequency. */
export function benchmarkQueries(seed = 42): string[] {
  const rng = random(seed);
  const tail = tailWords(rng, 20_000);
  return [...DOMAIN.slice(0, 25), ...tail.slice(200, 225)];
}

/**
 * Writes a full content set: 38 provinces and 514 kota/kabupaten from the official registry (with
 * synthetic coordinates), kecamatan under them, N programs with 0–6 adoption records each, N/2 events, a few sources.
 */
export async function generateContent(dir: string, options: GenerateOptions): Promise<GeneratedSet> {
  const rng = random(options.seed ?? 42);
  const tail = tailWords(rng, 20_000);
  const format = options.format ?? 'mdx';
  for (const folder of ['regions', 'programs', 'events', 'sources/articles', 'glossary']) mkdirSync(join(dir, folder), { recursive: true });

  const registry = await loadRegistry();
  const provinces = [...registry.values()].filter((a) => a.level === 'provinsi');
  const regencies = [...registry.values()].filter((a) => a.level === 'kota' || a.level === 'kabupaten').slice(0, options.regencies);
  const slugOf = (a: { level: string; name: string }) => `${a.level}-${slugify(a.name)}`;
  const provinceSlug = new Map(provinces.map((p) => [p.code, slugOf(p)]));
  for (const p of provinces) write(join(dir, 'regions', `${slugOf(p)}.yaml`), stringify({ name: p.name, level: 'provinsi', code: p.code }));
  const sources = Array.from({ length: 20 }, (_, i) => `sumber-sintetis-${i + 1}`);
  for (const r of regencies) {
    const coordinates = { lat: Number((rng.next() * 16 - 10).toFixed(4)), lon: Number((95 + rng.next() * 45).toFixed(4)), source: rng.pick(sources) };
    write(join(dir, 'regions', `${slugOf(r)}.yaml`), stringify({ name: r.name, level: r.level, parent: provinceSlug.get(r.parentCode!), code: r.code, coordinates }));
  }
  const regionSlugs = regencies.map(slugOf);
  // Kecamatan names repeat across the country, so their slugs carry the code. Written without drawing
  // from the generator, so adding them changes nothing else in the set.
  const regencySlug = new Map(regencies.map((r) => [r.code, slugOf(r)]));
  const districts = [...registry.values()]
    .filter((a) => a.level === 'kecamatan' && regencySlug.has(a.parentCode!))
    .slice(0, options.districts ?? Math.round((options.programs * 7) / 30));
  for (const d of districts) {
    write(join(dir, 'regions', `${slugOf(d)}-${d.code.replace(/\./g, '')}.yaml`), stringify({ name: d.name, level: d.level, parent: regencySlug.get(d.parentCode!), code: d.code }));
  }

  // Each source has its own article file (one article is one source), and reports a day after every
  // synthetic event (2023), since a source cannot document an event after the one it reports.
  const article = readdirSync('content/sources/articles')[0]!;
  sources.forEach((slug, i) => {
    write(join(dir, 'sources', `${slug}.yaml`), stringify({ title: `Artikel sintetis ${i + 1}`, publisher: 'bench.example', date: `2024-0${(i % 9) + 1}-1${i % 9}`, file: `${slug}.txt` }));
    copyFileSync(join('content/sources/articles', article), join(dir, 'sources/articles', `${slug}.txt`));
  });
  for (const [term, expansion] of GLOSSARY) write(join(dir, 'glossary', `${slugify(term)}.yaml`), stringify({ term, expansion, explanation: `Penjelasan sintetis untuk ${term}.` }));

  const programSlugs = Array.from({ length: options.programs }, (_, i) => `program-sintetis-${i + 1}`);
  const eventSlugs = Array.from({ length: Math.floor(options.programs / 2) }, (_, i) => `2023-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}-kegiatan-${i + 1}`);
  let adoptions = 0;
  let words = 0;
  programSlugs.forEach((slug, i) => {
    const origin = rng.pick(regionSlugs);
    const drawn = Array.from({ length: rng.int(0, 6) }, () => {
      const region = rng.pick(regionSlugs.filter((r) => r !== origin).slice(0, 60));
      const status = rng.pick(STATUSES);
      const date = `2023-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
      const via = eventSlugs.length && rng.next() < 0.5 ? rng.pick(eventSlugs) : undefined;
      // A status that came up at an event is dated no earlier than the event (its slug starts with its date).
      return { region, status, date: via && via.slice(0, 10) > date ? via.slice(0, 10) : date, ...(via ? { via } : {}), sources: [rng.pick(sources)] };
    });
    // One region has one status a day: a second draw for the same region and day is dropped.
    const records = drawn.filter((record, index) => drawn.findIndex((other) => other.region === record.region && other.date === record.date) === index);
    adoptions += records.length;
    const vocabulary = topicOf(rng, tail);
    const body = guide(rng, [rng.pick(regionSlugs), `program:${rng.pick(programSlugs)}`], vocabulary);
    words += body.words;
    const frontmatter = {
      title: `Program Sintetis ${i + 1} ${rng.pick(vocabulary.topic)} ${word(rng, vocabulary)}`,
      // Kept under the schema's 320 characters.
      summary: paragraph(rng, 20, [], vocabulary).slice(0, 250).replace(/\s\S*$/, '.'),
      origin,
      urusan: [rng.pick(URUSAN_KEYS)],
      stage: rng.pick(['inisiatif', 'uji-coba', 'penerapan']),
      aliases: [`PS${i + 1}`],
      related: [rng.pick(programSlugs)].filter((r) => r !== slug),
      adoptions: records,
      sources: [rng.pick(sources)],
    };
    write(join(dir, 'programs', `${slug}.${format}`), `---\n${stringify(frontmatter)}---\n\n${body.text}\n`);
  });
  eventSlugs.forEach((slug, i) => {
    const host = rng.pick(regionSlugs);
    const vocabulary = topicOf(rng, tail);
    const frontmatter = {
      title: `Kegiatan sintetis ${i + 1}`,
      kind: rng.pick(['studi-tiru', 'rakor', 'peluncuran']),
      date: slug.slice(0, 10),
      location: host,
      host,
      // The host is never its own guest, and a program is discussed once.
      guests: [rng.pick(regionSlugs)].filter((guest) => guest !== host),
      programs: [...new Set([rng.pick(programSlugs), rng.pick(programSlugs)])],
      keyPoints: [paragraph(rng, 12, [], vocabulary)],
      sources: [rng.pick(sources)],
    };
    // Event write-ups use no components, so they are plain Markdown, as `npm run new` writes them.
    write(join(dir, 'events', `${slug}.md`), `---\n${stringify(frontmatter)}---\n\n${paragraph(rng, 120, [], vocabulary)}\n`);
  });
  return { programs: programSlugs.length, events: eventSlugs.length, regions: provinces.length + regencies.length + districts.length, sources: sources.length, adoptions, words };
}

/** Changes the summary of one generated program, as an author's edit would: for measuring a rebuild. */
export function editProgramSummary(dir: string, format: 'md' | 'mdx', index = 1): void {
  const file = join(dir, 'programs', `program-sintetis-${index}.${format}`);
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8'))!;
  const data = parse(frontmatter!) as { summary: string };
  write(file, `---\n${stringify({ ...data, summary: `${data.summary} Ringkasan ini disunting.` })}---\n${body}`);
}
