import type { EventKind } from '../../schemas/event';

/** Words that make an event a kind, as Indonesian regional news writes them. */
const KIND_WORDS: readonly [EventKind, RegExp][] = [
  ['rakor', /\b(?:rakor|rapat koordinasi)\b/iu],
  ['studi-tiru', /\b(?:studi tiru|studi banding|study banding|studi komparasi|studi referensi|kaji banding|kunjungan kerja|kunker|benchmarking)\b/iu],
  ['peluncuran', /\b(?:launching|peluncuran|meluncurkan|diluncurkan|me-launching|melaunching)\b/iu],
  ['kerja-sama', /\b(?:MoU|PKS|nota kesepahaman|perjanjian kerja ?sama|penandatanganan kerja ?sama)\b/iu],
];

/** A kind of event and the text that says so. */
export interface FoundKind {
  kind: EventKind;
  index: number;
}

/**
 * The kinds of the event an article reports, read from its headline and opening paragraphs only:
 * a rakor that mentions an MoU in passing further down is still a rakor.
 */
export function findKinds(lead: string): FoundKind[] {
  const kinds = KIND_WORDS.flatMap(([kind, pattern]) => {
    const match = pattern.exec(lead);
    return match ? [{ kind, index: match.index }] : [];
  });
  // A visit made to learn ("kunjungan … mempelajari inovasi …") is a studi tiru by another name.
  const learning = LEARNING_VISIT.exec(lead);
  if (learning && !kinds.some((k) => k.kind === 'studi-tiru') && /\b(?:kunjungan|delegasi|rombongan|bertandang|berkunjung|menyambangi|sambangi)\b/iu.test(lead)) kinds.push({ kind: 'studi-tiru', index: learning.index });
  return kinds.sort((a, b) => a.index - b.index);
}

const LEARNING_VISIT = /\b(?:mempelajari|pelajari|belajar|berguru|menimba ilmu|melihat langsung|meninjau langsung)\b/iu;
