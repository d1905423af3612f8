// `npm run import:eval`: runs the importer on every article in content/sources/ and on every fixture article in
// test/fixtures/articles/ that has an `.expected.json`, and scores its proposal against the hand-written entries and
// expectations (the gold standard), field by field: precision, recall, and the precision of what it marked pasti.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR } from '../src/lib/read/content-dir';
import { readEntries } from '../src/lib/read/read-entries';
import { loadImportContext } from '../src/lib/import/context';
import { expectedItems, precision, proposalItems, recall, samePerson, scoreMarked, looseText, type ExpectedProposal, type MarkedScore } from '../src/lib/import/evaluate';
import { articleFromHtml } from '../src/lib/import/html';
import { extractArticle } from '../src/lib/import/extract';
import { cleanArticle } from '../src/lib/import/text';
import { REGION_LEVELS, type RegionLevel } from '../src/schemas/region';

type Data = Record<string, any>;
const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

const { entries } = readEntries(CONTENT_DIR);
const of = (collection: string) => entries.filter((e) => e.collection === collection).map((e) => ({ id: e.id, data: e.data as Data }));
const regions = of('regions');
const codeOf = new Map(regions.map((r) => [r.id, String(r.data['code'])]));
const programs = of('programs');
const loadStarted = performance.now();
const context = await loadImportContext(CONTENT_DIR);
const loadTime = performance.now() - loadStarted;

const FIXTURES = 'test/fixtures/articles';
const fixtureContext = await loadImportContext('test/fixtures/content');
const totals = new Map<string, MarkedScore>();
const notes: string[] = [];
let articles = 0;

/** Adds one article's proposal, scored against its gold items, to the totals. */
function score(name: string, proposed: ReturnType<typeof proposalItems>, gold: Record<string, string[]>): void {
  articles++;
  for (const field of Object.keys(gold)) {
    const result = scoreMarked(proposed[field] ?? [], gold[field]!, field === 'people' ? samePerson : undefined);
    const total = totals.get(field) ?? { truePositives: 0, falsePositives: 0, falseNegatives: 0, sureProposed: 0, sureRight: 0 };
    for (const key of ['truePositives', 'falsePositives', 'falseNegatives', 'sureProposed', 'sureRight'] as const) total[key] += result[key];
    totals.set(field, total);
    for (const item of result.missed) notes.push(`${name}  ${field}: terlewat (missed) ${item}`);
    for (const item of result.wrong) notes.push(`${name}  ${field}: keliru (wrong) ${item}${(proposed[field] ?? []).some((p) => p.item === item && p.sure) ? '  [pasti]' : ''}`);
  }
}

