import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { COLLECTION_SCHEMAS, type Draft } from '../../schemas/index';
import type { RegionInput } from '../../schemas/region';
import { COLLECTION_TABLE, WIKI_PREFIXES, type PageCollection } from '../../schemas/collections';
import { readEntries } from '../read/read-entries';
import { closestSlugs } from '../check/references';
import { describeArea, loadRegistry, type RegistryArea } from '../check/registry';
import { describeFields } from './field-docs';
import { PROGRAM_SECTIONS, renderEntry, renderFields } from './scaffold';
import { regionSlug, slugify } from '../format/slugify';
import { shortenSlug } from '../format/slug-length';

/** A request `npm run new` refuses, with the message for the author. */
export class NewEntryError extends Error {}

const refuse = (message: string): never => {
  throw new NewEntryError(message);
};

/** The command line's options, an unknown or malformed one refused with Node's own message ("Unknown option '--asal'"). */
function parseNewArgs<T extends ParseArgsOptionsConfig>(args: string[], options: T) {
  try {
    return parseArgs({ args, allowPositionals: true, options });
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) refuse((error as Error).message);
    throw error;
  }
}

/** What `createEntries` wrote and what the author should know. */
export interface NewEntryResult {
  /** Paths of the files written, relative to the working directory. */
  created: string[];
  /** Advice printed before the result, such as parents that could be created too. */
  notes: string[];
}

/**
 * `npm run new -- <kind> "<judul>" [--field value ...] [--mdx]`: writes a new entry from its schema's
 * template into `contentDir`. Refuses (NewEntryError) before writing anything when a referenced slug
 * does not exist, and never overwrites.
 */
export async function createEntries(kind: string | undefined, args: string[], contentDir: string): Promise<NewEntryResult> {
  // The kinds are the wiki-link prefixes: program, wilayah/region, kegiatan/event, sumber/source.
  const collection =
    (kind ? WIKI_PREFIXES.get(kind) : undefined) ??
    refuse(`jenis entri "${kind ?? ''}" tidak dikenal; gunakan program, region, event atau source.\nContoh: npm run new -- program "RT Mandiri" --origin kota-banjarbaru`);

  const docs = describeFields(COLLECTION_SCHEMAS[collection]).filter((d) => !d.name.includes('.'));
  // Every top-level field can be given as --field value.
  const fieldOptions = Object.fromEntries(docs.map((d) => [d.name, { type: 'string' as const }]));
  const { positionals, values: options } = parseNewArgs(args, { ...fieldOptions, code: { type: 'string' }, parents: { type: 'boolean' }, mdx: { type: 'boolean' } });
  const [title] = positionals;
  const { entries } = readEntries(contentDir);
  const slugsByCollection = new Map<string, Set<string>>();
  /** The slugs of one collection's entries, gathered once. */
  const existing = (c: string) => {
    if (!slugsByCollection.has(c)) slugsByCollection.set(c, new Set(entries.filter((e) => e.collection === c).map((e) => e.id)));
    return slugsByCollection.get(c)!;
  };

  /** Field values from --options; lists may be given comma-separated. */
  const values: Record<string, unknown> = {};
  for (const doc of docs) {
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
    refuse(
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
    const path = join(contentDir, folder, `${slug}${ext}`);
    const taken = extensions.map((e) => join(contentDir, folder, `${slug}${e}`)).find((p) => existsSync(p));
    if (taken) refuse(`${relative(process.cwd(), taken)} sudah ada; berkas tidak ditimpa (refusing to overwrite).`);
    const text = renderFields(describeFields(COLLECTION_SCHEMAS[target]), fields);
    mkdirSync(join(contentDir, folder), { recursive: true });
    writeFileSync(path, target === 'programs' ? renderEntry(text, PROGRAM_SECTIONS) : target === 'events' ? renderEntry(text, ['Uraian']) : text);
    return relative(process.cwd(), path);
  }

  const result: NewEntryResult = { created: [], notes: [] };
  if (collection === 'regions' && typeof options['code'] === 'string') {
    // A region from its official code: name, level and parent come from the registry.
    const registry = await loadRegistry();
    const area = registry.get(options['code']) ?? refuse(`kode ${options['code']} tidak ada di registri Kemendagri.`);
    const slugByCode = new Map(entries.filter((e) => e.collection === 'regions').map((e) => [String((e.data as { code?: unknown }).code), e.id]));
    const missing: RegistryArea[] = [];
    for (let code = area.parentCode; code; code = registry.get(code)?.parentCode) {
      if (slugByCode.has(code)) break;
      missing.unshift(registry.get(code)!);
    }
    if (missing.length > 0 && !options['parents']) {
      result.notes.push(`Induk wilayah belum ada (missing parents): ${missing.map(describeArea).join(', ')}.`, `Buat sekalian dengan: npm run new -- region --code ${area.code} --parents`);
    }
    for (const next of options['parents'] ? [...missing, area] : [area]) {
      const parentCode = next.parentCode;
      const parent = parentCode ? (slugByCode.get(parentCode) ?? regionSlug(registry.get(parentCode)!)) : undefined;
      const fields = { name: next.name, level: next.level, ...(parent ? { parent } : {}), code: next.code } satisfies Draft<RegionInput>;
      result.created.push(create('regions', regionSlug(next), next === area ? { ...values, ...fields } : fields));
      slugByCode.set(next.code, regionSlug(next));
    }
  } else {
    if (!title) refuse(`judul wajib diisi, mis. npm run new -- ${kind} "Judul entri"${collection === 'regions' ? ' (atau --code 33.20)' : ''}`);
    const { titleField } = COLLECTION_TABLE[collection];
    values[titleField] = title;
    const date = typeof values['date'] === 'string' ? `${values['date']}-` : '';
    const slug = shortenSlug(collection === 'events' ? `${date}${slugify(title!)}` : slugify(title!));
    if (!slug) refuse(`judul "${title}" tidak menghasilkan slug; gunakan huruf atau angka.`);
    result.created.push(create(collection, slug, values));
  }
  return result;
}
