import { personKey } from './people';
import type { ImportProposal } from './extract';

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

export const precision = (s: FieldScore) => (s.truePositives + s.falsePositives === 0 ? 1 : s.truePositives / (s.truePositives + s.falsePositives));
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

/** The items of each scored field from a proposal, as `field → items`. */
export function proposalItems(proposal: ImportProposal): Record<string, string[]> {
  const { event } = proposal;
  return {
    date: event.date ? [event.date] : [],
    kind: event.kind,
    venue: event.venue ? [looseText(event.venue)] : [],
    location: event.location ? [event.location] : [],
    places: proposal.regions.map((r) => r.code),
    'host/guests': [...(event.host ? [`host ${event.host}`] : []), ...event.guests.map((g) => `guest ${g}`)],
    people: event.people.map((p) => `${p.name}|${p.role}`),
    programs: event.programs,
    adoptions: proposal.adoptions.map((a) => `${a.program} ${a.region} ${a.status}`),
    figures: proposal.facts.map((f) => `${f.region} ${f.value} ${f.unit}`),
  };
}
