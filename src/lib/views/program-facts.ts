import { INITIATORS, PROGRAM_STAGES, type ProgramData } from '../../schemas/program';
import { START_KINDS } from '../../schemas/profile';
import { URUSAN } from '../../schemas/urusan';
import type { Catalog } from '../catalog/catalog';
import { formatPeriod } from '../format/dates';
import { startDate } from '../profile/profile-facts';
import { programLink, regionLink, type Fact } from './common';

/** A program's key facts, built once for its page and its visit kit. */
export function programFacts(catalog: Catalog, data: ProgramData): Fact[] {
  const started = startDate(data.profile);
  return [
    { label: 'Wilayah asal', links: [regionLink(catalog, data.origin.id)], required: true },
    { label: 'Urusan', value: data.urusan.map((u) => URUSAN[u].label).join('; ') || undefined, required: true },
    { label: 'Tahapan', value: data.stage && PROGRAM_STAGES[data.stage], required: true },
    { label: started ? START_KINDS[started.kind] : 'Dimulai', value: started && formatPeriod(started.date), required: true },
    { label: 'Inisiator', value: data.initiator && INITIATORS[data.initiator] },
    { label: 'Perangkat daerah pengampu', value: data.profile.agency?.name },
    { label: 'Inovasi digital', value: data.digital === undefined ? undefined : data.digital ? 'Ya' : 'Tidak' },
    { label: 'Bagian dari', links: data.partOf && [programLink(catalog, data.partOf.id)] },
  ];
}
