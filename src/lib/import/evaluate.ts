import { personKey } from './people';
import type { ImportProposal } from './proposal';
import { describeProfileFact } from './profile';

/** Counts for one field: found and right, found but wrong, and missed. */
export interface FieldScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** Items of one field as the importer proposed them and as the hand-written entries have them. */
export interface FieldItems {
  proposed: readonly string[];
  gold: readonly string[];
}

/** Compares two sets of items; `same` decides when a proposed item counts as a gold one. */
export function scoreItems({ proposed, gold }: FieldItems, same: (proposed: string, gold: string) => boolean = (a, b) => a === b): FieldScore & { missed: string[]; wrong: string[] } {
  const unmatched = [...new Set(gold)];
  const wrong: string[] = [];
  for (const item of new Set(proposed)) {
    const at = unmatched.findIndex((g) => same(item, g));
    if (at >= 0) unmatched.splice(at, 1);
    else wrong.push(item);
  }
  const total = new Set(proposed).size;
  return { truePositives: total - wrong.length, falsePositives: wrong.length, falseNegatives: unmatched.length, missed: unmatched, wrong };
}

/** Share of proposals that were right. */
export const precision = (s: FieldScore) => (s.truePositives + s.falsePositives === 0 ? 1 : s.truePositives / (s.truePositives + s.falsePositives));
/** Share of expected values that were proposed. */
export const recall = (s: FieldScore) => (s.truePositives + s.falseNegatives === 0 ? 1 : s.truePositives / (s.truePositives + s.falseNegatives));

/** Text compared without case, spacing or punctuation: "Aula Gawi Sabarataan, Balai Kota" equals "Aula Gawi Sabarataan Balai Kota". */
export const looseText = (value: string) => value.toLocaleLowerCase('id-ID').replace(/\([^)]*\)/g, '').replace(/[^\p{L}\d]+/gu, '');

/** A person is right when the name is (titles and degrees aside) and one role begins the other ("Wakil Bupati" / "Wakil Bupati Banyuasin"). */
export function samePerson(proposed: string, gold: string): boolean {
  const [pName = '', pRole = ''] = proposed.split('|');
  const [gName = '', gRole = ''] = gold.split('|');
  const roleA = looseText(pRole);
  const roleB = looseText(gRole);
  return looseText(personKey(pName)) === looseText(personKey(gName)) && (roleA.startsWith(roleB) || roleB.startsWith(roleA));
}

/** One proposed item and whether the importer marked it pasti (sure). */
export interface MarkedItem {
  item: string;
  sure: boolean;
}

const marked = (items: readonly string[], sure: boolean): MarkedItem[] => items.map((item) => ({ item, sure }));

/** The items of each scored field from a proposal, as `field → items` with their pasti marks. */
export function proposalItems(proposal: ImportProposal): Record<string, MarkedItem[]> {
  const { event } = proposal;
  const sure = (key: string) => event.evidence[key]?.sure ?? false;
  const unknown = (role: 'host' | 'guest') => event.unknownParties.filter((p) => p.role === role).map((p) => `?${p.name}`);
  return {
    date: marked(event.date ? [event.date] : [], sure('date')),
    kind: marked(event.kind, sure('kind')),
    venue: marked(event.venue ? [looseText(event.venue)] : [], sure('venue')),
    location: marked(event.location ? [event.location] : [], sure('location')),
    places: proposal.regions.map((r) => ({ item: r.code, sure: r.sure })),
    host: [...marked(event.host ? [event.host] : [], sure('host')), ...marked(unknown('host'), false)],
    guests: [...marked(event.guests, sure('guests')), ...marked(unknown('guest'), false)],
    people: event.people.map((p) => ({ item: `${p.name}|${p.role}`, sure: p.sure })),
    programs: proposal.programs.map((p) => ({ item: p.slug, sure: p.sure })),
    adoptions: proposal.adoptions.map((a) => ({ item: `${a.program} ${a.unknownRegion ? `?${a.region}` : a.region} ${a.status}`, sure: a.sure })),
    figures: proposal.facts.map((f) => ({ item: `${f.region} ${f.value} ${f.unit}`, sure: f.sure })),
    profile: proposal.profile.map((f) => ({ item: `${f.program} ${describeProfileFact(f)}`, sure: f.sure })),
    publisher: proposal.source.publisher ? [{ item: proposal.source.publisher, sure: proposal.source.evidence['publisher']?.sure ?? false }] : [],
  };
}

/** What a fixture article's `.expected.json` says the importer should propose; absent fields are not scored. */
export interface ExpectedProposal {
  published?: string;
  /** The page's address, passed as --url: its path may carry the publication year. */
  url?: string;
  publisher?: string;
  kind?: string[];
  date?: string;
  venue?: string;
  location?: string;
  host?: string;
  guests?: string[];
  people?: [name: string, role: string][];
  programs?: string[];
  adoptions?: string[];
  figures?: string[];
  /** Profile facts as "program kind number/year", "program amount unit" or "program value unit". */
  profile?: string[];
}

/** The gold items of each field an expected proposal names, in the shape `proposalItems` gives. */
export function expectedItems(expected: ExpectedProposal): Record<string, string[]> {
  const gold: Record<string, string[] | undefined> = {
    date: expected.date === undefined ? undefined : [expected.date],
    kind: expected.kind,
    venue: expected.venue === undefined ? undefined : [looseText(expected.venue)],
    location: expected.location === undefined ? undefined : [expected.location],
    host: expected.host === undefined ? undefined : [expected.host],
    guests: expected.guests,
    people: expected.people?.map(([name, role]) => `${name}|${role}`),
    programs: expected.programs,
    adoptions: expected.adoptions,
    figures: expected.figures,
    profile: expected.profile,
    publisher: expected.publisher === undefined ? undefined : [expected.publisher],
  };
  return Object.fromEntries(Object.entries(gold).filter((entry): entry is [string, string[]] => entry[1] !== undefined));
}

/** Counts for one field with how many proposed items were marked pasti and how many of those were right. */
export interface MarkedScore extends FieldScore {
  sureProposed: number;
  sureRight: number;
}

/** Scores one field's marked items against the gold, with the precision of the pasti marks. */
export function scoreMarked(proposed: readonly MarkedItem[], gold: readonly string[], same?: (proposed: string, gold: string) => boolean): MarkedScore & { missed: string[]; wrong: string[] } {
  const score = scoreItems({ proposed: proposed.map((p) => p.item), gold }, same);
  const sure = [...new Map(proposed.filter((p) => p.sure).map((p) => [p.item, p])).keys()];
  return { ...score, sureProposed: sure.length, sureRight: sure.filter((item) => !score.wrong.includes(item)).length };
}
