import QRCode from 'qrcode';
import { guideSection } from '../../markdown/guide-section';
import { pageKey } from '../cache/page-key';
import { absoluteUrl, entryUrl } from '../urls';
import { ADOPTION_STATUSES, type AdoptionStatus } from '../../schemas/program';
import type { Catalog } from '../catalog/catalog';
import { formatTanggalPendek } from '../format/dates';
import { compareText } from '../format/text';
import type { ProfilePart } from '../../schemas/profile';
import { filledParts } from '../profile/profile-facts';
import { programFacts } from './program-facts';
import { buildProfileView, profileSourceIds, type ProfileView } from './profile-view';
import { describePlace, eventLink, factText, isYearInferred, numberSources, regionLink, sourceNumbers, type Link, type NumberedSource } from './common';
import { regionName } from '../catalog/region-names';
import { must } from '../read/entries';

/** The heading of a guide's own questions for visitors. */
export const GUIDE_QUESTIONS_HEADING = 'Pertanyaan untuk kunjungan';

/** A person the sources name, with when and where they were named. */
export interface NamedPerson {
  name: string;
  /** The role as printed, with the region when the role does not name it. */
  role: string;
  dateLabel: string;
  /** Where the source named them: an event, or the region's page for its leaders. */
  namedAt: Link;
}

/** One program's part of a kit. */
export interface KitProgram {
  title: string;
  href: string;
  summary: string;
  facts: { label: string; value: string }[];
  sites: { name: string; note?: string | undefined; sourceNumbers: number[] }[];
  /** The cited profile, printed so the visit asks only what it leaves open. */
  profile: ProfileView;
  /** The guide's own "Pertanyaan untuk kunjungan". */
  questions: string[];
}

/** A step towards replicating the programs, with only the questions their profiles leave open. */
export interface KitStep {
  id: string;
  title: string;
  /** Without the questions every program's profile already answers. */
  questions: string[];
  documents: string[];
  /** The programs whose profile already answers the step. */
  answeredFor: string[];
}

/** A printable visit kit for one program or for every program of one planned visit. */
export interface VisitKit {
  title: string;
  /** The page the kit belongs to, and its full address for the QR code. */
  page: Link;
  liveUrl: string;
  qrSvg: string;
  programs: KitProgram[];
  /** Where the programs were presented: the venues of the events that discussed them. */
  venues: { place: string; event: Link; dateLabel: string }[];
  /** Whom the sources name, once each, most recently named first. */
  people: NamedPerson[];
  steps: KitStep[];
  /** After the visit: one line per step towards adoption, mirroring Tiru's statuses. */
  checklist: { label: string; status?: AdoptionStatus | undefined }[];
  sources: NumberedSource[];
}

/** "Wali Kota" of Kota Banjarbaru → "Wali Kota (Kota Banjarbaru)", unless the role already names the region. */
function roleIn(catalog: Catalog, role: string, regionId: string | undefined): string {
  const region = regionId && must(catalog.regions, regionId).data;
  return region && !role.includes(region.name) ? `${role} (${regionName(catalog, regionId)})` : role;
}

/**
 * People the sources name at the events and among the leaders of the programs' origin regions:
 * each person once, as most recently named. People the sources name only by office are left out,
 * since a delegation cannot ask for them.
 */
function namedPeople(catalog: Catalog, programIds: readonly string[], eventIds: readonly string[]): NamedPerson[] {
  const fromEvents = eventIds.flatMap((eventId) => {
    const { data } = must(catalog.events, eventId);
    return data.people.flatMap((person) =>
      person.name ? [{ name: person.name, role: roleIn(catalog, person.role, person.region?.id), date: data.date, yearInferred: data.yearInferred, namedAt: eventLink(catalog, eventId) }] : [],
    );
  });
  const origins = new Set(programIds.map((id) => must(catalog.programs, id).data.origin.id));
  const leaders = [...origins].flatMap((origin) =>
    must(catalog.regions, origin).data.leaders.map((leader) => ({
      name: leader.name,
      role: roleIn(catalog, leader.role, origin),
      date: leader.asOf,
      yearInferred: isYearInferred(catalog, leader.source.id, leader.asOf),
      namedAt: regionLink(catalog, origin),
    })),
  );
  const people = new Map<string, (typeof fromEvents)[number]>();
  for (const person of [...fromEvents, ...leaders].sort((a, b) => b.date.localeCompare(a.date))) if (!people.has(person.name)) people.set(person.name, person);
  return [...people.values()].map(({ date, yearInferred, ...person }) => ({ ...person, dateLabel: formatTanggalPendek(date, { yearInferred }) }));
}

/** The venues of the events, each once. */
function eventVenues(catalog: Catalog, eventIds: readonly string[]): VisitKit['venues'] {
  return eventIds
    .map((eventId) => must(catalog.events, eventId))
    .filter((event) => event.data.venue)
    .map((event) => ({
      place: describePlace(event.data.venue, must(catalog.regions, event.data.location.id).data),
      event: eventLink(catalog, event.id),
      dateLabel: formatTanggalPendek(event.data.date, event.data),
    }));
}

/** Reads a guide's questions for visitors from its body. */
type QuestionsOf = (entry: { body?: string | undefined; filePath?: string | undefined }) => string[];

const guideQuestions: QuestionsOf = (entry) => (entry.body ? guideSection(entry.body, GUIDE_QUESTIONS_HEADING, { isMdx: entry.filePath?.endsWith('.mdx') ?? false }) : []);

