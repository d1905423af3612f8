import { Tokenizer } from 'sastrawijs';
import type { RawEntry } from '../read/read-entries';
import type { VariantData } from '../../schemas/variant';

const tokenizer = new Tokenizer();

/** Lowercase words of a text, as the index and the vocabulary split them. */
export const wordsOf = (text: string): string[] => tokenizer.tokenize(text);

/** Groups of equivalent phrases, each phrase as its lowercase words joined by single spaces. */
export type VariantGroups = readonly (readonly string[])[];

/** Turns variant entries ({ term, variants }) into groups of phrases for matching pages. */
export function variantGroups(entries: Iterable<{ term: string; variants: readonly string[] }>): string[][] {
  return [...entries].map(({ term, variants }) => [term, ...variants].map((phrase) => wordsOf(phrase).join(' ')).filter(Boolean));
}

/** The variant groups of the entry files as read (the content check validates them before the build indexes). */
export function variantGroupsOf(entries: readonly RawEntry[]): string[][] {
  return variantGroups(entries.filter((entry) => entry.collection === 'variants').map((entry) => entry.data as VariantData));
}

/**
 * The words a page should also be found by: for every group with a phrase the page contains
 * ("kalimantan selatan"), the words of the group's other phrases ("kalsel") that the page lacks.
 */
export function variantWords(words: readonly string[], groups: VariantGroups): string[] {
  const text = ` ${words.join(' ')} `;
  const present = new Set(words);
  const added = new Set<string>();
  for (const group of groups) {
    if (!group.some((phrase) => text.includes(` ${phrase} `))) continue;
    for (const phrase of group) for (const word of phrase.split(' ')) if (!present.has(word)) added.add(word);
  }
  return [...added];
}
