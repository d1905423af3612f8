import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Document, isMap, isNode, isSeq, parseDocument } from 'yaml';
import type { Evidence, ImportContext, ImportProposal } from './proposal';
import { regionsToWrite } from './extract';
import { regionSlug } from '../format/slugify';
import { splitFrontmatter } from '../read/frontmatter';
import type { Draft } from '../../schemas/index';
import type { EventInput } from '../../schemas/event';
import { profileSchema } from '../../schemas/profile';
import type { AdoptionInput, ProgramInput } from '../../schemas/program';
import type { RegionFactInput, RegionLeaderInput } from '../../schemas/region';
import { profileItem } from './profile';

/** What `--write` did, as paths relative to the content folder. */
export interface WriteResult {
  created: string[];
  edited: string[];
}

const YAML_OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;
const periksa = (evidence: Evidence) => ` periksa: “${evidence.quote.slice(0, 160)}${evidence.quote.length > 160 ? '…' : ''}”`;

/** Marks a field or list item the reviewer must check with a comment quoting its sentence. */
function flag(node: unknown, evidence: Evidence | undefined): void {
  // `isNode`, not `'commentBefore' in node`: a node made from a value has no comment property until one is set.
  if (evidence && !evidence.sure && isNode(node)) node.commentBefore = periksa(evidence);
}

/** The parts of an MDX/Markdown file: its frontmatter as a YAML document and its body. */
function readFrontmatter(path: string): { doc: Document; body: string } {
  const parts = splitFrontmatter(readFileSync(path, 'utf8'));
  if ('missing' in parts) throw new Error(`${path}: frontmatter tidak terbaca`);
  return { doc: parseDocument(parts.yaml), body: parts.body };
}

/** Appends `items` to the list at `key`, creating it when absent; keeps every comment and the key order. */
function appendTo(doc: Document, key: string, items: readonly unknown[]): void {
  if (items.length === 0) return;
  const list = doc.get(key, true);
  if (isSeq(list)) for (const item of items) list.add(doc.createNode(item));
  else doc.set(key, doc.createNode(items));
}

const listed = (doc: Document, key: string): unknown[] => {
  const list = doc.get(key, true);
  return isSeq(list) ? (list.toJSON() as unknown[]) : [];
};

/** Whether a profile item states what one already there does (the same regulation, amount or reach), whatever its sources. */
function sameProfileItem(known: Record<string, unknown>, item: Record<string, unknown>): boolean {
  const keys = ['kind', 'number', 'year', 'amount', 'unit', 'indicator', 'text', 'value'].filter((key) => key in item);
  const points = (value: unknown) => JSON.stringify(((value as { date?: unknown; value?: unknown }[] | undefined) ?? []).map((p) => [String(p.date), p.value]));
  return keys.every((key) => String(known[key]) === String(item[key])) && (!('points' in item) || points(known['points']).includes(points(item['points']).slice(1, -1)));
}

/**
 * Writes the proposal into `contentDir`: the source (cited by address, or with its text when it has none), the event, the regions content lacks (with
 * missing parents), stubs for new programs; and appends adoptions, leaders and figures to existing entries in place.
 * Never overwrites: an existing source or event stops the write before anything is touched.
 */
