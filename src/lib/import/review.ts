import { EVENT_KINDS } from '../../schemas/event';
import { ADOPTION_STATUSES } from '../../schemas/program';
import { formatAngka } from '../format/numbers';
import type { Evidence, ImportProposal } from './proposal';
import { describeProfileFact } from './profile';
import { PROFILE_PARTS } from '../../schemas/profile';

const mark = (evidence: Pick<Evidence, 'sure'> | undefined) => (evidence?.sure ? 'pasti' : 'periksa');
const cite = (quote: string | undefined) => (quote ? `\n      ← “${quote.length > 220 ? `${quote.slice(0, 217)}…` : quote}”` : '');

/** One proposed field: its value, pasti (sure) or periksa (check), and the sentence it came from. */
function field(label: string, value: string | undefined, evidence: Evidence | undefined): string {
  if (!value) return `  ${label.padEnd(10)} (tidak ditemukan; isi sendiri bila sumber menyebutnya)`;
  return `  ${label.padEnd(10)} ${value}  [${mark(evidence)}]${cite(evidence?.quote)}`;
}

/**
 * The review staff read before writing: each proposed entry and field in Indonesian, marked pasti or periksa,
 * with the sentence behind it, then what the importer could not determine.
 */
export function formatReview(proposal: ImportProposal, regionName: (code: string) => string): string {
  const { source, event } = proposal;
  const region = (code: string | undefined) => (code ? `${regionName(code)} (${code})` : undefined);
  const lines: string[] = ['== Sumber'];
  lines.push(field('judul', source.title, source.evidence['title'] ?? { quote: '', sure: false }));
  lines.push(field('penerbit', source.publisher, source.evidence['publisher']));
  lines.push(field('terbit', source.published, { quote: '', sure: Boolean(source.published) }));
  lines.push(field('alamat', source.url, { quote: '', sure: Boolean(source.url) }));
  lines.push('', `== Kegiatan${event.slug ? ` (content/events/${event.slug}.mdx)` : ''}`);
  lines.push(field('judul', event.title, { quote: '', sure: false }));
  lines.push(field('jenis', event.kind.map((k) => EVENT_KINDS[k]).join(', ') || undefined, event.evidence['kind']));
  lines.push(field('tanggal', event.date && `${event.date}${event.dateInferred ? ' (tahun disimpulkan)' : ''}`, event.evidence['date']));
  lines.push(field('tempat', event.venue, event.evidence['venue']));
  lines.push(field('lokasi', region(event.location), event.evidence['location']));
  lines.push(field('tuan rumah', region(event.host), event.evidence['host']));
  lines.push(field('tamu', event.guests.map(region).join(', ') || undefined, event.evidence['guests']));
  lines.push('  orang:');
  for (const person of event.people) lines.push(`    - ${person.role}: ${person.name}${person.region ? ` — ${regionName(person.region)}` : ''}  [${mark(person)}]${cite(person.quote)}`);
  if (event.people.length === 0) lines.push('    (tidak ada nama dengan jabatan)');
  lines.push('', '== Wilayah');
  for (const r of proposal.regions) lines.push(`  ${r.code.padEnd(14)} ${regionName(r.code)}  ${r.inContent ? 'sudah ada' : `baru: content/regions/${r.slug}.yaml`}  [${mark(r)}]${cite(r.quote)}`);
  lines.push('', '== Program');
  for (const p of proposal.programs) lines.push(`  ${p.title}${p.aliases.length ? ` (${p.aliases.join(', ')})` : ''}  ${p.inContent ? `sudah ada: ${p.slug}` : `baru: content/programs/${p.slug}.mdx`}  [${mark(p)}]${cite(p.quote)}`);
  lines.push('', '== Adopsi');
  for (const a of proposal.adoptions) lines.push(`  ${regionName(a.region)} → ${a.program}: ${ADOPTION_STATUSES[a.status]}${a.evidence ? `, bukti: ${a.evidence}` : ''}  [${mark(a)}]${cite(a.quote)}`);
  if (proposal.adoptions.length === 0) lines.push('  (tidak ada)');
  lines.push('', '== Profil program');
  for (const f of proposal.profile) lines.push(`  ${f.program}: ${PROFILE_PARTS[f.part]} = ${describeProfileFact(f)}${f.part === 'legalBasis' && f.title ? ` tentang ${f.title}` : ''}${f.part === 'scale' && f.date ? ` (per ${f.date})` : ''}  [${mark(f)}]${cite(f.quote)}`);
  if (proposal.profile.length === 0) lines.push('  (tidak ada)');
  lines.push('', '== Angka wilayah');
  for (const f of proposal.facts) lines.push(`  ${regionName(f.region)}: ${f.label} = ${formatAngka(f.value)} ${f.unit}  [${mark(f)}]${cite(f.quote)}`);
  if (proposal.facts.length === 0) lines.push('  (tidak ada)');
  lines.push('', '== Perlu diperiksa');
  lines.push(...(proposal.warnings.length ? proposal.warnings.map((w) => `  - ${w}`) : ['  (tidak ada)']));
  if (proposal.dropped.length) lines.push('', '== Dibuang sebagai bukan isi artikel', ...proposal.dropped.map((d) => `  - ${d}`));
  return lines.join('\n');
}