const started = performance.now();
for (const source of of('sources')) {
  const event = of('events').find((e) => (e.data['sources'] as string[]).includes(source.id));
  // Only sources with a stored article text can be scored (most cite an address alone).
  if (!event || typeof source.data['file'] !== 'string') continue;
  const text = readFileSync(join(CONTENT_DIR, 'sources/articles', source.data['file']), 'utf8');
  const proposal = extractArticle({ text }, context);
  const articleText = cleanArticle(text).paragraphs.join('\n').toLocaleLowerCase('id-ID');
  const e = event.data;
  const people = (e['people'] as Data[] | undefined) ?? [];
  // The gold places: every region the event refers to, every region with a figure or leader from this article,
  // and every catalog region the article names with its level word (or, for a province, by name).
  const namedInText = regions.filter((r) => {
    const name = String(r.data['name']).toLocaleLowerCase('id-ID');
    const level = REGION_LEVELS[r.data['level'] as RegionLevel].toLocaleLowerCase('id-ID');
    // As whole words: "bali" inside "kembali" names no province.
    const word = (phrase: string) => new RegExp(`(?<![\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(articleText);
    return word(`${level} ${name}`) || (r.data['level'] === 'provinsi' && word(name));
  });
  const cites = (r: { data: Data }) => [...((r.data['facts'] as Data[]) ?? []), ...((r.data['leaders'] as Data[]) ?? [])].some((f) => f['source'] === source.id);
  const goldPlaces = new Set([
    e['location'], e['host'], ...((e['guests'] as string[]) ?? []), ...people.map((p) => p['region']).filter(Boolean),
    ...regions.filter(cites).map((r) => r.id), ...namedInText.map((r) => r.id),
  ].map((id) => codeOf.get(id)!));
  const gold: Record<string, string[]> = {
    date: [day(e['date'])],
    kind: [e['kind']].flat(),
    venue: e['venue'] ? [looseText(e['venue'])] : [],
    location: [codeOf.get(e['location'])!],
    places: [...goldPlaces],
    host: [codeOf.get(e['host'])!],
    guests: ((e['guests'] as string[]) ?? []).map((g) => codeOf.get(g)!),
    people: people.filter((p) => p['name']).map((p) => `${p['name']}|${p['role']}`),
    programs: (e['programs'] as string[]) ?? [],
    adoptions: programs.flatMap((p) => ((p.data['adoptions'] as Data[]) ?? []).filter((a) => a['via'] === event.id).map((a) => `${p.id} ${codeOf.get(a['region'])} ${a['status']}`)),
    figures: regions.flatMap((r) => ((r.data['facts'] as Data[]) ?? []).filter((f) => f['source'] === source.id).map((f) => `${r.data['code']} ${f['value']} ${f['unit']}`)),
  };
  score(source.id, proposalItems(proposal), gold);
}
for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.expected.json')).sort()) {
  const expected = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as ExpectedProposal;
  const base = file.replace(/\.expected\.json$/, '');
  const article = [`${base}.txt`, `${base}.html`].find((name) => existsSync(join(FIXTURES, name)))!;
  const raw = readFileSync(join(FIXTURES, article), 'utf8');
  const page = article.endsWith('.html') ? articleFromHtml(raw) : undefined;
  const proposal = extractArticle({ text: page?.text ?? raw, title: page?.title, publisher: page?.publisher, url: expected.url ?? page?.url, published: expected.published ?? page?.published }, fixtureContext);
  score(article, proposalItems(proposal), expectedItems(expected));
}
const elapsed = performance.now() - started;

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
const surePrecision = (s: MarkedScore) => (s.sureProposed === 0 ? '—' : percent(s.sureRight / s.sureProposed));
console.log(`${articles} artikel (articles): ${of('sources').length} dari content/, sisanya dari ${FIXTURES}/\n`);
console.log(`| field        | precision |   recall | pasti precision (pasti) | found | wrong | missed |`);
console.log(`|--------------|-----------|----------|-------------------------|-------|-------|--------|`);
for (const [field, s] of totals) {
  const pasti = `${surePrecision(s)} (${s.sureRight}/${s.sureProposed})`;
  console.log(`| ${field.padEnd(12)} | ${percent(precision(s)).padStart(9)} | ${percent(recall(s)).padStart(8)} | ${pasti.padStart(23)} | ${String(s.truePositives).padStart(5)} | ${String(s.falsePositives).padStart(5)} | ${String(s.falseNegatives).padStart(6)} |`);
}
const all = [...totals.values()];
const sum = (key: keyof MarkedScore) => all.reduce((n, s) => n + s[key], 0);
console.log(`\npasti overall: ${sum('sureRight')}/${sum('sureProposed')} = ${percent(sum('sureRight') / (sum('sureProposed') || 1))}`);
console.log(`\n${notes.length ? notes.join('\n') : 'Tidak ada yang terlewat atau keliru.'}`);
console.log(`\nWaktu: memuat registri dan katalog ${loadTime.toFixed(0)} ms, sekali; lalu ${(elapsed / (articles || 1)).toFixed(0)} ms per artikel (time: registry and catalog load, then per article).`);
