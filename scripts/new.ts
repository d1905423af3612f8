// `npm run new -- <program|region|event|source> "<judul>" [--field value ...] [--mdx]`: creates an entry from a template.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { closestSlugs } from '../src/lib/content/references';
import { readEntries } from '../src/lib/content/read-entries';
import { CONTENT_DIR } from '../src/lib/content/content-dir';
import { COLLECTION_TABLE, WIKI_PREFIXES, type PageCollection } from '../src/lib/content/collections';
import { describeFields } from '../src/lib/field-docs';
import { describeArea, loadRegistry, type RegistryArea } from '../src/lib/content/registry';
import { PROGRAM_SECTIONS, regionSlug, renderEntry, renderFields, slugify } from '../src/lib/scaffold';
import { collectionSchemas } from '../src/schemas';
import { plainReference } from '../src/schemas/reference';


function fail(message: string): never {
  console.error(`Gagal (failed): ${message}`);
  process.exit(1);
}

const kind = process.argv[2];
// The kinds are the wiki-link prefixes: program, wilayah/region, kegiatan/event, sumber/source.
const collection = kind ? WIKI_PREFIXES.get(kind) : undefined;
if (!collection) fail(`jenis entri "${kind ?? ''}" tidak dikenal; gunakan program, region, event atau source.\nContoh: npm run new -- program "RT Mandiri" --origin kota-banjarbaru`);

const schema = collectionSchemas(plainReference)[collection];
const docs = describeFields(schema);
// Every top-level field can be given as --field value.
const fieldOptions = Object.fromEntries(docs.filter((d) => !d.name.includes('.')).map((d) => [d.name, { type: 'string' as const }]));
const { positionals, values: options } = parseArgs({
  args: process.argv.slice(3),
  allowPositionals: true,
  options: { ...fieldOptions, code: { type: 'string' }, parents: { type: 'boolean' }, mdx: { type: 'boolean' } },
});
const [title] = positionals;
const { entries } = readEntries(CONTENT_DIR);
const existing = (c: string) => new Set(entries.filter((e) => e.collection === c).map((e) => e.id));

/** Field values from --options; lists may be given comma-separated. */
const values: Record<string, unknown> = {};
for (const doc of docs.filter((d) => !d.name.includes('.'))) {
  const raw = (options as Record<string, unknown>)[doc.name];
  if (typeof raw !== 'string') continue;
  values[doc.name] = doc.type.startsWith('daftar') ? raw.split(',').map((v) => v.trim()) : doc.type === 'angka' ? Number(raw) : raw;
}

// Referenced slugs must exist, or the new entry would not build: check before writing anything.
const unknownRefs = docs
  .filter((doc) => doc.reference && values[doc.name] !== undefined)
  .flatMap((doc) => ([] as unknown[]).concat(values[doc.name]).map((slug) => ({ doc, slug: String(slug) })))
  .filter(({ doc, slug }) => !existing(doc.reference!).has(slug));
if (unknownRefs.length > 0) {
  fail(
    unknownRefs
      .map(({ doc, slug }) => {
        const near = closestSlugs(slug, existing(doc.reference!));
        return `--${doc.name} "${slug}": belum ada entri ${doc.reference} dengan slug itu${near.length ? `; maksud Anda: ${near.join(', ')}?` : ''}`;
      })
      .join('\n'),
  );
}

/** Writes one entry file, refusing to overwrite; returns its path. */
function create(target: PageCollection, slug: string, fields: Record<string, unknown>): string {
  const { folder, extensions } = COLLECTION_TABLE[target];
  // Plain Markdown builds faster; MDX only when the author asks for it to use components.
  const ext = options.mdx && (extensions as readonly string[]).includes('.mdx') ? '.mdx' : extensions[0];
  const path = join(CONTENT_DIR, folder, `${slug}${ext}`);
  const taken = extensions.map((e) => join(CONTENT_DIR, folder, `${slug}${e}`)).find((p) => existsSync(p));
  if (taken) fail(`${relative(process.cwd(), taken)} sudah ada; berkas tidak ditimpa (refusing to overwrite).`);
  const text = renderFields(describeFields(collectionSchemas(plainReference)[target]), fields);
  mkdirSync(join(CONTENT_DIR, folder), { recursive: true });
  writeFileSync(path, target === 'programs' ? renderEntry(text, PROGRAM_SECTIONS) : target === 'events' ? renderEntry(text, ['Uraian']) : text);
  return relative(process.cwd(), path);
}

const created: string[] = [];

if (collection === 'regions' && typeof options['code'] === 'string') {
  // A region from its official code: name, level and parent come from the registry.
  const registry = await loadRegistry();
  const area = registry.get(options['code']) ?? fail(`kode ${options['code']} tidak ada di registri Kemendagri.`);
  const slugByCode = new Map(entries.filter((e) => e.collection === 'regions').map((e) => [String((e.data as { code?: unknown }).code), e.id]));
  const missing: RegistryArea[] = [];
  for (let code = area.parentCode; code; code = registry.get(code)?.parentCode) {
    if (slugByCode.has(code)) break;
    missing.unshift(registry.get(code)!);
  }
  if (missing.length > 0 && !options['parents']) {
    console.log(`Induk wilayah belum ada (missing parents): ${missing.map(describeArea).join(', ')}.`);
    console.log(`Buat sekalian dengan: npm run new -- region --code ${area.code} --parents`);
  }
  for (const next of options['parents'] ? [...missing, area] : [area]) {
    const parentCode = next.parentCode;
    const parent = parentCode ? (slugByCode.get(parentCode) ?? regionSlug(registry.get(parentCode)!)) : undefined;
    const fields = { name: next.name, level: next.level, ...(parent ? { parent } : {}), code: next.code };
    created.push(create('regions', regionSlug(next), next === area ? { ...values, ...fields } : fields));
    slugByCode.set(next.code, regionSlug(next));
  }
} else {
  if (!title) fail(`judul wajib diisi, mis. npm run new -- ${kind} "Judul entri"${collection === 'regions' ? ' (atau --code 33.20)' : ''}`);
  const titleField = collection === 'regions' ? 'name' : 'title';
  values[titleField] = title;
  const date = typeof values['date'] === 'string' ? `${values['date']}-` : '';
  const slug = collection === 'events' ? `${date}${slugify(title)}` : slugify(title);
  if (!slug) fail(`judul "${title}" tidak menghasilkan slug; gunakan huruf atau angka.`);
  created.push(create(collection, slug, values));
}

for (const path of created) console.log(`Dibuat (created): ${path}`);
console.log(`Langkah berikutnya (next steps):
  1. Buka ${created.at(-1)} dan isi setiap isian bertanda WAJIB; hapus tanda # pada isian opsional yang disebut sumber.
  2. Setiap fakta harus berasal dari sumber di content/sources/ (buat dengan: npm run new -- source "Judul artikel").
  3. Jalankan npm run check untuk memeriksa entri, lalu npm start untuk melihat halamannya.`);
