import { INITIATORS, PROGRAM_STAGES, type ProgramData } from '../../schemas/program';
import { START_KINDS } from '../../schemas/profile';
import { URUSAN } from '../../schemas/urusan';
import type { Catalog } from '../content/catalog';
import { formatPeriod } from '../format/dates';
import { startDate } from '../profile/profile-facts';
import { programLink, regionLink, type Link } from './common';

/** One row of a program's fact box; `value` and `link` are absent when no source states it. */
export interface Fact {
  label: string;
  value?: string | undefined;
  link?: Link | undefined;
}

/** A program's key facts, built once for its page and its visit kit. */
export function programFacts(catalog: Catalog, data: ProgramData): Fact[] {
  const started = startDate(data.profile);
  return [
    { label: 'Wilayah asal', link: regionLink(catalog, data.origin.id) },
    { label: 'Urusan', value: data.urusan.map((u) => URUSAN[u].label).join('; ') || undefined },
    { label: 'Tahapan', value: data.stage && PROGRAM_STAGES[data.stage] },
    { label: started ? START_KINDS[started.kind] : 'Dimulai', value: started && formatPeriod(started.date) },
    { label: 'Inisiator', value: data.initiator && INITIATORS[data.initiator] },
    { label: 'Perangkat daerah pengampu', value: data.profile.agency?.name },
    { label: 'Inovasi digital', value: data.digital === undefined ? undefined : data.digital ? 'Ya' : 'Tidak' },
    { label: 'Bagian dari', link: data.partOf && programLink(catalog, data.partOf.id) },
  ];
}
