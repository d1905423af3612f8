import { Stemmer } from 'sastrawijs';

/**
 * Prefixes whose nasal swallows the root's first consonant (peN-/meN-), with the letters that
 * can come back: peng+elola → kelola, pen+ata → tata, pem+eta → peta, peny+elenggara → selenggara.
 * Plain prefixes (me+nilai, pe+rawat, ber+…) are tried one by one, so per- does not hide pe-.
 */
const PREFIXES: readonly [RegExp, readonly string[]][] = [
  [/^(?:peng|meng)(?=[aiueo])/, ['k', '']],
  [/^(?:peny|meny)(?=[aiueo])/, ['s']],
  [/^(?:pen|men)(?=[aiueo])/, ['t', '']],
  [/^(?:pem|mem)(?=[aiueo])/, ['p', '']],
  ...['memper', 'diper', 'per', 'pe', 'me', 'ber', 'be', 'ter', 'te', 'di', 'ke', 'se'].map((plain): [RegExp, readonly string[]] => [new RegExp(`^${plain}`), ['']]),
];

/** Shorter candidates are too often accidental words (eta, tak, sih). */
const MIN_ROOT_LENGTH = 4;

const SUFFIXES = ['', 'nya', 'an', 'kan', 'i', 'annya', 'kannya'] as const;

/** How many prefixes can stack, as in ber-ke-sinambung-an. */
const MAX_PREFIXES = 2;

/**
 * Confixes that wrap a whole phrase as one word: ke-ikut-serta-an, ke-tenaga-kerja-an,
 * memper-juang-kan. Their inside is split into two dictionary words when it is not one itself.
 */
const CONFIXES = [/^ke(.+)an$/, /^(?:memper|diper|per)(.+?)(?:kan|an|i)$/] as const;

/** The shortest part of a split compound; shorter parts are too often accidental (ke-tidak-adil-an gives "adil"). */
const MIN_PART_LENGTH = 4;

/** Finds the root words of Indonesian words, for indexing affixed forms under their roots. */
export interface RootFinder {
  /** Roots of `word` other than the word itself (lowercase); several when the affixes are ambiguous. */
  rootsOf(word: string): string[];
}

/**
 * Combines Sastrawi's stemmer with peN-/meN- recoding checked against Sastrawi's own dictionary.
 * Sastrawi alone misses exactly those forms (pengelolaan stays as is, perawatan → awat,
 * memetakan → eta), which Pagefind's stemmer misses too; an ambiguous word keeps every
 * dictionary root it could come from, since a search finding one page too many beats none.
 */
export function createRootFinder(): RootFinder {
  const stemmer = new Stemmer();
  const cache = new Map<string, string[]>();

  const strip = (word: string, depth: number, found: Set<string>) => {
    for (const [prefix, restorations] of PREFIXES) {
      const match = prefix.exec(word);
      if (!match) continue;
      const rest = word.slice(match[0].length);
      for (const restored of restorations) {
        const candidate = restored + rest;
        if (candidate.length < MIN_ROOT_LENGTH) continue;
        if (stemmer.find(candidate)) found.add(candidate);
        if (depth < MAX_PREFIXES) strip(candidate, depth + 1, found);
      }
    }
  };

  /** Both words of a compound written as one ("ikutserta" → ikut, serta), when exactly one split has both in the dictionary. */
  const compoundParts = (inside: string): string[] => {
    const splits: string[][] = [];
    for (let at = MIN_PART_LENGTH; at <= inside.length - MIN_PART_LENGTH; at++) {
      const parts = [inside.slice(0, at), inside.slice(at)];
      if (parts.every((part) => stemmer.find(part))) splits.push(parts);
    }
    return splits.length === 1 ? splits[0]! : [];
  };

  return {
    rootsOf(input) {
      const word = input.toLowerCase();
      const cached = cache.get(word);
      if (cached) return cached;
      const found = new Set<string>([stemmer.stem(word)]);
      for (const suffix of SUFFIXES) {
        if (!word.endsWith(suffix) || word.length - suffix.length < 4) continue;
        const base = word.slice(0, word.length - suffix.length);
        if (suffix && stemmer.find(base)) found.add(base);
        strip(base, 1, found);
      }
      for (const confix of CONFIXES) {
        const inside = confix.exec(word)?.[1];
        if (inside && !stemmer.find(inside)) for (const part of compoundParts(inside)) found.add(part);
      }
      found.delete(word);
      const roots = [...found].sort();
      cache.set(word, roots);
      return roots;
    },
  };
}