function kitProgram(catalog: Catalog, programId: string, sources: NumberedSource[], questionsOf: QuestionsOf): KitProgram {
  const entry = must(catalog.programs, programId);
  const { data } = entry;
  const facts = programFacts(catalog, data).flatMap((fact) => {
    const text = factText(fact);
    return text ? [{ label: fact.label, value: text }] : [];
  });
  return {
    title: data.title,
    href: entryUrl('programs', programId),
    summary: data.summary,
    facts,
    sites: data.sites.map((site) => ({ name: site.name, note: site.note, sourceNumbers: sourceNumbers(sources, site.sources.map((s) => s.id)) })),
    profile: buildProfileView(data.profile, sources),
    questions: questionsOf(entry),
  };
}

/** The steps after a visit, each the record a region adds to Tiru once it is done. */
const CHECKLIST: VisitKit['checklist'] = [
  { label: 'Surat pernyataan minat dikirim', status: 'direncanakan' },
  { label: 'MoU atau PKS ditandatangani (catat nomornya sebagai bukti)' },
  { label: `${ADOPTION_STATUSES['uji-coba']} dimulai`, status: 'uji-coba' },
  { label: `Program ${ADOPTION_STATUSES.diterapkan.toLowerCase()}`, status: 'diterapkan' },
];

/** A QR code as inline SVG, labelled for screen readers, linking back to the live page. */
async function qrCode(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return svg.replace('<svg ', `<svg role="img" aria-label="Kode QR ke ${url}" `);
}

/** Who and what a kit is for. */
interface KitSubject {
  title: string;
  page: Link;
  programIds: readonly string[];
  eventIds: readonly string[];
}

/** A kit without its QR code, which follows from the page's address alone. */
function kitContent(catalog: Catalog, { title, page, programIds, eventIds }: KitSubject, site: string | URL, questionsOf: QuestionsOf): Omit<VisitKit, 'qrSvg'> {
  const sources = numberSources(
    catalog,
    programIds.flatMap((id) => {
      const { data } = must(catalog.programs, id);
      // Only what the kit cites: its profile statements and its sites; the program's page lists the rest.
      return [...profileSourceIds(data.profile), ...data.sites.flatMap((site) => site.sources.map((s) => s.id))];
    }),
  );
  const programs = programIds.map((id) => must(catalog.programs, id).data);
  return {
    title,
    page,
    liveUrl: absoluteUrl(page.href, site),
    programs: programIds.map((id) => kitProgram(catalog, id, sources, questionsOf)),
    venues: eventVenues(catalog, eventIds),
    people: namedPeople(catalog, programIds, eventIds),
    steps: [...catalog.visitSteps.values()]
      .sort((a, b) => a.data.order - b.data.order || compareText(a.data.title, b.data.title))
      .map(({ id, data }) => {
        // A question the profile answers is asked only when some program's profile leaves it open.
        const answers = (part: ProfilePart) => programs.filter((program) => filledParts(program.profile).has(part));
        const questions = data.questions.filter((question) => !question.answeredBy || answers(question.answeredBy).length < programs.length);
        const answered = new Set(data.questions.flatMap((question) => (question.answeredBy ? answers(question.answeredBy).map((program) => program.title) : [])));
        return { id, title: data.title, questions: questions.map((question) => question.text), documents: data.documents, answeredFor: [...answered] };
      }),
    checklist: CHECKLIST,
    sources,
  };
}

async function buildKit(catalog: Catalog, subject: KitSubject, site: string | URL): Promise<VisitKit> {
  const kit = kitContent(catalog, subject, site, guideQuestions);
  return { ...kit, qrSvg: await qrCode(kit.liveUrl) };
}

/**
 * The incremental-build key of a kit page: a digest of what it shows, with each guide's body (and its
 * file, whose extension decides Markdown or MDX) standing in for the questions parsed from it, so that
 * keying every kit costs no Markdown parse and no QR code.
 */
const kitKey = (catalog: Catalog, subject: KitSubject, site: string | URL) => pageKey(kitContent(catalog, subject, site, (entry) => [entry.filePath ?? '', entry.body ?? '']));

function programKitSubject(catalog: Catalog, programId: string): KitSubject {
  const { title } = must(catalog.programs, programId).data;
  return { title: `Kit kunjungan: ${title}`, page: { href: entryUrl('programs', programId), label: title }, programIds: [programId], eventIds: catalog.links.eventsAbout.get(programId) ?? [] };
}

function eventKitSubject(catalog: Catalog, eventId: string): KitSubject {
  const { data } = must(catalog.events, eventId);
  return { title: `Kit kunjungan: ${data.title}`, page: eventLink(catalog, eventId), programIds: data.programs.map((p) => p.id), eventIds: [eventId] };
}

/** The kit for visiting one program: /program/<slug>/kit/, its QR code leading to the program's page on `site`. */
export const buildProgramKit = (catalog: Catalog, programId: string, site: string | URL) => buildKit(catalog, programKitSubject(catalog, programId), site);
/** A program kit's incremental-build key: a digest of everything it prints. */
export const programKitKey = (catalog: Catalog, programId: string, site: string | URL) => kitKey(catalog, programKitSubject(catalog, programId), site);

/** The kit for one visit, covering every program it discussed: /kegiatan/<slug>/kit/. */
export const buildEventKit = (catalog: Catalog, eventId: string, site: string | URL) => buildKit(catalog, eventKitSubject(catalog, eventId), site);
/** An event kit's incremental-build key: a digest of everything it prints. */
export const eventKitKey = (catalog: Catalog, eventId: string, site: string | URL) => kitKey(catalog, eventKitSubject(catalog, eventId), site);
