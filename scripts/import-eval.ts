// `npm run import:eval`: runs the importer on every article in content/sources/ and scores its proposal against
// the hand-written entries (the gold standard), field by field, with precision and recall.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR } from '../src/lib/content/content-dir';
import { readEntries } from '../src/lib/content/read-entries';
import { loadImportContext } from '../src/lib/import/context';
import { precision, proposalItems, recall, samePerson, scoreItems, looseText, type FieldScore } from '../src/lib/import/evaluate';
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

const totals = new Map<string, FieldScore>();
const notes: string[] = [];
const started = performance.now();
for (const source of of('sources')) {
  const event = of('events').find((e) => (e.data['sources'] as string[]).includes(source.id));
  if (!event) continue;
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
    return articleText.includes(`${level} ${name}`) || (r.data['level'] === 'provinsi' && articleText.includes(name));
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
    'host/guests': [`host ${codeOf.get(e['host'])}`, ...((e['guests'] as string[]) ?? []).map((g) => `guest ${codeOf.get(g)}`)],
    people: people.filter((p) => p['name']).map((p) => `${p['name']}|${p['role']}`),
    programs: (e['programs'] as string[]) ?? [],
    adoptions: programs.flatMap((p) => ((p.data['adoptions'] as Data[]) ?? []).filter((a) => a['via'] === event.id).map((a) => `${p.id} ${codeOf.get(a['region'])} ${a['status']}`)),
    figures: regions.flatMap((r) => ((r.data['facts'] as Data[]) ?? []).filter((f) => f['source'] === source.id).map((f) => `${r.data['code']} ${f['value']} ${f['unit']}`)),
  };
  const proposed = proposalItems(proposal);
  for (const field of Object.keys(gold)) {
    const score = scoreItems({ proposed: proposed[field]!, gold: gold[field]! }, field === 'people' ? samePerson : undefined);
    const total = totals.get(field) ?? { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
    totals.set(field, { truePositives: total.truePositives + score.truePositives, falsePositives: total.falsePositives + score.falsePositives, falseNegatives: total.falseNegatives + score.falseNegatives });
    for (const item of score.missed) notes.push(`${source.id}  ${field}: terlewat (missed) ${item}`);
    for (const item of score.wrong) notes.push(`${source.id}  ${field}: keliru (wrong) ${item}`);
  }
}
const elapsed = performance.now() - started;

const percent = (value: number) => `${(value * 100).toFixed(1)} %`.padStart(8);
console.log(`| field        | precision |   recall | found | wrong | missed |`);
console.log(`|--------------|-----------|----------|-------|-------|--------|`);
for (const [field, score] of totals) {
  console.log(`| ${field.padEnd(12)} | ${percent(precision(score)).padStart(9)} | ${percent(recall(score))} | ${String(score.truePositives).padStart(5)} | ${String(score.falsePositives).padStart(5)} | ${String(score.falseNegatives).padStart(6)} |`);
}
console.log(`\n${notes.length ? notes.join('\n') : 'Tidak ada yang terlewat atau keliru.'}`);
console.log(`\nWaktu: memuat registri dan katalog ${loadTime.toFixed(0)} ms, sekali; lalu ${(elapsed / (of('sources').length || 1)).toFixed(0)} ms per artikel (time: registry and catalog load, then per article).`);
