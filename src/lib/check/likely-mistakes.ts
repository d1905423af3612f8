import { COLLECTIONS } from '../../schemas/collections';
import { forEachRef } from '../read/entries';
import type { ContentProblem } from '../read/problems';
import { displayPath } from './schema-problems';
import type { ValidEntries, ValidEntry } from './validate-entries';
import { lineOfField } from '../read/yaml-lines';

/** Warnings: things that build fine but are probably not what the author meant. */
export function findLikelyMistakes(entries: ValidEntries, today: string): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  const warn = (entry: ValidEntry, field: string, message: string, hint?: string) =>
    warnings.push({ file: entry.raw.file, field, line: lineOfField(entry.raw.lines, field) ?? 1, message, hint, severity: 'warning' });

  const cited = new Set<string>();
  for (const collection of COLLECTIONS) for (const entry of entries[collection]) forEachRef(entry.data, (ref) => ref.collection === 'sources' && cited.add(ref.id));
  for (const source of entries.sources) if (!cited.has(source.id)) warn(source, 'title', 'sumber ini belum dikutip entri mana pun (source never cited)');

  for (const program of entries.programs) {
    program.data.adoptions.forEach((adoption, index) => {
      if (adoption.date > today) warn(program, displayPath(['adoptions', index, 'date']), `tanggal ${adoption.date} ada di masa depan (adoption date in the future)`, 'status adopsi dicatat pada tanggal sumber memberitakannya');
      if (adoption.region.id === program.data.origin.id) {
        warn(program, displayPath(['adoptions', index, 'region']), `wilayah yang mengadopsi sama dengan wilayah asal "${program.data.origin.id}" (adoption by the origin region)`);
      }
    });
  }

  for (const region of entries.regions) {
    if (!region.data.coordinates) warn(region, 'coordinates', 'wilayah belum punya koordinat; isi bila sumber menyebutkannya (no coordinates)');
  }

  const aliasOwners = new Map<string, ValidEntry>();
  for (const list of [entries.programs, entries.regions]) {
    for (const entry of list) {
      entry.data.aliases.forEach((alias, index) => {
        const key = alias.toLocaleLowerCase('id');
        const owner = aliasOwners.get(key);
        if (!owner) aliasOwners.set(key, entry);
        // Two programs sharing a name is an error (check/rules/unique-terms.ts); a program and a region only likely a mistake.
        else if (owner !== entry && !(owner.raw.collection === 'programs' && entry.raw.collection === 'programs')) warn(entry, displayPath(['aliases', index]), `alias "${alias}" juga dipakai ${owner.raw.file} (duplicate alias)`);
      });
    }
  }

  for (const event of entries.events) {
    if (event.data.date > today) warn(event, 'date', `tanggal ${event.data.date} ada di masa depan (event date in the future)`, 'periksa tahunnya; kegiatan yang akan datang belum bisa dikutip dari berita');
  }
  return warnings;
}