export function writeProposal(proposal: ImportProposal, context: ImportContext, contentDir: string, today = new Date().toISOString().slice(0, 10)): WriteResult {
  const { source, event } = proposal;
  const missing = [
    !source.slug && 'penerbit (--publisher)',
    !event.date && 'tanggal kegiatan',
    !event.slug && 'judul kegiatan',
    event.kind.length === 0 && 'jenis kegiatan',
    !event.host && 'tuan rumah',
    !event.location && 'lokasi',
  ].filter(Boolean);
  const sourceSlug = source.slug;
  if (missing.length || !sourceSlug) throw new Error(`tidak dapat menulis; belum ditemukan: ${missing.join(', ')}. Lengkapi dengan opsi atau tulis entri dengan npm run new.`);
  // A report with an address is cited by it; only a text without one is stored beside its source.
  const paths = {
    source: `sources/${sourceSlug}.yaml`,
    ...(source.url ? {} : { article: `sources/articles/${sourceSlug}.txt` }),
    event: `events/${event.slug}.mdx`,
  };
  const citation = source.url ?? `content/sources/articles/${sourceSlug}.txt`;
  const taken = Object.values(paths).filter((path) => existsSync(join(contentDir, path)));
  if (taken.length) throw new Error(`sudah ada, tidak ditimpa: ${taken.join(', ')}`);

  const created: string[] = [];
  const edited = new Set<string>();
  const create = (path: string, text: string) => {
    mkdirSync(dirname(join(contentDir, path)), { recursive: true });
    writeFileSync(join(contentDir, path), text);
    created.push(path);
  };

  // Regions: new ones from the registry, parents first, so every code resolves to a slug.
  const slugs = new Map(context.regionSlugs);
  const newRegions = regionsToWrite(proposal, context);
  for (const area of newRegions) slugs.set(area.code, regionSlug(area));
  const slug = (code: string) => slugs.get(code)!;
  const regionDocs = new Map<string, { path: string; doc: Document; body?: string }>();
  const regionDoc = (code: string) => {
    const id = slug(code);
    const path = `regions/${id}.yaml`;
    if (!regionDocs.has(code)) {
      const area = context.places.registry.get(code)!;
      const isNew = newRegions.some((a) => a.code === code);
      const doc = isNew
        ? new Document({ name: area.name, level: area.level, ...(area.parentCode ? { parent: slug(area.parentCode) } : {}), code })
        : parseDocument(readFileSync(join(contentDir, path), 'utf8'));
      regionDocs.set(code, { path, doc });
    }
    return regionDocs.get(code)!.doc;
  };
  for (const area of newRegions) regionDoc(area.code);

  // The source and its text.
  const sourceDoc = new Document({
    title: source.title,
    publisher: source.publisher,
    date: event.date,
    ...(event.dateInferred ? { yearInferred: true } : {}),
    ...(source.url ? { url: source.url, ...(source.published ? { published: source.published } : {}), accessed: today } : { file: `${sourceSlug}.txt` }),
  });
  sourceDoc.commentBefore = ' Diimpor dengan npm run import; periksa setiap isian terhadap artikel.';
  if (!source.evidence['title']?.sure) flag(sourceDoc.get('title', true), { quote: 'artikel tanpa judul; judul dalam kurung dibuat importer', sure: false });
  create(paths.source, sourceDoc.toString(YAML_OPTIONS));
  if (paths.article) create(paths.article, `${proposal.text}\n`);

  // New programs: stubs whose summary quotes the sentence that names them, for staff to rewrite.
  for (const program of proposal.programs.filter((p) => !p.inContent)) {
    const path = `programs/${program.slug}.mdx`;
    if (existsSync(join(contentDir, path))) continue;
    const summary = program.quote.length > 320 ? `${program.quote.slice(0, 317)}…` : program.quote;
    const doc = new Document({ title: program.title, summary, origin: slug(program.origin ?? event.host!), ...(program.aliases.length ? { aliases: program.aliases } : {}), sources: [sourceSlug] } satisfies Draft<ProgramInput>);
    flag(doc.get('summary', true), { quote: 'ringkasan ini kutipan artikel; tulis ulang dengan kata-kata sendiri', sure: false });
    flag(doc.get('origin', true), { quote: 'asal program disimpulkan dari tuan rumah kegiatan', sure: false });
    create(path, `---\n${doc.toString(YAML_OPTIONS)}---\n\n{/* Tulis dari sumber yang dikutip: ${citation} */}\n`);
  }

  // The event.
  const eventDoc = new Document({
    title: event.title,
    kind: event.kind.length === 1 ? event.kind[0] : event.kind,
    date: event.date,
    ...(event.dateInferred ? { yearInferred: true } : {}),
    ...(event.venue ? { venue: event.venue } : {}),
    location: slug(event.location!),
    host: slug(event.host!),
    ...(event.guests.length ? { guests: event.guests.map(slug) } : {}),
    ...(event.people.length ? { people: event.people.map((p) => ({ role: p.role, name: p.name, ...(p.region ? { region: slug(p.region) } : {}) })) } : {}),
    ...(event.programs.length ? { programs: event.programs } : {}),
    sources: [sourceSlug],
  } satisfies Draft<EventInput>);
  for (const key of ['date', 'venue', 'location', 'host', 'guests'] as const) flag(eventDoc.get(key, true), event.evidence[key]);
  flag(eventDoc.get('title', true), { quote: 'judul diusulkan importer', sure: false });
  event.people.forEach((person, index) => flag(eventDoc.getIn(['people', index], true), person));
  let eventYaml = eventDoc.toString(YAML_OPTIONS);
  if (!event.venue) eventYaml = eventYaml.replace(/^(location:)/m, '# venue:  # periksa: tempat tidak ditemukan di artikel\n$1');
  create(paths.event, `---\n${eventYaml}# keyPoints:  # periksa: tulis pokok bahasan dari artikel\n---\n\n{/* Tulis ringkasan kegiatan dari ${citation} */}\n`);

  // Adoptions, appended to the programs' own entries.
  // Adoptions by a region the registry lacks stay in the review (its warning names it); they cannot be written.
  const programAdoptions = Map.groupBy(proposal.adoptions.filter((a) => !a.unknownRegion), (a) => a.program);
  for (const [programSlug, adoptions] of programAdoptions) {
    const path = join(contentDir, `programs/${programSlug}.mdx`);
    const file = existsSync(path) ? path : path.replace(/\.mdx$/, '.md');
    const { doc, body } = readFrontmatter(file);
    const known = listed(doc, 'adoptions') as Partial<AdoptionInput>[];
    const records = adoptions
      .map((a): Draft<AdoptionInput> => ({ region: slug(a.region), status: a.status, date: event.date, via: event.slug, ...(a.evidence ? { evidence: a.evidence } : {}), sources: [sourceSlug] }))
      .filter((r) => !known.some((k) => k.region === r.region && k.status === r.status && k.via === r.via));
    appendTo(doc, 'adoptions', records);
    if (!listed(doc, 'sources').includes(sourceSlug)) appendTo(doc, 'sources', [sourceSlug]);
    writeFileSync(file, `---\n${doc.toString(YAML_OPTIONS)}---\n${body}`);
    edited.add(file.slice(contentDir.length + 1));
  }

  // Profile facts, appended to the programs' profiles: only items the schema accepts, each marked for review.
  for (const [programSlug, facts] of Map.groupBy(proposal.profile, (f) => f.program)) {
    const path = join(contentDir, `programs/${programSlug}.mdx`);
    const file = existsSync(path) ? path : path.replace(/\.mdx$/, '.md');
    if (!existsSync(file)) continue;
    const { doc, body } = readFrontmatter(file);
    const title = String(doc.get('title') ?? '');
    let changed = false;
    for (const fact of facts) {
      const made = profileItem(fact, title, sourceSlug, fact.date);
      if (!made || !profileSchema.safeParse({ [made.part]: [made.item] }).success) continue;
      const known = doc.getIn(['profile', made.part]);
      const same = (isSeq(known) ? (known.toJSON() as Record<string, unknown>[]) : []).some((item) => sameProfileItem(item, made.item));
      if (same) continue;
      if (!isMap(doc.get('profile', true))) doc.set('profile', doc.createNode({}));
      const list = doc.getIn(['profile', made.part], true);
      const node = doc.createNode(made.item);
      if (isSeq(list)) list.add(node);
      else doc.setIn(['profile', made.part], doc.createNode([made.item]));
      const added = doc.getIn(['profile', made.part], true);
      if (isSeq(added)) flag(added.items.at(-1), fact);
      changed = true;
    }
    if (!changed) continue;
    if (!listed(doc, 'sources').includes(sourceSlug)) appendTo(doc, 'sources', [sourceSlug]);
    writeFileSync(file, `---\n${doc.toString(YAML_OPTIONS)}---\n${body}`);
    const relative = file.slice(contentDir.length + 1);
    if (!created.includes(relative)) edited.add(relative);
  }

  // Leaders as of the event day, and figures, on the regions.
  for (const person of event.people.filter((p) => p.leaderRole && p.region)) {
    const doc = regionDoc(person.region!);
    const leaders = listed(doc, 'leaders') as Partial<RegionLeaderInput>[];
    if (leaders.some((l) => l.name === person.name && String(l.asOf) === event.date)) continue;
    appendTo(doc, 'leaders', [{ role: person.leaderRole, name: person.name, asOf: event.date, source: sourceSlug } satisfies Draft<RegionLeaderInput>]);
  }
  for (const fact of proposal.facts) {
    const doc = regionDoc(fact.region);
    appendTo(doc, 'facts', [{ label: fact.label, value: fact.value, unit: fact.unit, source: sourceSlug } satisfies Draft<RegionFactInput>]);
    const facts = doc.get('facts', true);
    if (isSeq(facts)) flag(facts.items.at(-1), fact);
  }
  for (const [code, { path, doc }] of regionDocs) {
    const isNew = newRegions.some((a) => a.code === code);
    if (isNew) create(path, doc.toString(YAML_OPTIONS));
    else if (isMap(doc.contents) && doc.toString(YAML_OPTIONS) !== readFileSync(join(contentDir, path), 'utf8')) {
      writeFileSync(join(contentDir, path), doc.toString(YAML_OPTIONS));
      edited.add(path);
    }
  }
  return { created, edited: [...edited] };
}
